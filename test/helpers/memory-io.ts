import { readFileSync } from 'fs';
import type { CliIO } from '../../src/cli/io';

/** A CliIO that captures output and serves files from memory (falling back to disk for reads). */
export function memoryIO(files: Record<string, Uint8Array> = {}): CliIO & { out: string; err: string; written: Record<string, Uint8Array> } {
  const io = {
    out: '',
    err: '',
    written: {} as Record<string, Uint8Array>,
    stdout(text: string) { io.out += text; },
    stderr(text: string) { io.err += text; },
    async readFile(path: string) {
      const bytes = files[path] ?? io.written[path];
      return bytes ?? new Uint8Array(readFileSync(path));
    },
    async writeFile(path: string, data: Uint8Array) { io.written[path] = data; },
    async fileId(path: string) { return path in files || path in io.written ? path : null; },
  };
  return io;
}
