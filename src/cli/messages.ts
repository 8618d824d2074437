// Output rules every command shares: problems are one Dutch line each, and a file that cannot be
// read is said so in one line, never with a stack trace.
import { basename } from 'path';
import type { Language } from '../core/language';
import { cliTexts } from './cli-text';
import type { CliIO } from './io';

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a document given on the command line, or says why not and returns null. */
export async function readInput(io: CliIO, path: string, language: Language = 'nl', name = basename(path)): Promise<Uint8Array | null> {
  try {
    return await io.readFile(path);
  } catch {
    io.stderr(`${name}: ${cliTexts(language).cannotRead}\n`);
    return null;
  }
}
