// How many fields of the agreement a document has and how many of them hold a value: one count for
// the pane, the command line's check report and scan. A field counts once however often it occurs
// (the supplier's name stands in several places), and only where the document has it.
import type { Language } from './language';

export interface FieldOccurrence {
  readonly slotId: string;
  readonly filled: boolean;
}

export interface FieldCount {
  /** Fields of the standard that occur in this document. */
  readonly total: number;
  /** Of those, the fields with a value in at least one of their places. */
  readonly filled: number;
}

export function countFields(occurrences: Iterable<FieldOccurrence>): FieldCount {
  const filled = new Map<string, boolean>();
  for (const o of occurrences) filled.set(o.slotId, (filled.get(o.slotId) ?? false) || o.filled);
  return { total: filled.size, filled: [...filled.values()].filter(Boolean).length };
}

/**
 * The count in words, the same wherever it is shown: how many of the document's fields are filled
 * in ('filled'), or still open ('open').
 */
export function fieldCountText(count: FieldCount, say: 'filled' | 'open', language: Language = 'nl'): string {
  const { total } = count;
  const n = say === 'filled' ? count.filled : total - count.filled;
  if (language === 'en') {
    const of = `${n} of the ${total} ${total === 1 ? 'field' : 'fields'} in this document`;
    return say === 'filled' ? `${of} filled in` : `${of} ${n === 1 ? 'is' : 'are'} not filled in yet`;
  }
  const of = total === 1 ? `${n} van het ene invulveld in dit document` : `${n} van de ${total} invulvelden in dit document`;
  return say === 'filled' ? `${of} ingevuld` : `${of} ${n === 1 ? 'is' : 'zijn'} nog niet ingevuld`;
}
