// Word's search rules, as pure functions, so the adapter can address text it only knows by offset.
// Word.Range/Paragraph.search (WordApi 1.1): at most 255 characters of search text, escape codes
// count toward that limit, '^' starts a special code, and '<' '>' are literal while
// matchWildcards is false. Matches are found left to right without overlap.

export const SEARCH_LIMIT = 255;

/** Search options for an exact, literal match. */
export const LITERAL_SEARCH = {
  matchCase: true,
  matchWildcards: false,
  matchWholeWord: false,
  matchPrefix: false,
  matchSuffix: false,
  ignorePunct: false,
  ignoreSpace: false,
} as const;

function escapeChar(ch: string): string {
  if (ch === '^') return '^^';
  if (ch === '\t') return '^t';
  // A manual line break is U+000B in Word's text; the snapshot shows it as '\n'.
  if (ch === '\n' || ch === '\u000b') return '^l';
  return ch;
}

/** The search string Word needs to find `raw` literally. */
export function escapeForSearch(raw: string): string {
  let out = '';
  for (const ch of raw) out += escapeChar(ch);
  return out;
}

/** The longest prefix of `raw` whose escaped form fits the search limit. */
export function searchablePrefix(raw: string): string {
  let length = 0;
  let taken = 0;
  for (const ch of raw) {
    const escaped = escapeChar(ch).length;
    if (length + escaped > SEARCH_LIMIT) break;
    length += escaped;
    taken += ch.length;
  }
  return raw.slice(0, taken);
}

/** The longest suffix of `raw` whose escaped form fits the search limit. */
export function searchableSuffix(raw: string): string {
  const chars = [...raw];
  let length = 0;
  let first = chars.length;
  while (first > 0) {
    const escaped = escapeChar(chars[first - 1] ?? '').length;
    if (length + escaped > SEARCH_LIMIT) break;
    length += escaped;
    first -= 1;
  }
  return chars.slice(first).join('');
}

/**
 * Which match (0-based) Word's left-to-right, non-overlapping search of `needle` in `haystack`
 * lands exactly at `position`, or null when no match starts there (an earlier overlapping match
 * swallowed it, or the text is not there).
 */
export function matchNumberAt(haystack: string, needle: string, position: number): number | null {
  if (needle.length === 0) return null;
  let count = 0;
  let from = 0;
  for (;;) {
    const found = haystack.indexOf(needle, from);
    if (found < 0 || found > position) return null;
    if (found === position) return count;
    count += 1;
    from = found + needle.length;
  }
}
