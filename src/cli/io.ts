// The command line's contact with the outside world, injectable so tests and the fuzzer run the
// real commands in-process.
import { promises as fs } from 'fs';
import { basename, dirname, join } from 'path';

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a whole file; one larger than `maxBytes` is refused (InputTooLargeError) before it is read. */
  readFile(path: string, maxBytes?: number): Promise<Uint8Array>;
  /** Writes a whole file so that it is either there complete or not changed at all. */
  writeFile(path: string, data: Uint8Array): Promise<void>;
  /** Which file a path leads to, through symbolic links and hard links alike; null when none. */
  fileId(path: string): Promise<string | null>;
  /** Makes a folder and the folders above it that are missing (where the IO writes to disk). */
  makeDirectory?(path: string): Promise<void>;
}

export class InputTooLargeError extends Error {
  constructor(readonly size: number, readonly limit: number) {
    super('input too large');
  }
}

/** Stat first, refuse before reading, and read into one buffer of exactly the file's size (no copy). */
async function readBounded(path: string, maxBytes = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const file = await fs.open(path, 'r');
  try {
    const { size } = await file.stat();
    if (size > maxBytes) throw new InputTooLargeError(size, maxBytes);
    const buffer = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const { bytesRead } = await file.read(buffer, read, size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, read);
  } finally {
    await file.close();
  }
}

/**
 * A temporary file beside the target, flushed to disk, then renamed over it: a full disk, a file
 * size limit or a crash leaves the target as it was, and the temporary file is removed on any error.
 * Renaming replaces a symbolic link at the target itself, never the file it pointed to.
 */
async function writeAtomically(path: string, data: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let written = false;
  try {
    const file = await fs.open(temporary, 'wx', 0o644);
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(temporary, path);
    written = true;
  } finally {
    if (!written) await fs.rm(temporary, { force: true });
  }
}

export const nodeIO: CliIO = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: readBounded,
  writeFile: writeAtomically,
  fileId: async (path) => fs.stat(path).then((s) => `${s.dev}:${s.ino}`, () => null),
  makeDirectory: async (path) => { await fs.mkdir(path, { recursive: true }); },
};
