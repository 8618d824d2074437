// Output rules every command shares: problems are one Dutch line each, and a file that cannot be
// read is said so in one line, never with a stack trace.
import { basename } from 'path';
import type { CliIO } from './io';

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a document given on the command line, or says why not and returns null. */
export async function readInput(io: CliIO, path: string): Promise<Uint8Array | null> {
  try {
    return await io.readFile(path);
  } catch {
    io.stderr(`${basename(path)}: het bestand kan niet worden gelezen (bestaat het?).\n`);
    return null;
  }
}
