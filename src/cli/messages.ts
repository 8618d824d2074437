// Output rules every command shares: problems are one Dutch line each, and a file that cannot be
// read is said so in one line, never with a stack trace.
import { basename } from 'path';
import type { Language } from '../core/language';
import { cliTexts } from './cli-text';
import { type CliIO, InputTooLargeError } from './io';

export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Reads a document given on the command line, or says why not and returns null. */
export async function readInput(io: CliIO, path: string, language: Language = 'nl', name = basename(path)): Promise<Uint8Array | null> {
  try {
    return await io.readFile(path);
  } catch (error) {
    io.stderr(`${name}: ${error instanceof InputTooLargeError ? tooLarge(error, language) : cliTexts(language).cannotRead}\n`);
    return null;
  }
}

const MB = 1024 * 1024;

export function tooLarge(error: InputTooLargeError, language: Language = 'nl'): string {
  if (language === 'en') return `the file is ${(error.size / MB).toFixed(1)} MB, larger than the limit of ${(error.limit / MB).toFixed(0)} MB; a data processing agreement is far smaller (a larger limit: --max-grootte <MB>).`;
  return `het bestand is ${(error.size / MB).toFixed(1)} MB, groter dan de grens van ${(error.limit / MB).toFixed(0)} MB; een verwerkersovereenkomst is veel kleiner (een grotere grens: --max-grootte <MB>).`;
}
