// Reading and writing the zip package, with limits that refuse zip bombs before inflating them.
import { strFromU8, type Unzipped, unzipSync, zipSync, type Zippable } from 'fflate';
import { type Codec, fflateCodec } from './codec';
import { type UnusableReason, unusableText } from '../core/unusable-text';

export class PackageError extends Error {
  constructor(readonly reason: UnusableReason) {
    super(unusableText(reason));
  }
}

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

/** One entry of a zip's central directory, with the raw records the writer copies unchanged. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly encrypted: boolean;
  readonly compressedSize: number;
  readonly size: number;
  /** The CRC-32 the central directory records for the inflated data. */
  readonly crc: number;
  /** The entry's data as stored (compressed or not). */
  readonly data: Uint8Array;
  /** Local header, data and data descriptor, as they stand in the file. */
  readonly local: Uint8Array;
  /** The central directory record. */
  readonly central: Uint8Array;
}

/**
 * The entries of a plain zip, read from its central directory; null for what this does not read
 * (zip64, a directory that does not add up), which fflate's own reader then handles.
 */
export function readZipDirectory(zip: Uint8Array): ZipEntry[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return null;
  const entries: ZipEntry[] = [];
  let at = cdOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) return null;
    if (at + 46 + nameLength > zip.length) return null;
    const name = strFromU8(zip.subarray(at + 46, at + 46 + nameLength));
    const central = zip.subarray(at, at + 46 + nameLength + extraLength + commentLength);
    if (localOffset + 30 > zip.length || view.getUint32(localOffset, true) !== 0x04034b50) return null;
    const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    let end = dataStart + compressedSize;
    if (flags & 0x08) end += end + 4 <= zip.length && view.getUint32(end, true) === 0x08074b50 ? 16 : 12;
    if (end > zip.length) return null;
    entries.push({
      name, method: view.getUint16(at + 10, true), encrypted: (flags & 1) !== 0, compressedSize, size, crc: view.getUint32(at + 16, true),
      data: zip.subarray(dataStart, dataStart + compressedSize), local: zip.subarray(localOffset, end), central,
    });
    at += central.length;
  }
  return entries;
}

/** The limits every entry is held to, by its declared sizes, before anything is inflated. */
function limitsChecker(): (name: string, size: number, compressedSize: number, wanted: boolean) => string | null {
  let entries = 0;
  let total = 0;
  return (name, size, compressedSize, wanted) => {
    entries += 1;
    if (entries > MAX_ENTRIES) return 'te veel onderdelen in het pakket';
    if (!wanted) return null;
    total += size;
    if (size > MAX_PART_BYTES || total > MAX_TOTAL_BYTES) return `onderdeel ${name} is uitgepakt te groot`;
    if (compressedSize > 0 && size / compressedSize > MAX_RATIO && size > 1024 * 1024) return `onderdeel ${name} is verdacht sterk gecomprimeerd`;
    return null;
  };
}

/** Parts of a package by path. */
export type Parts = Record<string, Uint8Array>;

const DAMAGED: UnusableReason = { code: 'damaged-zip' };

/**
 * Unzips the parts of a .docx that `wanted` selects, refusing oversized or suspicious entries by
 * their declared sizes first. Each entry inflates into at most its declared size, so an entry that
 * lies about its size cannot grow past it, and one that comes out shorter is refused as damaged.
 */
export function unzipPackage(data: Uint8Array, wanted: (name: string) => boolean, codec: Codec = fflateCodec): Parts {
  if (data.length === 0) throw new PackageError({ code: 'empty-file' });
  if (startsWith(data, CFB_MAGIC)) {
    throw new PackageError({ code: 'legacy-or-encrypted' });
  }
  if (!startsWith(data, ZIP_MAGIC)) throw new PackageError({ code: 'not-zip' });
  const directory = readZipDirectory(data);
  return directory ? inflateEntries(directory, wanted, codec) : unzipWithFflate(data, wanted);
}

function inflateEntries(directory: readonly ZipEntry[], wanted: (name: string) => boolean, codec: Codec): Parts {
  refuseDuplicates(directory.map((e) => e.name));
  const check = limitsChecker();
  const chosen = directory.filter((e) => {
    const take = wanted(e.name);
    const refused = check(e.name, e.size, e.compressedSize, take);
    if (refused !== null) throw new PackageError({ code: 'zip-bomb', detail: refused });
    return take;
  });
  const out: Parts = {};
  for (const e of chosen) {
    if (e.encrypted || (e.method !== 0 && e.method !== 8)) throw new PackageError(DAMAGED);
    let bytes: Uint8Array;
    try {
      bytes = e.method === 0 ? e.data.slice() : codec.inflate(e.data, e.size);
    } catch {
      throw new PackageError(DAMAGED);
    }
    if (bytes.length !== e.size) throw new PackageError(DAMAGED);
    // What Word and LibreOffice check too: a part whose checksum is wrong is damaged, not read.
    if (codec.crc32(bytes) !== e.crc) throw new PackageError({ code: 'bad-checksum', part: e.name });
    out[e.name] = bytes;
  }
  return out;
}

/**
 * Part names are unique in a package, compared without case (ECMA-376 part 2, 8.1.1.1): with two
 * entries of one name, one reader would show the first and another the last, so what is checked
 * need not be what Word shows.
 */
function refuseDuplicates(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (seen.has(key)) throw new PackageError({ code: 'duplicate-part', part: name });
    seen.add(key);
  }
}

/** Zips this reader does not lay out itself (zip64): fflate reads them, under the same limits. */
function unzipWithFflate(data: Uint8Array, wanted: (name: string) => boolean): Parts {
  const check = limitsChecker();
  let refused: string | null = null;
  const names: string[] = [];
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(data, {
      filter(file) {
        names.push(file.name);
        const take = wanted(file.name);
        refused ??= check(file.name, file.originalSize, file.size, take);
        return take && refused === null;
      },
    });
  } catch {
    throw new PackageError(DAMAGED);
  }
  if (refused !== null) throw new PackageError({ code: 'zip-bomb', detail: refused });
  refuseDuplicates(names);
  return unzipped;
}

/** Rebuilds a package: unchanged parts are stored again as they were, changed ones replaced. */
export function zipPackage(parts: Readonly<Record<string, Uint8Array>>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(parts)) zippable[name] = [bytes, { level: 6 }];
  return zipSync(zippable);
}
