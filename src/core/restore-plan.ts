// What "herstellen" does for each kind of finding, as a plan of tracked edits: altered or hidden
// text gets the standard's words back, a missing provision is put in at its place in the standard
// (after the provision before it, or before the one after it), a moved one is taken from where it
// stands and put there, inserted text is deleted and a supplier's tracked change rejected. The
// place comes from the alignment; the adapters only carry the plan out.
import { clauseTitle } from '../template/clause-ids';
import type { Standard } from '../template/standard';
import { alignUnits, type DocumentAlignment } from './align';
import type { Finding } from './findings';
import { blocksOfStandard } from './generate';
import type { Edit, EditPlan, NewBlock, NewParagraph } from './plan';
import { afterLabel, textWithValues } from './restore';
import { type DocumentSnapshot, type ParagraphSnapshot, visibleText } from './snapshot';
import { diffTokens } from './token-diff';
import type { DocumentUnit, TemplateUnit } from './units';

/** How a finding is undone; null: it is not (a comment, a version, a table row). */
export type RestoreKind = 'text' | 'insert' | 'move-back' | 'delete' | 'reject';

/** What restoring a finding would do, judged on the finding alone (for the pane's button). */
export function restoreKindOf(finding: Finding): RestoreKind | null {
  if (finding.severity !== 'error' || finding.story !== 'body') return null;
  switch (finding.kind) {
    case 'altered':
    case 'hidden':
      return finding.paragraphIndex !== null && finding.standardText !== '' ? 'text' : null;
    case 'missing':
      return finding.clause !== null ? 'insert' : null;
    case 'moved':
      return finding.paragraphIndex !== null ? 'move-back' : null;
    case 'inserted':
      return finding.paragraphIndex !== null ? 'delete' : null;
    case 'tracked-change':
      return finding.paragraphIndex !== null ? 'reject' : null;
    default:
      return null;
  }
}

const SUMMARY: Record<RestoreKind, string> = {
  text: 'standaardtekst hersteld',
  insert: 'ontbrekende standaardtekst op zijn plaats teruggezet',
  'move-back': 'standaardtekst teruggezet op zijn plaats in de standaard',
  delete: 'ingevoegde tekst verwijderd',
  reject: 'bijgehouden wijziging van de leverancier geweigerd',
};

function isWanted(unit: TemplateUnit, aligned: DocumentAlignment): boolean {
  return unit.block.omission.kind === 'mandatory' && (!unit.block.bijlage3 || aligned.bijlage3);
}

/** The standard's unit the finding names that the document does not have where it belongs. */
function unmatchedUnit(finding: Finding, aligned: DocumentAlignment): TemplateUnit | null {
  return aligned.templateUnits.find((t) => aligned.byTemplate[t.ordinal] === null && t.block.clause === finding.clause
    && t.text === finding.expected && isWanted(t, aligned)) ?? null;
}

/** The unit the finding points at in the document (its first paragraph is the finding's). */
function documentUnitAt(finding: Finding, aligned: DocumentAlignment): DocumentUnit | null {
  return aligned.documentUnits.find((d) => d.paragraphs[0]?.index === finding.paragraphIndex) ?? null;
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

function editsOf(kind: RestoreKind, finding: Finding, alignment: () => DocumentAlignment, author: string): Edit[] | null {
  const tracked = { author };
  if (kind === 'text') {
    if (finding.paragraphIndex === null) return null;
    // Word by word, except text that is there but hidden: that must go as a whole.
    return [{ op: 'restore-paragraph', paragraphIndex: finding.paragraphIndex, text: finding.standardText, tracked: true, scope: finding.kind === 'hidden' ? 'paragraph' : 'words', author }];
  }
  // Only the kinds that move text need to know where the standard's units stand.
  const aligned = alignment();
  if (kind === 'insert') {
    const unit = unmatchedUnit(finding, aligned);
    if (!unit) return null;
    const [first, last] = missingRun(unit, aligned);
    const units = aligned.templateUnits.slice(first, last + 1);
    const plain = blocksOfUnits(units);
    const blocks = plain && joiningLists(plain, units, aligned, first, last);
    const after = placeOf(first, last, aligned);
    return blocks && after !== null ? [{ op: 'insert-blocks', after, blocks, tracked }] : null;
  }
  const unit = documentUnitAt(finding, aligned);
  if (!unit || unit.table !== null) return null;
  const paragraphs = unit.paragraphs.map((p) => p.index);
  if (kind === 'reject') return paragraphs.map((paragraphIndex) => ({ op: 'reject-revisions', paragraphIndex }));
  const deletions: Edit[] = paragraphs.map((paragraphIndex) => ({ op: 'delete-paragraph', paragraphIndex, tracked }));
  if (kind === 'delete') return deletions;
  const template = unmatchedUnit(finding, aligned);
  if (!template) return null;
  const blocks = movedBlock(template, unit);
  const after = placeOf(template.ordinal, template.ordinal, aligned);
  return blocks && after !== null ? [...deletions, { op: 'insert-blocks', after, blocks, tracked }] : null;
}

/**
 * The plan that restores the standard for one finding of a check of this snapshot, as tracked
 * changes signed by `author`; null when the finding has no such remedy.
 */
export function restorePlanFor(finding: Finding, snapshot: DocumentSnapshot, author: string, std: Standard): EditPlan | null {
  const kind = restoreKindOf(finding);
  if (kind === null) return null;
  const edits = editsOf(kind, finding, () => alignUnits(snapshot, std), author);
  if (edits === null || edits.length === 0) return null;
  const title = finding.clause === null ? 'De tekst' : clauseTitle(finding.clause);
  return { edits, summary: [`${title}: ${SUMMARY[kind]} (als bijgehouden wijziging).`] };
}
