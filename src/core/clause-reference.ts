// The provision a piece of text names: "artikel 5.1", "art. 5.1", "Artikel 5.1 lid 2" → art-5.1,
// "GIBIT artikel 16.3" (or an article number only Bijlage 3 has) → gibit-16.3, "Bijlage 2" →
// bijlage-2, "overweging c" → overweging-c. References to the AVG ("artikel 32 AVG") name none.
import { type ClauseId, isClauseId } from '../template/clause-ids';

const REFERENCE = /\b(gibit[\s-]*(?:20\d\d\s*,?\s*)?)?(?:artikel|art\.?)\s*(\d{1,2})(?:\.(\d{1,2}))?(?!\d)(?:\s*(?:lid\s*\d+|sub\s*\w+))?(\s*(?:van\s+(?:de\s+)?)?(?:U?AVG|GIBIT|Gibit))?|\bbijlage\s*([12])\b|\boverweging\s*([a-d])\b/gi;

function article(gibit: boolean, major: string, minor: string | undefined): ClauseId | null {
  const number = minor === undefined ? null : `${Number(major)}.${Number(minor)}`;
  const candidates = number === null
    ? [`art-${Number(major)}.1`, `gibit-${Number(major)}.1`]
    : gibit ? [`gibit-${number}`] : [`art-${number}`, `gibit-${number}`];
  return candidates.find(isClauseId) ?? null;
}

/** The first clause of the standard the text names, or null. */
export function clauseNamedIn(text: string): ClauseId | null {
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m; m = REFERENCE.exec(text)) {
    const [, gibitBefore, major, minor, after, bijlage, recital] = m;
    if (bijlage !== undefined) return `bijlage-${bijlage}` as ClauseId;
    if (recital !== undefined) return `overweging-${recital.toLowerCase()}` as ClauseId;
    if (major === undefined) continue;
    const law = after !== undefined && /avg/i.test(after);
    if (law) continue;
    const clause = article(gibitBefore !== undefined || (after !== undefined && /gibit/i.test(after)), major, minor);
    if (clause) return clause;
  }
  return null;
}
