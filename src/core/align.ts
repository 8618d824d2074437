// Aligns a document with the standard, unit by unit and in order, robust to units that were
// removed, added, moved or rewritten. Linear in the document: candidate pairs come from an
// index of the standard's rare words and exact texts, and the order-preserving alignment runs
// only over the stretch of the document where standard text was found.
import type { SlotDefinition, Standard } from '../template/standard';
import type { BlockSnapshot, DocumentSnapshot } from './snapshot';
import type { Token } from './text';
import { settleSetForms } from './municipal-forms';
import { splitAdjacentSlots } from './slot-split';
import { type DiffOp, diffable, diffTokens, type TokenDiff } from './token-diff';
import { similarityBound, type StandardIndex, standardIndex } from './template-index';
import { type DocumentUnit, documentUnits } from './document-units';
import { CELL_NORM, makeTemplateUnit, type TemplateUnit } from './units';

export interface UnitMatch {
  readonly template: TemplateUnit;
  readonly document: DocumentUnit;
  readonly diff: TokenDiff;
  readonly similarity: number;
}

export interface DocumentAlignment {
  readonly templateUnits: readonly TemplateUnit[];
  readonly documentUnits: readonly DocumentUnit[];
  /** By template unit ordinal. */
  readonly byTemplate: readonly (UnitMatch | null)[];
  /** By document unit ordinal. */
  readonly byDocument: readonly (UnitMatch | null)[];
  /** Document units that are rows of a Bijlage 1 fill-in table (filled in, not inserted). */
  readonly fillRows: ReadonlySet<number>;
  readonly bijlage3: boolean;
  /** Document unit ordinals of the first and last standard unit found, or null when none. */
  readonly region: { readonly first: number; readonly last: number } | null;
  /** Share of the standard's mandatory units (Bijlage 3 aside) found in the document. */
  readonly coverage: number;
  /** By document unit ordinal: the standard units it resembles (similarity at or above the threshold). */
  readonly candidates: readonly ReadonlyMap<number, UnitMatch>[];
  /** Further copies of the agreement in the document, found by aligning what was left over again. */
  readonly copies: readonly AgreementCopy[];
}

/** A second (third…) copy of the agreement: its own matches, in document order. */
export interface AgreementCopy {
  readonly matches: readonly UnitMatch[];
  /** Document unit ordinals of its first and last match. */
  readonly first: number;
  readonly last: number;
}

const MATCH_THRESHOLD = 0.6;
/** Left-over text holding this share of the mandatory units is another copy of the agreement. */
export const COPY_COVERAGE = 0.35;
/** How many copies beyond the first are looked for (one pass over the left-overs each). */
const MAX_COPIES = 3;

/**
 * 1 − (2 × fixed words missing + words added) / (2 × fixed words). Missing standard words weigh
 * double: fields may swallow added words, so what is missing is the surer sign of another text.
 */
export function similarityOf(template: TemplateUnit, diff: TokenDiff): number {
  const size = Math.max(template.fixed.length, 1);
  return Math.max(0, 1 - (diff.errors + diff.deleted) / (2 * size));
}

/**
 * The diff of a unit without fields whose words are exactly the standard's: all equal. Its tokens
 * are made only if someone asks for the operations (most never do: nothing differs).
 */
function identical(t: TemplateUnit, d: DocumentUnit): TokenDiff {
  let ops: DiffOp[] | null = null;
  return {
    errors: 0,
    deleted: 0,
    get ops() {
      ops ??= t.tokens.map((token, i) => {
        if (token.kind !== 'fixed') throw new Error('exact match of a unit with fields');
        return { kind: 'equal' as const, expected: token.token, actual: d.tokens[i] as Token };
      });
      return ops;
    },
  };
}

function shaped(diff: TokenDiff, slotDefinitions: ReadonlyMap<string, SlotDefinition>): TokenDiff {
  return settleSetForms({ ...diff, ops: splitAdjacentSlots(diff.ops, slotDefinitions) }, slotDefinitions);
}

