// The text that puts a paragraph back to the standard: the standard's words with the document's own
// filled-in values, and without a number or list marker that the document's numbering prints.
import type { UnitMatch } from './align';
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

/** Text to restore the paragraph of a match with, or '' when a paragraph cannot be restored alone. */
export function restoreText(match: UnitMatch): string {
  const { template, document } = match;
  const paragraph = document.paragraphs[0];
  if (template.block.kind === 'table' || document.table !== null || document.paragraphs.length !== 1 || !paragraph) return '';
  const values: string[] = [];
  for (const op of match.diff.ops) {
    if (op.kind !== 'slot') continue;
    const first = op.actual[0];
    const last = op.actual[op.actual.length - 1];
    values.push(first && last && first.source === last.source ? first.source.slice(first.start, last.end) : op.slot.placeholder);
  }
  let slot = 0;
  const text = template.block.paragraph.pieces
    .map((piece) => (piece.kind === 'text' ? piece.text : (values[slot++] ?? piece.placeholder)))
    .join('');
  const typesItsNumber = leadingNumberLength(tokenize(presentText(paragraph), paragraph.index)) > 0;
  let restored = text;
  if (!typesItsNumber && paragraph.listLabel.trim() !== '') {
    // The document's numbering prints the number: typing it again would print it twice.
    const tokens = tokenize(text, -2);
    const cut = tokens[leadingNumberLength(tokens)];
    restored = cut ? text.slice(cut.start) : text;
  }
  // Text that is the standard already differs only in what the numbering prints: no text restores that.
  return restored === visibleText(paragraph) ? '' : restored;
}
