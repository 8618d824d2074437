// Version labels of the standard are written inconsistently ("2.3-3", "2.42", "2.53", "2.5.3"):
// the digits are what counts, one per level. A finding prints the label as the document writes it.
import type { Standard } from '../template/standard';
import { blockParagraphs, type DocumentSnapshot, visibleText } from './snapshot';

export function normaliseVersion(label: string): string | null {
  const digits = label.replace(/[^0-9]/g, '');
  if (digits.length < 2 || digits.length > 4) return null;
  return digits.split('').join('.');
}

const VERSION_IN_LINE = /\bversie\s+(\d+(?:\s?[.-]\s?\d+)*)/i;

/** The version label a line names ("… versie 2.42 (…)", "Versie 2.3-3"), as written, or null. */
export function versionLabelIn(text: string): string | null {
  const label = VERSION_IN_LINE.exec(text)?.[1];
  return label !== undefined && normaliseVersion(label) !== null ? label.replace(/\s+/g, '') : null;
}

/** Whether two labels name the same version ("2.53" and "2.5.3"). */
export function sameVersion(a: string, b: string): boolean {
  const na = normaliseVersion(a);
  return na !== null && na === normaliseVersion(b);
}

/** A version line is short: a provision that mentions a version is no version line. */
const VERSION_LINE_MAX_CHARACTERS = 200;

/** The version the document's version line names, as written ("2.42"), or null: read before any alignment. */
export function claimedVersion(snapshot: DocumentSnapshot): string | null {
  for (const p of blockParagraphs(snapshot.blocks)) {
    const text = visibleText(p);
    if (text.length > VERSION_LINE_MAX_CHARACTERS || !/verwerkersovereenkomst/i.test(text)) continue;
    const label = versionLabelIn(text);
    if (label !== null) return label;
  }
  return null;
}

/** The standard of this version among `standards`, in any spelling ("2.53" for 2.5.3), or null. */
export function standardNamed(label: string, standards: readonly Standard[]): Standard | null {
  return standards.find((s) => sameVersion(s.version, label)) ?? null;
}

/**
 * The standard to read a document against: the version the document claims when it is among
 * `standards` (the registered ones, oldest first), else the newest (a check then says which it used).
 */
export function standardFor(snapshot: DocumentSnapshot, standards: readonly Standard[]): Standard | null {
  const claimed = claimedVersion(snapshot);
  return (claimed === null ? null : standardNamed(claimed, standards)) ?? standards[standards.length - 1] ?? null;
}
