// Version labels of the standard are written inconsistently ("2.3-3", "2.42", "2.53", "2.5.3"):
// the digits are what counts, one per level. A finding prints the label as the document writes it.
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
