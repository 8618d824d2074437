// Reading and writing the zip package, with limits that refuse zip bombs before inflating them.
import { type Unzipped, unzipSync, zipSync, type Zippable } from 'fflate';

export class PackageError extends Error {}

/** No part of a real agreement comes near this; a zip bomb does. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 256 * 1024 * 1024;
export const MAX_ENTRIES = 5000;
/** Deflate compresses text ~5-20×; a ratio beyond this is a bomb, not a document. */
export const MAX_RATIO = 200;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(data: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => data[i] === b);
}

/**
 * Unzips the parts of a .docx that `wanted` selects, refusing oversized or suspicious entries by
 * their declared sizes first. fflate inflates each entry into a buffer of its declared size, so an
 * entry that lies about its size cannot grow past it.
 */
export function unzipPackage(data: Uint8Array, wanted: (name: string) => boolean): Unzipped {
  if (data.length === 0) throw new PackageError('Het bestand is leeg.');
  if (startsWith(data, CFB_MAGIC)) {
    throw new PackageError('Dit is een oud Word-bestand (.doc) of een met een wachtwoord versleuteld document: open het in Word en sla het op als .docx zonder wachtwoord.');
  }
  if (!startsWith(data, ZIP_MAGIC)) throw new PackageError('Dit is geen .docx-bestand (geen geldig Office Open XML-pakket).');
  let entries = 0;
  let total = 0;
  let refused: string | null = null;
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(data, {
      filter(file) {
        entries += 1;
        if (entries > MAX_ENTRIES) refused ??= 'te veel onderdelen in het pakket';
        if (!wanted(file.name)) return false;
        total += file.originalSize;
        if (file.originalSize > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) refused ??= `onderdeel ${file.name} is uitgepakt te groot`;
        else if (file.size > 0 && file.originalSize / file.size > MAX_RATIO && file.originalSize > 1024 * 1024) refused ??= `onderdeel ${file.name} is verdacht sterk gecomprimeerd`;
        return refused === null;
      },
    });
  } catch {
    throw new PackageError('Het .docx-bestand is beschadigd of onvolledig (de zip-structuur is ongeldig).');
  }
  if (refused !== null) throw new PackageError(`Geweigerd: ${refused} (mogelijk een zip-bom).`);
  return unzipped;
}

/** Rebuilds a package: unchanged parts are stored again as they were, changed ones replaced. */
export function zipPackage(parts: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) zippable[name] = [bytes, { level: 6 }];
  return zipSync(zippable);
}
