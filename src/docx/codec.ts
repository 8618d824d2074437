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

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** Table-driven CRC-32 (fflate keeps its own private). */
function tableCrc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) c = (CRC_TABLE[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
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
