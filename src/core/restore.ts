// How a finding is undone, as a value the check gives it: the text that puts a paragraph back to the
// standard (the standard's words with the document's own filled-in values, and without a number or
// list marker that the document's numbering prints), or the unit to delete or reject.
import type { UnitMatch } from './align';
import type { DocumentUnit } from './document-units';
import type { Restore } from './findings';
import { presentText, visibleText } from './snapshot';
import { listMarkerLength, type Token, tokenize } from './text';

/** Tokens at the start that print a list marker or a provision number ("a)", "5.1"). */
function leadingNumberLength(tokens: readonly Token[]): number {
  const marker = listMarkerLength(tokens);
  if (marker > 0) return marker;
  let n = 0;
  while (/^\d+$/.test(tokens[n]?.norm ?? '') && tokens[n + 1]?.norm === '.' && /^\d+$/.test(tokens[n + 2]?.norm ?? '')
    && tokens[n + 1]?.start === tokens[n]?.end && tokens[n + 2]?.start === tokens[n + 1]?.end) n += 2;
  return n > 0 ? n + 1 : 0;
}

/**
 * Where a text starts after the number a list label of this shape prints ("Artikel 3", "2.3"): the
 * label's words, with any numbers for its numbers; null when the text does not start like that.
 */
export function afterLabel(text: string, label: string): number | null {
  const wanted = tokenize(label.trim().replace(/\.$/, ''), -1);
  const tokens = tokenize(text, -2);
  if (wanted.length === 0 || !/\d/.test(label) || tokens.length <= wanted.length) return null;
  for (let i = 0; i < wanted.length; i += 1) {
    const [a, b] = [wanted[i]?.norm ?? '', tokens[i]?.norm ?? ''];
    if (!(a === b || (/^\d+$/.test(a) && /^\d+$/.test(b)))) return null;
  }
  const next = tokens[wanted.length];
  // "Artikel 16." prints its full stop as part of the number.
  const stop = next?.norm === '.' && next.start === tokens[wanted.length - 1]?.end ? tokens[wanted.length + 1] : next;
  return stop?.start ?? null;
}

/** The standard's text of a paragraph unit with the values the document filled in, or '' for a table. */
export function textWithValues(match: Pick<UnitMatch, 'template' | 'diff'>): string {
  const { template } = match;
  if (template.block.kind === 'table') return '';
  // By field, in order: a field whose words were read as altered standard text (municipal-forms.ts)
  // has no value and gets the standard's own words.
  const values = new Map<string, string[]>();
  for (const op of match.diff.ops) {
    if (op.kind !== 'slot') continue;
    const first = op.actual[0];
    const last = op.actual[op.actual.length - 1];
    const list = values.get(op.slot.slotId) ?? [];
    list.push(first && last && first.source === last.source ? first.source.slice(first.start, last.end) : op.slot.placeholder);
    values.set(op.slot.slotId, list);
  }
  return template.block.paragraph.pieces
    .map((piece) => (piece.kind === 'text' ? piece.text : (values.get(piece.slotId)?.shift() ?? piece.placeholder)))
    .join('');
}

/** Text to restore the paragraph of a match with, or '' when a paragraph cannot be restored alone. */
function restoreText(match: UnitMatch): string {
  const { template, document } = match;
  const paragraph = document.paragraphs[0];
  if (template.block.kind === 'table' || document.table !== null || document.paragraphs.length !== 1 || !paragraph) return '';
  const text = textWithValues(match);
  const present = presentText(paragraph);
  const typesItsNumber = leadingNumberLength(tokenize(present, paragraph.index)) > 0 || afterLabel(present, paragraph.listLabel) !== null;
  let restored = text;
  if (!typesItsNumber && paragraph.listLabel.trim() !== '') {
    // The document's numbering prints the number: typing it again would print it twice.
    const tokens = tokenize(text, -2);
    const cut = afterLabel(text, paragraph.listLabel) ?? tokens[leadingNumberLength(tokens)]?.start;
    restored = cut !== undefined ? text.slice(cut) : text;
  }
  // Text that is the standard already differs only in what the numbering prints: no text restores that.
  return restored === visibleText(paragraph) ? '' : restored;
}

/** The restore of a matched paragraph's text, or null when it cannot be restored alone (a table, or the numbering only). */
export function textRestore(match: UnitMatch, scope: 'words' | 'paragraph'): Restore | null {
  const paragraphIndex = match.document.paragraphs[0]?.index;
  const text = restoreText(match);
  return paragraphIndex === undefined || text === '' ? null : { kind: 'text', paragraphIndex, text, scope };
}

/** The restore that deletes a unit of the document, or rejects the tracked changes in it. */
export function unitRestore(kind: 'delete' | 'reject', unit: DocumentUnit): Restore | null {
  const paragraphIndex = unit.paragraphs[0]?.index;
  return paragraphIndex === undefined ? null : { kind, paragraphIndex };
}
