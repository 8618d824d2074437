// The standard's units with an index for finding them in a document: its vocabulary as integer
// ids, which units each rare word occurs in, units by exact text, and per unit how often each word
// occurs. Built once per standard: the standard does not change while a process runs.
import type { Standard } from '../template/standard';
import { slotCapacity } from './slot-capacity';
import { type TemplateUnit, templateUnits } from './units';

/** A word in more units than this does not point at any unit in particular. */
const RARE_LIMIT = 6;

export interface StandardIndex {
  readonly units: readonly TemplateUnit[];
  readonly vocabulary: ReadonlyMap<string, number>;
  /** By word id: the word. */
  readonly words: readonly string[];
  /** By word id: the units a rare word occurs in, as rareUnits[rareStart[id] … rareStart[id + 1]). */
  readonly rareStart: Int32Array;
  readonly rareUnits: Int32Array;
  readonly rareCount: readonly number[];
  /** Units without fields, by their exact text, and the lengths (in tokens) that occur. */
  readonly byExactText: ReadonlyMap<string, readonly number[]>;
  readonly exactLengths: ReadonlySet<number>;
  /** By unit: how often each word id occurs in its fixed text. */
  readonly counts: readonly Int32Array[];
  /** Scratch space for similarityBound, stamped per call instead of cleared. */
  readonly usedStamp: Int32Array;
  readonly usedCount: Int32Array;
  stamp: number;
}

function buildIndex(std: Standard): StandardIndex {
  const kinds = new Map(std.slots.map((s) => [s.id, s.kind]));
  const units = templateUnits(std.blocks, (slotId) => slotCapacity(slotId, kinds.get(slotId)));
  const vocabulary = new Map<string, number>();
  for (const u of units) for (const norm of u.fixed) if (!vocabulary.has(norm)) vocabulary.set(norm, vocabulary.size);
  const frequency = new Int32Array(vocabulary.size);
  for (const u of units) {
    for (const norm of u.fixedCounts.keys()) {
      const id = vocabulary.get(norm) as number;
      frequency[id] = (frequency[id] as number) + 1;
    }
  }
  const rareLists: (number[] | undefined)[] = new Array(vocabulary.size).fill(undefined);
  const rareCount: number[] = [];
  const byExactText = new Map<string, number[]>();
  const counts: Int32Array[] = [];
  for (const u of units) {
    const unitCounts = new Int32Array(vocabulary.size);
    let rare = 0;
    for (const [norm, count] of u.fixedCounts) {
      const id = vocabulary.get(norm) as number;
      unitCounts[id] = count;
      if ((frequency[id] as number) > RARE_LIMIT || (norm.length < 3 && !/\d/.test(norm))) continue;
      rare += 1;
      (rareLists[id] ??= []).push(u.ordinal);
    }
    counts.push(unitCounts);
    rareCount.push(rare);
    if (u.slotCount === 0) {
      const key = u.fixed.join(' ');
      byExactText.set(key, [...(byExactText.get(key) ?? []), u.ordinal]);
    }
  }
  const exactLengths = new Set(units.filter((u) => u.slotCount === 0).map((u) => u.fixed.length));
  const words: string[] = [];
  for (const [word, id] of vocabulary) words[id] = word;
  // Compressed rows: a flat list with a start per word, read in the hot loop without holes.
  const rareStart = new Int32Array(vocabulary.size + 1);
  for (let id = 0; id < vocabulary.size; id += 1) rareStart[id + 1] = (rareStart[id] as number) + (rareLists[id]?.length ?? 0);
  const rareUnits = Int32Array.from(rareLists.flatMap((list) => list ?? []));
  return {
    units, vocabulary, words, rareStart, rareUnits, rareCount, byExactText, exactLengths, counts,
    usedStamp: new Int32Array(vocabulary.size), usedCount: new Int32Array(vocabulary.size), stamp: 0,
  };
}

const cache = new WeakMap<Standard, StandardIndex>();

export function standardIndex(std: Standard): StandardIndex {
  let index = cache.get(std);
  if (!index) {
    index = buildIndex(std);
    cache.set(std, index);
  }
  return index;
}

/**
 * An upper bound of a unit's similarity (see similarityOf) from word counts alone: every fixed word
 * the document lacks must be deleted, and every document word beyond what the fields can hold is
 * inserted.
 */
export function similarityBound(index: StandardIndex, t: TemplateUnit, ids: readonly number[]): number {
  const available = index.counts[t.ordinal] as Int32Array;
  const { usedStamp, usedCount } = index;
  index.stamp += 1;
  const stamp = index.stamp;
  let overlap = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i] as number;
    if (id < 0) continue;
    const limit = available[id] as number;
    if (limit === 0) continue;
    if (usedStamp[id] !== stamp) {
      usedStamp[id] = stamp;
      usedCount[id] = 0;
    }
    if ((usedCount[id] as number) < limit) {
      usedCount[id] = (usedCount[id] as number) + 1;
      overlap += 1;
    }
  }
  const size = Math.max(t.fixed.length, 1);
  const missing = t.fixed.length - overlap;
  const added = Math.max(0, ids.length - overlap - t.slotCapacity);
  return 1 - (2 * missing + added) / (2 * size);
}
