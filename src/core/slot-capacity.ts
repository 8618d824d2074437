// How many tokens a field can plausibly hold. A name, a date or a choice that would need a whole
// paragraph is not a filled-in field but other text: the alignment counts tokens beyond a field's
// capacity as added words. The limits are generous (a long double-barrelled name, a Frisian
// municipality, an e-mail address), free text has none.
import type { SlotKind } from '../template/fields';
import { VERSION_DATE_SLOT, VERSION_SLOT } from '../template/standard';

const CAPACITY: Record<SlotKind, number> = {
  text: Number.POSITIVE_INFINITY,
  name: 40,
  municipality: 20,
  date: 12,
  kvk: 8,
  email: 20,
  choice: 20,
};

export function slotCapacity(slotId: string, kind: SlotKind | undefined): number {
  if (slotId === VERSION_SLOT || slotId === VERSION_DATE_SLOT) return 12;
  return kind === undefined ? Number.POSITIVE_INFINITY : CAPACITY[kind];
}
