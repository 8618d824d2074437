// What "herstellen" does for each kind of finding, as a plan of tracked edits: altered or hidden
// text gets the standard's words back, a missing provision is put in at its place in the standard
// (after the provision before it, or before the one after it), a moved one is taken from where it
// stands and put there, inserted text is deleted and a supplier's tracked change rejected: what the
// check put in the finding's `restore`. The place comes from the alignment; the adapters only carry
// the plan out.
import type { Standard } from '../template/standard';
import { type DocumentAlignment, matchUnits } from './align';
import type { Finding, Restore } from './findings';
import { blocksOfStandard } from './generate';
import type { Edit, EditPlan, NewBlock, NewParagraph } from './plan';
import { afterLabel, textWithValues } from './restore';
import { type DocumentSnapshot, type ParagraphSnapshot, visibleText } from './snapshot';
import { storyOfParagraph } from './story-label';
import { standardIndex } from './template-index';
import { diffTokens } from './token-diff';
import { documentUnits, type DocumentUnit } from './document-units';
import type { TemplateUnit } from './units';

function isWanted(unit: TemplateUnit, aligned: DocumentAlignment): boolean {
  return unit.block.omission.kind === 'mandatory' && (!unit.block.bijlage3 || aligned.bijlage3);
}

/** The standard's unit the restore names that the document does not have where it belongs. */
function unmatchedUnit(restore: Extract<Restore, { kind: 'insert' | 'move-back' }>, aligned: DocumentAlignment): TemplateUnit | null {
  return aligned.templateUnits.find((t) => aligned.byTemplate[t.ordinal] === null && t.block.clause === restore.clause
    && t.text === restore.unit && isWanted(t, aligned)) ?? null;
}

/** The unit among these whose first paragraph is this one. */
function documentUnitAt(paragraphIndex: number, units: readonly DocumentUnit[]): DocumentUnit | null {
  return units.find((d) => d.paragraphs[0]?.index === paragraphIndex) ?? null;
}

/** The paragraphs of the unit and, for inserted text that runs on (Finding.lastParagraphIndex), of the units after it up to that one. */
function spannedParagraphs(unit: DocumentUnit, last: number | undefined, units: readonly DocumentUnit[]): number[] {
  const paragraphs = unit.paragraphs.map((p) => p.index);
  if (last === undefined) return paragraphs;
  for (let o = unit.ordinal + 1; (paragraphs[paragraphs.length - 1] ?? last) < last; o += 1) {
    const next = units[o];
    if (!next) break;
    paragraphs.push(...next.paragraphs.map((p) => p.index));
  }
  return paragraphs;
}

/**
 * Where the standard's units [first, last] go: after the document's paragraph that ends the
 * nearest unit before them that it has, else before the nearest one after them.
 */
function placeOf(first: number, last: number, aligned: DocumentAlignment): number | null {
  for (let t = first - 1; t >= 0; t -= 1) {
    const paragraphs = aligned.byTemplate[t]?.document.paragraphs;
    const end = paragraphs?.[paragraphs.length - 1];
    if (end) return end.index;
  }
  for (let t = last + 1; t < aligned.templateUnits.length; t += 1) {
    const start = aligned.byTemplate[t]?.document.paragraphs[0];
    if (start) return start.index - 1;
  }
  return null;
}

/** The provision's stretch of missing units around one of them: a whole provision comes back at once. */
function missingRun(unit: TemplateUnit, aligned: DocumentAlignment): [number, number] {
  const belongs = (t: TemplateUnit | undefined): boolean => t !== undefined && t.block.clause === unit.block.clause
    && aligned.byTemplate[t.ordinal] === null && isWanted(t, aligned);
  let first = unit.ordinal;
  let last = unit.ordinal;
  while (belongs(aligned.templateUnits[first - 1])) first -= 1;
  while (belongs(aligned.templateUnits[last + 1])) last += 1;
  return [first, last];
}

function withoutFirst(runs: NewParagraph['runs'], count: number): NewParagraph['runs'] {
  let rest = count;
  const out: NewParagraph['runs'][number][] = [];
  for (const run of runs) {
    const cut = Math.min(rest, run.text.length);
    rest -= cut;
    const text = out.length === 0 ? run.text.slice(cut).trimStart() : run.text.slice(cut);
    if (text !== '') out.push({ ...run, text });
  }
  return out;
}

/** The nearest paragraph of the same kind among these matches whose number the list prints. */
function nearestNumbered(matches: readonly (DocumentAlignment['byTemplate'][number])[], kind: TemplateUnit['block']['kind']): ParagraphSnapshot | null {
  for (const match of matches) {
    const p = match?.document.paragraphs[0];
    if (!match || !p || match.document.table !== null || match.template.block.kind !== kind) continue;
    return p.listLabel.trim() !== '' && afterLabel(visibleText(p), p.listLabel) === null ? p : null;
  }
  return null;
}

/** "2.3" → "2.", "Artikel 4" → "Artikel ": the part of a number its list shares with its siblings. */
const parentOf = (number: string): string => number.trim().replace(/\.$/, '').replace(/\d+$/, '');

/**
 * A neighbour whose number the document's list prints, not its text: the model for a new one.
 * The one before, unless only the one after is a sibling ("2.1" for a missing "2.2" and not "1.3").
 */
