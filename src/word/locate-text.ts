/// <reference types="office-js" />
// Turns "characters [start, end) of paragraph n" into a Word.Range without an extra sync: the
// search proxies are chained and resolved by Word in the same batch as the edit that uses them.
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
