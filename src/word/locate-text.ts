/// <reference types="office-js" />
// Turns "characters [start, end) of paragraph n" into a Word.Range without an extra sync: the
// search proxies are chained and resolved by Word in the same batch as the edit that uses them.
import { cleanText, markFreePieces, rawSpan } from './control-marks';
import { escapeForSearch, LITERAL_SEARCH, matchNumberAt, searchablePrefix, searchableSuffix } from './search-text';

export class UnaddressableTextError extends Error {
  constructor(readonly text: string) {
    super(`Tekst niet eenduidig terug te vinden: ${text}`);
    this.name = 'UnaddressableTextError';
  }
}

/** The n-th (0-based) literal match of `needle` from the start of `scope` to the paragraph's end. */
function nthMatch(scope: Word.Range, paragraphEnd: Word.Range, needle: string, n: number): Word.Range {
  const search = escapeForSearch(needle);
  let match = scope.search(search, LITERAL_SEARCH).getFirst(); // WordApi 1.1 / 1.3
  for (let k = 0; k < n; k++) {
    // Continue after the previous match, like Word's own "find next" (non-overlapping).
    match = match.getRange('End').expandTo(paragraphEnd).search(search, LITERAL_SEARCH).getFirst(); // WordApi 1.3
  }
  return match;
}

/**
 * The range of paragraphText[start, end) inside `paragraph`. Throws UnaddressableTextError (before
 * anything is queued) when Word's search cannot land exactly there.
 */
export function rangeOf(paragraph: Word.Paragraph, paragraphText: string, start: number, end: number): Word.Range {
  const text = paragraphText.slice(start, end);
  const paragraphEnd = paragraph.getRange('End'); // WordApi 1.3
  const prefix = searchablePrefix(text);
  const n = matchNumberAt(paragraphText, prefix, start);
  if (n === null) throw new UnaddressableTextError(text);
  if (prefix.length === text.length) return nthMatch(paragraph.getRange('Whole'), paragraphEnd, prefix, n);

  // Longer than Word can search: find the start by a prefix, the end by a suffix, and span both.
  const suffix = searchableSuffix(text);
  const suffixStart = end - suffix.length;
  const m = matchNumberAt(paragraphText.slice(start), suffix, suffixStart - start);
  if (m === null) throw new UnaddressableTextError(text);
  const head = nthMatch(paragraph.getRange('Whole'), paragraphEnd, prefix, n);
  const tail = nthMatch(head.expandTo(paragraphEnd), paragraphEnd, suffix, m);
  return head.expandTo(tail); // WordApi 1.3
}

/**
 * The range of characters [start, end) of the text a reader sees (Word's control marks left out,
 * see control-marks.ts) in a paragraph whose Word text is `rawText`. Marks inside the stretch stay
 * inside the range: it runs from the first piece without marks to the last.
 */
export function readableRangeOf(paragraph: Word.Paragraph, rawText: string, start: number, end: number): Word.Range {
  const span = rawSpan(cleanText(rawText), start, end);
  const pieces = markFreePieces(rawText, span.start, span.end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) throw new UnaddressableTextError(rawText.slice(span.start, span.end));
  const head = rangeOf(paragraph, rawText, first.start, first.end);
  return first === last ? head : head.expandTo(rangeOf(paragraph, rawText, last.start, last.end)); // WordApi 1.3
}

/**
 * The range that characters [start, end) of a paragraph's readable text become: for an insertion,
 * the empty range after the character before. Throws UnaddressableTextError before anything is queued.
 */
export function targetRange(paragraph: Word.Paragraph, rawText: string, start: number, end: number): () => Word.Range {
  if (start === end) {
    const before = start === 0 ? null : readableRangeOf(paragraph, rawText, start - 1, start);
    return () => (before ? before.getRange('End') : paragraph.getRange('Start'));
  }
  const range = readableRangeOf(paragraph, rawText, start, end);
  return () => range;
}
