// Rewrites a zip package: entries that did not change are copied as they were, compressed bytes
// and all (so they are byte-identical and cost nothing to store again); changed and new entries
// are deflated. Packages this cannot copy (zip64, odd layouts) go through fflate's writer instead.
import { strToU8 } from 'fflate';
import type { Codec } from './codec';
import { readZipDirectory, zipPackage } from './zip';

function newEntry(name: string, data: Uint8Array, offset: number, codec: Codec): { local: Uint8Array; central: Uint8Array } {
  const nameBytes = strToU8(name);
  const body = codec.deflate(data);
  const crc = codec.crc32(data);
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
export function rewriteZip(input: Uint8Array, changed: Readonly<Record<string, Uint8Array>>, all: () => Readonly<Record<string, Uint8Array>>, codec: Codec): Uint8Array {
  const entries = readZipDirectory(input);
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
    // Each part once: a second entry of a name would be a second, hidden version of the part.
    if (seen.has(e.name)) continue;
    seen.add(e.name);
    const replacement = changed[e.name];
    if (replacement) {
      const made = newEntry(e.name, replacement, offset, codec);
      add(made.local, made.central);
    } else {
      const central = e.central.slice();
      new DataView(central.buffer).setUint32(42, offset, true);
      add(e.local, central);
    }
  }
  for (const [name, data] of Object.entries(changed)) {
    if (seen.has(name)) continue;
    const made = newEntry(name, data, offset, codec);
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
