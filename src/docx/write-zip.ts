// Rewrites a zip package: entries that did not change are copied as they were, compressed bytes
// and all (so they are byte-identical and cost nothing to store again); changed and new entries
// are deflated. Packages this cannot copy (zip64, odd layouts) go through fflate's writer instead.
import { deflateSync } from 'fflate';
import { zipPackage } from './zip';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry { readonly name: string; readonly local: Uint8Array; readonly central: Uint8Array }

/** The raw local record (header, data, descriptor) and central record of every entry, or null. */
function rawEntries(zip: Uint8Array): Entry[] | null {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdOffset === 0xffffffff) return null;
  const entries: Entry[] = [];
  const decoder = new TextDecoder();
  let at = cdOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > zip.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const flags = view.getUint16(at + 8, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || localOffset === 0xffffffff) return null;
    const name = decoder.decode(zip.subarray(at + 46, at + 46 + nameLength));
    const central = zip.subarray(at, at + 46 + nameLength + extraLength + commentLength);
    if (localOffset + 30 > zip.length || view.getUint32(localOffset, true) !== 0x04034b50) return null;
    let end = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true) + compressed;
    if (flags & 0x08) end += end + 4 <= zip.length && view.getUint32(end, true) === 0x08074b50 ? 16 : 12;
    if (end > zip.length) return null;
    entries.push({ name, local: zip.subarray(localOffset, end), central });
    at += central.length;
  }
  return entries;
}

function newEntry(name: string, data: Uint8Array, offset: number): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = new TextEncoder().encode(name);
  // Level 1: a few per cent larger than level 6 for XML, three times faster to write.
  const body = deflateSync(data, { level: 1 });
  const crc = crc32(data);
  const local = new Uint8Array(30 + nameBytes.length + body.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(6, 0x0800, true); // names in UTF-8
  lv.setUint16(8, 8, true);
  lv.setUint32(14, crc, true);
  lv.setUint32(18, body.length, true);
  lv.setUint32(22, data.length, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(body, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(8, 0x0800, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(16, crc, true);
  cv.setUint32(20, body.length, true);
  cv.setUint32(24, data.length, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint32(42, offset, true);
  central.set(nameBytes, 46);
  return { local, central };
}

/**
 * The input zip with `changed` parts replaced or added; `all` gives every part (for the fallback).
 * Entry order stays as it was, new parts at the end.
 */
export function rewriteZip(input: Uint8Array, changed: Readonly<Record<string, Uint8Array>>, all: () => Readonly<Record<string, Uint8Array>>): Uint8Array {
  const entries = rawEntries(input);
  if (!entries) return zipPackage(all());
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const seen = new Set<string>();
  const add = (local: Uint8Array, central: Uint8Array): void => {
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  };
  for (const e of entries) {
    seen.add(e.name);
    const replacement = changed[e.name];
    if (replacement) {
      const made = newEntry(e.name, replacement, offset);
      add(made.local, made.central);
    } else {
      const central = e.central.slice();
      new DataView(central.buffer).setUint32(42, offset, true);
      add(e.local, central);
    }
  }
  for (const [name, data] of Object.entries(changed)) {
    if (seen.has(name)) continue;
    const made = newEntry(name, data, offset);
    add(made.local, made.central);
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(offset + cdSize + 22);
  let at = 0;
  for (const part of [...locals, ...centrals]) {
    out.set(part, at);
    at += part.length;
  }
  const ev = new DataView(out.buffer);
  ev.setUint32(at, 0x06054b50, true);
  ev.setUint16(at + 8, centrals.length, true);
  ev.setUint16(at + 10, centrals.length, true);
  ev.setUint32(at + 12, cdSize, true);
  ev.setUint32(at + 16, offset, true);
  return out;
}