/** Pairs worth aligning word by word, with their similarity (only those at or above the threshold). */
function candidatePairs(index: StandardIndex, dUnits: readonly DocumentUnit[], slotDefinitions: ReadonlyMap<string, SlotDefinition>): Map<number, UnitMatch>[] {
  const perDocument: Map<number, UnitMatch>[] = [];
  // Distinct rare words per unit and hits per standard unit, kept in arrays stamped with the
  // document unit instead of a set and a map per unit.
  const seenStamp = new Int32Array(index.vocabulary.size).fill(-1);
  const hitStamp = new Int32Array(index.units.length).fill(-1);
  const hitCount = new Float64Array(index.units.length);
  const touched: number[] = [];
  for (const d of dUnits) {
    const found = new Map<number, UnitMatch>();
    perDocument.push(found);
    const ids = d.ids;
    if (ids.length === 0) continue;
    touched.length = 0;
    const stamp = d.ordinal;
    const { rareStart, rareUnits } = index;
    for (let i = 0; i < ids.length; i += 1) {
      const id = ids[i] as number;
      if (id < 0 || seenStamp[id] === stamp) continue;
      seenStamp[id] = stamp;
      for (let r = rareStart[id] as number, end = rareStart[id + 1] as number; r < end; r += 1) {
        const ordinal = rareUnits[r] as number;
        if (hitStamp[ordinal] !== stamp) {
          hitStamp[ordinal] = stamp;
          hitCount[ordinal] = 0;
          touched.push(ordinal);
        }
        hitCount[ordinal] = (hitCount[ordinal] as number) + 1;
      }
    }
    if (index.exactLengths.has(ids.length) && ids.every((id) => id >= 0)) {
      for (const ordinal of index.byExactText.get(Array.from(ids, (id) => index.words[id]).join(' ')) ?? []) {
        if (hitStamp[ordinal] !== stamp) {
          hitStamp[ordinal] = stamp;
          touched.push(ordinal);
        }
        hitCount[ordinal] = Number.POSITIVE_INFINITY;
      }
    }
    for (const ordinal of touched) {
      const count = hitCount[ordinal] as number;
      const t = index.units[ordinal] as TemplateUnit;
      const exact = count === Number.POSITIVE_INFINITY;
      const rare = index.rareCount[ordinal] ?? 0;
      if (!exact && count < Math.min(rare, Math.max(1, Math.ceil(rare * 0.3)))) continue;
      if (!exact && similarityBound(index, t, ids) < MATCH_THRESHOLD) continue;
      const diff = exact ? identical(t, d) : diffTokens(t.tokens, d.tokens);
      const similarity = similarityOf(t, diff);
      if (similarity >= MATCH_THRESHOLD) found.set(ordinal, { template: t, document: d, diff: exact ? diff : shaped(diff, slotDefinitions), similarity });
    }
  }
  return perDocument;
}

/** Order-preserving alignment maximising total similarity over the window of candidate units. */
function orderedMatches(tCount: number, first: number, last: number, candidates: readonly Map<number, UnitMatch>[]): UnitMatch[] {
  const width = last - first + 2;
  const score = new Float32Array((tCount + 1) * width);
  const step = new Uint8Array((tCount + 1) * width);
  for (let i = 1; i <= tCount; i += 1) {
    for (let j = 1; j < width; j += 1) {
      const at = i * width + j;
      let best = score[at - width] as number;
      let how = 1;
      const left = score[at - 1] as number;
      if (left > best) {
        best = left;
        how = 2;
      }
      const match = candidates[first + j - 1]?.get(i - 1);
      if (match) {
        const diag = (score[at - width - 1] as number) + match.similarity;
        if (diag > best) {
          best = diag;
          how = 3;
        }
      }
      score[at] = best;
      step[at] = how;
    }
  }
  const matches: UnitMatch[] = [];
  for (let i = tCount, j = width - 1; i > 0 && j > 0; ) {
    const how = step[i * width + j];
    if (how === 3) {
      const match = candidates[first + j - 1]?.get(i - 1);
      if (match) matches.push(match);
      i -= 1;
      j -= 1;
    } else if (how === 1) i -= 1;
    else j -= 1;
  }
  return matches.reverse();
}

function isMandatory(u: TemplateUnit): boolean {
  return u.block.omission.kind === 'mandatory';
}

/** Units of some blocks (a header, a note) with the standard units each resembles: for judging
 * text outside the body, which is not aligned in order. */
export function standardCandidates(blocks: readonly BlockSnapshot[], std: Standard): { units: DocumentUnit[]; candidates: Map<number, UnitMatch>[] } {
  const index = standardIndex(std);
  const units = documentUnits(blocks, index);
  return { units, candidates: candidatePairs(index, units, new Map(std.slots.map((s) => [s.id, s]))) };
}

