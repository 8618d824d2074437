// How zip entries are inflated and deflated. The package code takes a codec so each platform can
// use its fastest one: fflate (pure JavaScript) in the browser, Node's native zlib on the command
// line (src/docx/zlib-codec.ts).
import { deflateSync, inflateSync } from 'fflate';

export interface Codec {
  /** Raw-inflates an entry into at most `size` bytes; more data than that is an error. */
  inflate(compressed: Uint8Array, size: number): Uint8Array;
  /** Raw-deflates a changed part. */
  deflate(data: Uint8Array): Uint8Array;
  /** The zip's CRC-32 of some bytes: what an entry is checked against after inflating, and what a new one records. */
  crc32(data: Uint8Array): number;
}

/** Level 1: a few per cent larger than level 6 for XML, three times faster to write. */
export const DEFLATE_LEVEL = 1;

/** CRC-32 tables for slicing by four: table k gives the CRC of a byte followed by k zero bytes. */
const CRC_TABLES = (() => {
  const t = new Uint32Array(4 * 256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n += 1) {
    for (let k = 1; k < 4; k += 1) {
      const previous = t[(k - 1) * 256 + n] as number;
      t[k * 256 + n] = ((t[previous & 0xff] as number) ^ (previous >>> 8)) >>> 0;
    }
  }
  return t;
})();

/** Table-driven CRC-32, four bytes a step (fflate keeps its own private). */
function tableCrc32(data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = 0xffffffff;
  let i = 0;
  for (const end = data.length - 3; i < end; i += 4) {
    c ^= (data[i] as number) | ((data[i + 1] as number) << 8) | ((data[i + 2] as number) << 16) | ((data[i + 3] as number) << 24);
    c = (t[768 + (c & 0xff)] as number) ^ (t[512 + ((c >>> 8) & 0xff)] as number) ^ (t[256 + ((c >>> 16) & 0xff)] as number) ^ (t[c >>> 24] as number);
  }
  for (; i < data.length; i += 1) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const fflateCodec: Codec = {
  inflate(compressed, size) {
    // fflate never grows a buffer it is given: one byte over the declared size is as far as a
    // lying entry gets, and the caller's length check refuses it.
    return inflateSync(compressed, { out: new Uint8Array(size + 1) });
  },
  deflate: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
  crc32: tableCrc32,
};
