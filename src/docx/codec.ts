// How zip entries are inflated and deflated. The package code takes a codec so each platform can
// use its fastest one: fflate (pure JavaScript) in the browser, Node's native zlib on the command
// line (src/docx/zlib-codec.ts).
import { deflateSync, inflateSync } from 'fflate';

export interface Codec {
  /** Raw-inflates an entry into at most `size` bytes; more data than that is an error. */
  inflate(compressed: Uint8Array, size: number): Uint8Array;
  /** Raw-deflates a changed part. */
  deflate(data: Uint8Array): Uint8Array;
}

/** Level 1: a few per cent larger than level 6 for XML, three times faster to write. */
export const DEFLATE_LEVEL = 1;

export const fflateCodec: Codec = {
  inflate(compressed, size) {
    // fflate never grows a buffer it is given: one byte over the declared size is as far as a
    // lying entry gets, and the caller's length check refuses it.
    return inflateSync(compressed, { out: new Uint8Array(size + 1) });
  },
  deflate: (data) => deflateSync(data, { level: DEFLATE_LEVEL }),
};
