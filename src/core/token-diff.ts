// Word-level alignment of one standard unit with one document unit. Fields (slots) match any run
// of document tokens; everything else must be there exactly. Edit-distance dynamic programming,
// O(n·m) for one unit pair (units are paragraphs, so n and m stay in the hundreds).
import type { Token } from './text';
import type { TemplateToken } from './units';

export type DiffOp =
  | { readonly kind: 'equal'; readonly expected: Token; readonly actual: Token }
  | { readonly kind: 'delete'; readonly expected: Token }
  | { readonly kind: 'insert'; readonly actual: Token }
  | { readonly kind: 'slot'; readonly slot: Extract<TemplateToken, { kind: 'slot' }>; readonly actual: readonly Token[] };

export interface TokenDiff {
  readonly ops: readonly DiffOp[];
  /** Tokens deleted from or inserted into the standard text (fields excluded). */
  readonly errors: number;
  /** Fixed tokens of the standard that the document lacks. */
  readonly deleted: number;
}

// A field swallowing a token costs almost nothing, so that document words align with fixed
// words wherever they can and only the rest goes into the field.
const SLOT_TOKEN_COST = 1e-3;

const enum Step { None, Equal, Delete, Insert, SlotEmpty, SlotTake, SlotCapped }

// One pair of work tables, grown when needed: a check diffs hundreds of unit pairs and fresh
// tables for each would mostly feed the garbage collector.
let costTable = new Float64Array(1 << 14);
let stepTable = new Uint8Array(1 << 14);
let takeTable = new Uint16Array(1 << 14);

/**
 * Beyond this many table cells a pair is not aligned word by word: no provision of the standard
 * has a field that holds a book, and the tables would take hundreds of megabytes.
 */
const MAX_CELLS = 4_000_000;

export function diffable(templateLength: number, actualLength: number): boolean {
  return (templateLength + 1) * (actualLength + 1) <= MAX_CELLS;
}

/** A pair too large to align: nothing in common, every word deleted or added. */
function unaligned(template: readonly TemplateToken[], actual: readonly Token[]): TokenDiff {
  const fixed = template.flatMap((t) => (t.kind === 'fixed' ? [t.token] : []));
  let ops: DiffOp[] | null = null;
  return {
    errors: fixed.length + actual.length,
    deleted: fixed.length,
    get ops() {
      ops ??= [...fixed.map((expected) => ({ kind: 'delete' as const, expected })), ...actual.map((token) => ({ kind: 'insert' as const, actual: token }))];
      return ops;
    },
  };
}

export function diffTokens(template: readonly TemplateToken[], actual: readonly Token[]): TokenDiff {
  const n = template.length;
  const m = actual.length;
  if (!diffable(n, m)) return unaligned(template, actual);
  const width = m + 1;
  const size = (n + 1) * width;
  if (costTable.length < size) {
    costTable = new Float64Array(size * 2);
    stepTable = new Uint8Array(size * 2);
    takeTable = new Uint16Array(size * 2);
  }
  const cost = costTable;
  const step = stepTable;
  const take = takeTable;
  cost[0] = 0;
  step[0] = Step.None;
  for (let j = 1; j <= m; j += 1) {
    cost[j] = j;
    step[j] = Step.Insert;
  }
  for (let i = 1; i <= n; i += 1) {
    const t = template[i - 1] as TemplateToken;
    const row = i * width;
    const up = (i - 1) * width;
    if (t.kind === 'slot' && Number.isFinite(t.capacity)) {
      // A field holds at most `capacity` tokens; more document words around it are added words.
      const capacity = t.capacity;
      for (let j = 0; j <= m; j += 1) {
        let best = cost[up + j] as number;
        let taken = 0;
        for (let k = 1; k <= capacity && k <= j; k += 1) {
          const c = (cost[up + j - k] as number) + k * SLOT_TOKEN_COST;
          if (c < best) {
            best = c;
            taken = k;
          }
        }
        let how = Step.SlotCapped;
        // Added words after the field's content cost a hair less than before it, so the field
        // takes the words right after the text that precedes it.
        const insert = (cost[row + j - 1] as number) + 1 - SLOT_TOKEN_COST / 2;
        if (j > 0 && insert < best) {
          best = insert;
          how = Step.Insert;
        }
        cost[row + j] = best;
        step[row + j] = how;
        take[row + j] = taken;
      }
      continue;
    }
    if (t.kind === 'slot') {
      cost[row] = cost[up] as number;
      step[row] = Step.SlotEmpty;
      for (let j = 1; j <= m; j += 1) {
        const empty = cost[up + j] as number;
        const take = (cost[row + j - 1] as number) + SLOT_TOKEN_COST;
        if (take < empty) {
          cost[row + j] = take;
          step[row + j] = Step.SlotTake;
        } else {
          cost[row + j] = empty;
          step[row + j] = Step.SlotEmpty;
        }
      }
      continue;
    }
    cost[row] = (cost[up] as number) + 1;
    step[row] = Step.Delete;
    const norm = t.token.norm;
    for (let j = 1; j <= m; j += 1) {
      let best = (cost[up + j] as number) + 1;
      let how = Step.Delete;
      const ins = (cost[row + j - 1] as number) + 1;
      if (ins < best) {
        best = ins;
        how = Step.Insert;
      }
      if ((actual[j - 1] as Token).norm === norm) {
        const eq = cost[up + j - 1] as number;
        if (eq <= best) {
          best = eq;
          how = Step.Equal;
        }
      }
      cost[row + j] = best;
      step[row + j] = how;
    }
  }
  const ops: DiffOp[] = [];
  let errors = 0;
  let deleted = 0;
  let i = n;
  let j = m;
  let slotTaken: Token[] = [];
  while (i > 0 || j > 0) {
    const how = step[i * width + j] as Step;
    if (how === Step.SlotTake) {
      slotTaken.push(actual[j - 1] as Token);
      j -= 1;
      continue;
    }
    if (how === Step.SlotCapped) {
      const t = template[i - 1] as Extract<TemplateToken, { kind: 'slot' }>;
      const k = take[i * width + j] as number;
      ops.push({ kind: 'slot', slot: t, actual: actual.slice(j - k, j) });
      i -= 1;
      j -= k;
      continue;
    }
    if (how === Step.SlotEmpty) {
      const t = template[i - 1] as Extract<TemplateToken, { kind: 'slot' }>;
      ops.push({ kind: 'slot', slot: t, actual: slotTaken.reverse() });
      slotTaken = [];
      i -= 1;
      continue;
    }
    if (how === Step.Equal) {
      const t = template[i - 1] as Extract<TemplateToken, { kind: 'fixed' }>;
      ops.push({ kind: 'equal', expected: t.token, actual: actual[j - 1] as Token });
      i -= 1;
      j -= 1;
    } else if (how === Step.Delete) {
      const t = template[i - 1] as Extract<TemplateToken, { kind: 'fixed' }>;
      ops.push({ kind: 'delete', expected: t.token });
      errors += 1;
      deleted += 1;
      i -= 1;
    } else {
      ops.push({ kind: 'insert', actual: actual[j - 1] as Token });
      errors += 1;
      j -= 1;
    }
  }
  ops.reverse();
  return { ops, errors, deleted };
}