/** Pairs the document's units with the standard's units they are, in order (see the top of this file). */
export function matchUnits(snapshot: DocumentSnapshot, std: Standard): DocumentAlignment {
  const index = standardIndex(std);
  const tUnits = index.units;
  const dUnits = documentUnits(snapshot.blocks, index);
  const slotDefinitions = new Map(std.slots.map((s) => [s.id, s]));
  const candidates = candidatePairs(index, dUnits, slotDefinitions);
  let first = -1;
  let last = -1;
  candidates.forEach((c, ordinal) => {
    if (c.size === 0) return;
    if (first < 0) first = ordinal;
    last = ordinal;
  });
  let matches = first < 0 ? [] : orderedMatches(tUnits.length, first, last, candidates);

  const bijlage3Units = tUnits.filter((u) => u.block.bijlage3 && isMandatory(u));
  const bijlage3Found = matches.filter((m) => m.template.block.bijlage3 && isMandatory(m.template)).length;
  const bijlage3 = bijlage3Found >= Math.min(3, bijlage3Units.length);
  if (!bijlage3) matches = matches.filter((m) => !m.template.block.bijlage3);

  const byTemplate: (UnitMatch | null)[] = tUnits.map(() => null);
  const byDocument: (UnitMatch | null)[] = dUnits.map(() => null);
  for (const m of matches) {
    byTemplate[m.template.ordinal] = m;
    byDocument[m.document.ordinal] = m;
  }
  pairLeftovers(tUnits, dUnits, byTemplate, byDocument, bijlage3, slotDefinitions);
  const paragraphRows = matchTableRowsAsParagraphs(tUnits, dUnits, byTemplate, byDocument, slotDefinitions);
  const fillRows = findFillRows(dUnits, byDocument, paragraphRows);
  const copies = findCopies(tUnits, dUnits, candidates, byDocument, fillRows, bijlage3, slotDefinitions);

  const standardMatches = byDocument.filter((m): m is UnitMatch => m !== null && m.template.block.clause !== null);
  const region = standardMatches.length > 0
    ? { first: (standardMatches[0] as UnitMatch).document.ordinal, last: (standardMatches[standardMatches.length - 1] as UnitMatch).document.ordinal }
    : null;
  const mandatory = tUnits.filter((u) => isMandatory(u) && !u.block.bijlage3);
  const coverage = mandatory.filter((u) => byTemplate[u.ordinal] !== null).length / Math.max(1, mandatory.length);
  return { templateUnits: tUnits, documentUnits: dUnits, byTemplate, byDocument, fillRows, bijlage3, region, coverage, candidates, copies };
}

function mandatoryShare(matches: readonly UnitMatch[], tUnits: readonly TemplateUnit[]): number {
  const wanted = tUnits.filter((u) => isMandatory(u) && !u.block.bijlage3).length;
  const found = new Set(matches.filter((m) => isMandatory(m.template) && !m.template.block.bijlage3).map((m) => m.template.ordinal));
  return found.size / Math.max(1, wanted);
}

/**
 * Text the alignment left over that is the agreement once more: the left-overs with candidates,
 * aligned again in order, as long as a pass finds enough of the standard. Each pass is linear in
 * the left-overs (times the standard's constant size).
 */
function findCopies(
  tUnits: readonly TemplateUnit[], dUnits: readonly DocumentUnit[], candidates: readonly Map<number, UnitMatch>[], byDocument: readonly (UnitMatch | null)[],
  fillRows: Set<number>, bijlage3: boolean, slotDefinitions: ReadonlyMap<string, SlotDefinition>,
): AgreementCopy[] {
  const copies: AgreementCopy[] = [];
  const taken = new Set<number>();
  for (let pass = 0; pass < MAX_COPIES; pass += 1) {
    const left: number[] = [];
    candidates.forEach((c, ordinal) => {
      if (c.size > 0 && byDocument[ordinal] === null && !fillRows.has(ordinal) && !taken.has(ordinal)) left.push(ordinal);
    });
    if (left.length === 0) break;
    const compact = left.map((ordinal) => candidates[ordinal] as Map<number, UnitMatch>);
    const found = orderedMatches(tUnits.length, 0, compact.length - 1, compact).filter((m) => bijlage3 || !m.template.block.bijlage3);
    if (mandatoryShare(found, tUnits) < COPY_COVERAGE) break;
    // The copy as an alignment of its own: its rewritten units paired, its filled rows known.
    const copyByTemplate: (UnitMatch | null)[] = tUnits.map(() => null);
    const copyByDocument: (UnitMatch | null)[] = dUnits.map(() => null);
    for (const m of found) {
      copyByTemplate[m.template.ordinal] = m;
      copyByDocument[m.document.ordinal] = m;
    }
    pairLeftovers(tUnits, dUnits, copyByTemplate, copyByDocument, bijlage3, slotDefinitions);
    for (const row of findFillRows(dUnits, copyByDocument, [])) fillRows.add(row);
    const matches = copyByTemplate.filter((m): m is UnitMatch => m !== null);
    for (const m of matches) taken.add(m.document.ordinal);
    copies.push({ matches, first: (found[0] as UnitMatch).document.ordinal, last: (found[found.length - 1] as UnitMatch).document.ordinal });
  }
  return copies;
}

