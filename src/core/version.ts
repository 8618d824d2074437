// Version labels of the standard are written inconsistently ("2.3-3", "2.42", "2.53", "2.5.3"):
// the digits are what counts, one per level.
export function normaliseVersion(label: string): string | null {
  const digits = label.replace(/[^0-9]/g, '');
  if (digits.length < 2 || digits.length > 4) return null;
  return digits.split('').join('.');
}
