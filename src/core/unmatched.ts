// The second step of the alignment: for each standard unit the ordered alignment found nowhere in
// its place, what stands for it elsewhere in the document. A left-over unit that resembles it most
// is the provision moved; a short line naming another version is the version line spelled
// otherwise; a left-over with tracked changes whose text before them resembles it is the
// provision deleted as a tracked change; else it is missing. The document units nothing took are
// text the standard does not have. One pass over the left-overs and one over the standard.
import { VERSION_SLOT } from '../template/standard';
import { type DocumentAlignment, similarityOf, type UnitMatch } from './align';
import type { DocumentUnit } from './document-units';
import type { ParagraphSnapshot } from './snapshot';
import { type Token, tokenize } from './text';
import { diffTokens } from './token-diff';
import type { TemplateUnit } from './units';

/** A left-over unit this similar to a standard unit is that unit (moved, or a copy of it). */
export const MOVED_SIMILARITY = 0.6;
/** The text before a unit's tracked changes this similar to a standard unit was that unit. */
const TRACKED_DELETION_SIMILARITY = 0.5;

/** What stands for a standard unit that is not in its place. */
export type Unmatched =
  | { readonly kind: 'moved'; readonly template: TemplateUnit; readonly unit: DocumentUnit; readonly match: UnitMatch }
  | { readonly kind: 'version-line'; readonly template: TemplateUnit; readonly unit: DocumentUnit; readonly label: string }
  | { readonly kind: 'tracked-deletion'; readonly template: TemplateUnit; readonly unit: DocumentUnit }
  | { readonly kind: 'missing'; readonly template: TemplateUnit };

export interface UnmatchedPairing {
  /** By template unit ordinal: the mandatory units of the standard (Bijlage 3 when it is there) without a match. */
  readonly byTemplate: ReadonlyMap<number, Unmatched>;
  /** Document units without a match, not a filled-in row and not taken here, in document order. */
  readonly leftovers: readonly DocumentUnit[];
  /** The match of a document unit, in the agreement or in a further copy of it. */
  readonly matchAt: (ordinal: number) => UnitMatch | null;
}

export function isVersionLine(t: TemplateUnit): boolean {
  return t.tokens.some((x) => x.kind === 'slot' && x.slotId === VERSION_SLOT);
}

/** The standard unit a document unit resembles most, if any. */
export function bestCandidate(candidates: ReadonlyMap<number, UnitMatch> | undefined): UnitMatch | null {
  let best: UnitMatch | null = null;
  for (const m of candidates?.values() ?? []) if (!best || m.similarity > best.similarity) best = m;
  return best;
}

/** Between the first and the last standard unit found. */
export function inRegion(aligned: DocumentAlignment, d: DocumentUnit): boolean {
  return aligned.region !== null && d.ordinal > aligned.region.first && d.ordinal < aligned.region.last;
}

function textBeforeRevisions(paragraphs: readonly ParagraphSnapshot[]): Token[] {
  return paragraphs.flatMap((p) => tokenize(p.segments.filter((s) => s.revision !== 'inserted').map((s) => s.text).join(''), p.index));
}

function similarityOfTokens(t: TemplateUnit, tokens: readonly Token[]): number {
  return similarityOf(t, diffTokens(t.tokens, tokens));
}

/**
 * Pairs the unmatched standard units of an alignment with what stands for them. `otherVersionLine`
 * gives the version a left-over line names when it is the version line spelled otherwise, or null.
 */
export function pairUnmatched(aligned: DocumentAlignment, otherVersionLine: (d: DocumentUnit) => string | null): UnmatchedPairing {
  const inCopy = new Map<number, UnitMatch>();
  for (const copy of aligned.copies) for (const m of copy.matches) inCopy.set(m.document.ordinal, m);
  const matchAt = (ordinal: number): UnitMatch | null => aligned.byDocument[ordinal] ?? inCopy.get(ordinal) ?? null;
  const leftovers = aligned.documentUnits.filter((d) => matchAt(d.ordinal) === null && !aligned.fillRows.has(d.ordinal));
  // Left-over units by the standard unit they resemble most: a provision missing in its place may
  // stand elsewhere (moved), a present one may stand there once more (a copy). One pass.
  const resembling = new Map<number, { unit: DocumentUnit; match: UnitMatch }[]>();
  for (const d of leftovers) {
    const best = bestCandidate(aligned.candidates[d.ordinal]);
    if (!best || best.similarity < MOVED_SIMILARITY) continue;
    const list = resembling.get(best.template.ordinal) ?? [];
    list.push({ unit: d, match: best });
    resembling.set(best.template.ordinal, list);
  }
  const consumed = new Set<number>();
  const byTemplate = new Map<number, Unmatched>();
  const pair = (unmatched: Unmatched): void => {
    byTemplate.set(unmatched.template.ordinal, unmatched);
    if (unmatched.kind !== 'missing') consumed.add(unmatched.unit.ordinal);
  };
  for (const template of aligned.templateUnits) {
    if ((template.block.bijlage3 && !aligned.bijlage3) || aligned.byTemplate[template.ordinal] || template.block.omission.kind !== 'mandatory') continue;
    const moved = resembling.get(template.ordinal)?.find((r) => !consumed.has(r.unit.ordinal));
    if (moved) {
      pair({ kind: 'moved', template, unit: moved.unit, match: moved.match });
      continue;
    }
    const line = isVersionLine(template) ? leftovers.find((d) => !consumed.has(d.ordinal) && otherVersionLine(d) !== null) : undefined;
    if (line) {
      pair({ kind: 'version-line', template, unit: line, label: otherVersionLine(line) as string });
      continue;
    }
    const deleted = leftovers.find((d) => !consumed.has(d.ordinal) && d.hasRevision && inRegion(aligned, d)
      && similarityOfTokens(template, textBeforeRevisions(d.paragraphs)) >= TRACKED_DELETION_SIMILARITY);
    pair(deleted ? { kind: 'tracked-deletion', template, unit: deleted } : { kind: 'missing', template });
  }
  return { byTemplate, leftovers: leftovers.filter((d) => !consumed.has(d.ordinal)), matchAt };
}