/**
 * Between two aligned neighbours, units left over on both sides in equal number are the same
 * provisions rewritten beyond recognition (or fields-only units such as "<Naam organisatie>"):
 * pair them in order, so they are reported as altered at their own clause.
 */
function pairLeftovers(
  tUnits: readonly TemplateUnit[], dUnits: readonly DocumentUnit[],
  byTemplate: (UnitMatch | null)[], byDocument: (UnitMatch | null)[], bijlage3: boolean, slotDefinitions: ReadonlyMap<string, SlotDefinition>,
): void {
  const anchors: [number, number][] = [];
  byTemplate.forEach((m, t) => { if (m) anchors.push([t, m.document.ordinal]); });
  for (let k = 0; k + 1 < anchors.length; k += 1) {
    const [t0, d0] = anchors[k] as [number, number];
    const [t1, d1] = anchors[k + 1] as [number, number];
    const tGap = tUnits.slice(t0 + 1, t1).filter((u) => !u.block.bijlage3 || bijlage3);
    const dGap = dUnits.slice(d0 + 1, d1).filter((u) => u.table === null || dUnits[d0]?.table?.tableOrdinal !== u.table.tableOrdinal);
    const wanted = tGap.filter((u) => isMandatory(u));
    if (wanted.length === 0 || wanted.length !== dGap.length || wanted.length !== tGap.length) continue;
    wanted.forEach((t, i) => {
      const d = dGap[i] as DocumentUnit;
      if ((t.rowIndex === null) !== (d.table === null) || !diffable(t.tokens.length, d.ids.length)) return;
      const diff = diffTokens(t.tokens, d.tokens);
      const match: UnitMatch = { template: t, document: d, diff: shaped(diff, slotDefinitions), similarity: similarityOf(t, diff) };
      byTemplate[t.ordinal] = match;
      byDocument[d.ordinal] = match;
    });
  }
}

/** Paragraphs a cell of a standard table may come as, at most, when the table came as paragraphs. */
const PARAGRAPHS_PER_CELL = 3;
/** Units skipped before a table written as paragraphs starts (an added caption, a stray line). */
const ROW_START_SLACK = 2;

/** A standard table row without its cell separators: where cells came as paragraphs, cell
 * boundaries are layout. */
function withoutSeparators(t: TemplateUnit): TemplateUnit {
  return makeTemplateUnit(t.ordinal, t.block, t.rowIndex, t.tokens.filter((x) => x.kind !== 'fixed' || x.token.norm !== CELL_NORM), t.text);
}

/** One unit of consecutive paragraph units, read as one table row. */
function joinedUnit(parts: readonly DocumentUnit[]): DocumentUnit {
  const first = parts[0] as DocumentUnit;
  const tokens = parts.flatMap((d) => d.tokens);
  return {
    ordinal: first.ordinal, paragraphs: parts.flatMap((d) => d.paragraphs), ids: parts.flatMap((d) => d.ids), tokens, table: null,
    hasRevision: parts.some((d) => d.hasRevision), hasHidden: parts.some((d) => d.hasHidden), commentIds: [...new Set(parts.flatMap((d) => d.commentIds))],
  };
}

export interface ParagraphRow {
  readonly match: UnitMatch;
  /** Ordinal of the last document unit the row took. */
  readonly last: number;
}

