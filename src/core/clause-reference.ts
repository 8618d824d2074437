// The provision a piece of text names: "artikel 5.1", "art. 5.1", "Artikel 5.1 lid 2" → art-5.1,
// "GIBIT artikel 16.3" (or an article number only Bijlage 3 has) → gibit-16.3, "Bijlage 2" →
// bijlage-2, "overweging c" → overweging-c. References to the AVG ("artikel 32 AVG") name none.
import type { ClauseId } from '../template/clause-ids';
import { clauseOf, type Standard } from '../template/standard';

// Found in two steps, so that long text is scanned fast: the keywords, then the reference read on
// from a keyword at the start of a word. "GIBIT" before it is looked up behind.
const KEYWORDS = ['art', 'bijlage', 'overweging'] as const;
const REFERENCE = /(?:(?:artikel|art\.?)\s*(\d{1,2})(?:\.(\d{1,2}))?(?!\d)(?:\s*(?:lid\s*\d+|sub\s*\w+))?(\s*(?:van\s+(?:de\s+)?)?(?:U?AVG|GIBIT))?|bijlage\s*([12])\b|overweging\s*([a-d])\b)/iy;
const GIBIT_BEFORE = /gibit[\s-]*(?:20\d\d\s*,?\s*)?$/i;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

function article(std: Standard, gibit: boolean, major: string, minor: string | undefined): ClauseId | null {
  const number = minor === undefined ? null : `${Number(major)}.${Number(minor)}`;
  const candidates = number === null
    ? [`art-${Number(major)}.1`, `gibit-${Number(major)}.1`]
    : gibit ? [`gibit-${number}`] : [`art-${number}`, `gibit-${number}`];
  for (const candidate of candidates) {
    const clause = clauseOf(std, candidate);
    if (clause !== null) return clause;
  }
  return null;
}

/** The first clause of the standard the text names, or null. */
export function clauseNamedIn(text: string, std: Standard): ClauseId | null {
  const lower = text.toLowerCase();
  // Where a keyword starts a word, in text order (indexOf scans long text far faster than a pattern).
  const starts: number[] = [];
  for (const keyword of KEYWORDS) {
    for (let at = lower.indexOf(keyword); at >= 0; at = lower.indexOf(keyword, at + keyword.length)) {
      if (at === 0 || !WORD_CHARACTER.test(lower.charAt(at - 1))) starts.push(at);
    }
  }
  starts.sort((a, b) => a - b);
  for (const start of starts) {
    REFERENCE.lastIndex = start;
    const m = REFERENCE.exec(text);
    if (!m) continue;
    const [, major, minor, after, bijlage, recital] = m;
    const part = bijlage !== undefined ? `bijlage-${bijlage}` : recital !== undefined ? `overweging-${recital.toLowerCase()}` : null;
    if (part !== null) return clauseOf(std, part);
    if (major === undefined) continue;
    const law = after !== undefined && /avg/i.test(after);
    if (law) continue;
    const gibit = GIBIT_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)) || (after !== undefined && /gibit/i.test(after));
    const clause = article(std, gibit, major, minor);
    if (clause) return clause;
  }
  return null;
}
