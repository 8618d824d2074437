// The command line's contact with the outside world, injectable so tests and the fuzzer run the
// real commands in-process.
import { promises as fs } from 'fs';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
}

export const nodeIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: async (path) => new Uint8Array(await fs.readFile(path)),
  writeFile: async (path, data) => fs.writeFile(path, data),
  exists: async (path) => fs.access(path).then(() => true, () => false),
};