/** A table row of the standard matched to one paragraph: a table that came as paragraphs. */
function isWeak(m: UnitMatch): boolean {
  return m.template.rowIndex !== null && m.document.table === null;
}

/**
 * Some producers write a table as paragraphs (Calligra Words' .docx export): a row's cells, in the
 * standard's order, as consecutive paragraphs. A standard row that found no table row takes the run
 * of paragraphs after the previous match whose words fit it best. Linear: a bounded run per row.
 */
function matchTableRowsAsParagraphs(
  tUnits: readonly TemplateUnit[], dUnits: readonly DocumentUnit[],
  byTemplate: (UnitMatch | null)[], byDocument: (UnitMatch | null)[], slotDefinitions: ReadonlyMap<string, SlotDefinition>,
): ParagraphRow[] {
  const rows: ParagraphRow[] = [];
  const ends = new Map<UnitMatch, number>();
  let previousEnd = -1;
  for (const t of tUnits) {
    const current = byTemplate[t.ordinal] ?? null;
    if (t.rowIndex === null || (current !== null && !isWeak(current))) {
      if (current) previousEnd = Math.max(previousEnd, ends.get(current) ?? current.document.ordinal);
      continue;
    }
    const row = t.block.kind === 'table' ? t.block.rows[t.rowIndex] : undefined;
    const limit = Math.max(1, (row?.length ?? 1) * PARAGRAPHS_PER_CELL);
    const variant = withoutSeparators(t);
    let best: { parts: DocumentUnit[]; diff: TokenDiff; similarity: number } | null = null;
    for (let start = previousEnd + 1; start <= previousEnd + 1 + ROW_START_SLACK && start < dUnits.length; start += 1) {
      const parts: DocumentUnit[] = [];
      let length = 0;
      for (let k = start; k < dUnits.length && parts.length < limit; k += 1) {
        const d = dUnits[k] as DocumentUnit;
        const owner = byDocument[k] ?? null;
        if (d.table !== null || (owner !== null && owner !== current && !isWeak(owner))) break;
        parts.push(d);
        length += d.ids.length;
        if (!diffable(variant.tokens.length, length)) break;
        const tokens = parts.flatMap((x) => x.tokens);
        const diff = diffTokens(variant.tokens, tokens);
        const similarity = similarityOf(variant, diff);
        if (similarity >= MATCH_THRESHOLD && similarity > (best?.similarity ?? current?.similarity ?? 0)) best = { parts: [...parts], diff, similarity };
      }
    }
    if (!best) {
      if (current) previousEnd = Math.max(previousEnd, current.document.ordinal);
      continue;
    }
    const match: UnitMatch = { template: t, document: joinedUnit(best.parts), diff: shaped(best.diff, slotDefinitions), similarity: best.similarity };
    if (current) byDocument[current.document.ordinal] = null;
    for (const d of best.parts) {
      const owner = byDocument[d.ordinal];
      if (owner) byTemplate[owner.template.ordinal] = null;
      byDocument[d.ordinal] = match;
    }
    byTemplate[t.ordinal] = match;
    const last = (best.parts[best.parts.length - 1] as DocumentUnit).ordinal;
    ends.set(match, last);
    rows.push({ match, last });
    previousEnd = last;
  }
  return rows;
}

/** Rows after a matched header row of a Bijlage 1 fill-in table, in the same table (or, for a
 * header row that came as paragraphs, the paragraphs up to the next standard text). */
function findFillRows(dUnits: readonly DocumentUnit[], byDocument: readonly (UnitMatch | null)[], paragraphRows: readonly ParagraphRow[]): Set<number> {
  const rows = new Set<number>();
  for (const { match, last } of paragraphRows) {
    if (match.template.block.kind !== 'table' || match.template.block.fillTable === null || match.template.rowIndex !== 0) continue;
    for (let d = last + 1; d < dUnits.length && byDocument[d] === null && (dUnits[d] as DocumentUnit).table === null; d += 1) rows.add(d);
  }
  for (const m of byDocument) {
    if (!m || m.template.block.kind !== 'table' || m.template.block.fillTable === null || m.document.table === null) continue;
    const table = m.document.table;
    for (const d of dUnits) {
      if (d.table && d.table.tableOrdinal === table.tableOrdinal && d.table.rowIndex > table.rowIndex && byDocument[d.ordinal] === null) rows.add(d.ordinal);
    }
  }
  return rows;
}
