// The standard's word ids of a text, read straight from its characters: a long document is mostly
// words the standard does not have, and making a string per word only to look it up and throw it
// away is what costs the most. Latin text (below U+0250) takes this path; a text with any other
// character takes the general tokenizer, and a test holds both to the same result.
import type { StandardIndex } from './template-index';
import { tokenNorms } from './text';

const enum Kind { Space, Word, Other, Invisible }
const LIMIT = 0x250;

// Character classes and single-character norms, derived from the general tokenizer itself.
const KIND = new Uint8Array(LIMIT);
const OTHER_NORM: string[] = [];
for (let code = 0; code < LIMIT; code += 1) {
  const c = String.fromCharCode(code);
  if (/\s/.test(c)) KIND[code] = Kind.Space;
  else if (code === 0xad) KIND[code] = Kind.Invisible;
  else if (tokenNorms(`a${c}a`).length === 1) KIND[code] = Kind.Word;
  else {
    KIND[code] = Kind.Other;
    OTHER_NORM[code] = tokenNorms(c)[0] ?? c;
  }
}

interface WordTable {
  readonly mask: number;
  readonly hashes: Int32Array;
  /** id + 1, 0 for an empty slot */
  readonly slots: Int32Array;
  readonly words: readonly string[];
  readonly singleCharIds: Int32Array;
}

function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xad) continue;
    h = Math.imul(h ^ code, 0x01000193);
  }
  return h | 0;
}

const tables = new WeakMap<StandardIndex, WordTable>();

function tableOf(index: StandardIndex): WordTable {
  const known = tables.get(index);
  if (known) return known;
  const words = index.words;
  let size = 1;
  while (size < words.length * 4) size <<= 1;
  const mask = size - 1;
  const hashes = new Int32Array(size);
  const slots = new Int32Array(size);
  const singleCharIds = new Int32Array(LIMIT).fill(-1);
  words.forEach((word, id) => {
    const h = hashOf(word, 0, word.length);
    let at = h & mask;
    while (slots[at] !== 0) at = (at + 1) & mask;
    hashes[at] = h;
    slots[at] = id + 1;
  });
  for (let code = 0; code < LIMIT; code += 1) {
    const norm = OTHER_NORM[code];
    if (norm !== undefined) singleCharIds[code] = index.vocabulary.get(norm) ?? -1;
  }
  const table = { mask, hashes, slots, words, singleCharIds };
  tables.set(index, table);
  return table;
}

function sameWord(text: string, start: number, end: number, word: string): boolean {
  let j = 0;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0xad) continue;
    if (j >= word.length || word.charCodeAt(j) !== code) return false;
    j += 1;
  }
  return j === word.length;
}

function lookUp(table: WordTable, text: string, start: number, end: number, h: number): number {
  for (let at = h & table.mask; table.slots[at] !== 0; at = (at + 1) & table.mask) {
    if (table.hashes[at] === h) {
      const id = (table.slots[at] as number) - 1;
      if (sameWord(text, start, end, table.words[id] as string)) return id;
    }
  }
  return -1;
}

/** Word ids of every token of a text, -1 for tokens the standard does not have. */
export function textWordIds(index: StandardIndex, text: string, out: number[]): void {
  const table = tableOf(index);
  const n = text.length;
  const first = out.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code >= LIMIT) {
      // Not Latin text after all: start again with the general tokenizer.
      out.length = first;
      for (const norm of tokenNorms(text)) out.push(index.vocabulary.get(norm) ?? -1);
      return;
    }
    const kind = KIND[code] as Kind;
    if (kind === Kind.Space) {
      i += 1;
    } else if (kind === Kind.Other) {
      out.push(table.singleCharIds[code] as number);
      i += 1;
    } else {
      // One pass over the word: where it ends, whether it shows, and its hash.
      const start = i;
      let visible = false;
      let h = 0x811c9dc5;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c >= LIMIT) break;
        const k = KIND[c] as Kind;
        if (k === Kind.Word) {
          visible = true;
          h = Math.imul(h ^ c, 0x01000193);
        } else if (k !== Kind.Invisible) break;
        i += 1;
      }
      if (visible) out.push(lookUp(table, text, start, i, h | 0));
    }
  }
}