function numberedNeighbour(unit: TemplateUnit, aligned: DocumentAlignment, first: number, last: number): ParagraphSnapshot | null {
  const kind = unit.block.kind;
  const before = nearestNumbered(aligned.byTemplate.slice(0, first).reverse(), kind);
  const after = nearestNumbered(aligned.byTemplate.slice(last + 1), kind);
  const own = /^\S+(?:\s+\d+(?:\.\d+)*)?/.exec(unit.text)?.[0] ?? '';
  const sibling = (p: ParagraphSnapshot | null): boolean => p !== null && parentOf(p.listLabel) === parentOf(own);
  if (sibling(before) || !sibling(after)) return before ?? after;
  return after;
}

/** Blocks that join the document's automatic numbering where their neighbours do. */
function joiningLists(blocks: NewBlock[], units: readonly TemplateUnit[], aligned: DocumentAlignment, first: number, last: number): NewBlock[] {
  const byBlock = new Map(units.map((u) => [u.block, u]));
  const templateBlocks = [...byBlock.keys()].filter((b) => b.omission.kind !== 'instruction');
  return blocks.map((block, i) => {
    const unit = templateBlocks[i] && byBlock.get(templateBlocks[i]);
    if (block.role === 'table' || !unit) return block;
    const model = numberedNeighbour(unit, aligned, first, last);
    const text = block.runs.map((r) => r.text).join('');
    const cut = model ? afterLabel(text, model.listLabel) : null;
    return model && cut !== null ? { ...block, joinList: { paragraphIndex: model.index, runs: withoutFirst(block.runs, cut) } } : block;
  });
}

function blocksOfUnits(units: readonly TemplateUnit[]): NewBlock[] | null {
  // A table row cannot be put back on its own.
  if (units.some((u) => u.rowIndex !== null)) return null;
  return blocksOfStandard([...new Set(units.map((u) => u.block))]);
}

/** The standard's paragraph with the values the moved text holds. */
function movedBlock(unit: TemplateUnit, moved: DocumentUnit): NewBlock[] | null {
  const blocks = blocksOfUnits([unit]);
  const block = blocks?.[0];
  if (!block || block.role === 'table' || unit.slotCount === 0) return blocks;
  const text = textWithValues({ template: unit, diff: diffTokens(unit.tokens, moved.tokens) });
  return [{ ...block, runs: [{ text, bold: block.runs.every((r) => r.bold), italic: block.runs.every((r) => r.italic) }] }];
}

function editsOf(restore: Restore, last: number | undefined, alignment: () => DocumentAlignment, author: string): Edit[] | null {
  const tracked = { author };
  if (restore.kind === 'text') {
    return [{ op: 'restore-paragraph', paragraphIndex: restore.paragraphIndex, text: restore.text, tracked: true, scope: restore.scope, author }];
  }
  // Only the kinds that move text need to know where the standard's units stand.
  const aligned = alignment();
  if (restore.kind === 'insert') {
    const unit = unmatchedUnit(restore, aligned);
    if (!unit) return null;
    const [first, last] = missingRun(unit, aligned);
    const units = aligned.templateUnits.slice(first, last + 1);
    const plain = blocksOfUnits(units);
    const blocks = plain && joiningLists(plain, units, aligned, first, last);
    const after = placeOf(first, last, aligned);
    return blocks && after !== null ? [{ op: 'insert-blocks', after, blocks, tracked }] : null;
  }
  const unit = documentUnitAt(restore.paragraphIndex, aligned.documentUnits);
  if (!unit || unit.table !== null) return null;
  const paragraphs = spannedParagraphs(unit, last, aligned.documentUnits);
  if (restore.kind === 'reject') return paragraphs.map((paragraphIndex) => ({ op: 'reject-revisions', paragraphIndex }));
  const deletions: Edit[] = paragraphs.map((paragraphIndex) => ({ op: 'delete-paragraph', paragraphIndex, tracked }));
  if (restore.kind === 'delete') return deletions;
  const template = unmatchedUnit(restore, aligned);
  if (!template) return null;
  const blocks = movedBlock(template, unit);
  const after = placeOf(template.ordinal, template.ordinal, aligned);
  return blocks && after !== null ? [...deletions, { op: 'insert-blocks', after, blocks, tracked }] : null;
}

/** Inserted text in a header, a footer, a note or a text box: its paragraphs deleted there. */
function storyDeletions(restore: Restore, last: number | undefined, snapshot: DocumentSnapshot, author: string, std: Standard): Edit[] | null {
  if (restore.kind !== 'delete') return null;
  const story = storyOfParagraph(snapshot, restore.paragraphIndex);
  if (!story) return null;
  const units = documentUnits(story.blocks, standardIndex(std));
  const unit = documentUnitAt(restore.paragraphIndex, units);
  if (!unit || unit.table !== null) return null;
  return spannedParagraphs(unit, last, units).map((paragraphIndex) => ({ op: 'delete-paragraph', paragraphIndex, tracked: { author } }));
}

/**
 * The plan that restores the standard for one finding of a check of this snapshot, as tracked
 * changes signed by `author`; null when the finding has no such remedy.
 */
export function restorePlanFor(finding: Finding, snapshot: DocumentSnapshot, author: string, std: Standard): EditPlan | null {
  const { restore } = finding;
  if (restore === null) return null;
  const edits = finding.story === 'body'
    ? editsOf(restore, finding.lastParagraphIndex, () => matchUnits(snapshot, std), author)
    : storyDeletions(restore, finding.lastParagraphIndex, snapshot, author, std);
  if (edits === null || edits.length === 0) return null;
  return { edits, summary: [{ code: 'restored', clause: finding.clause, kind: restore.kind }] };
}
