// The fields of one document, computed once: where each field of the standard stands, what it holds
// (the document's words, or the answers a fill stored where the words cannot tell), and the Bijlage 1
// tables. `scan` reports it and `fill` writes into it, so the two cannot disagree on what is fillable.
import { type SlotDefinition, valueOfWritten } from '../template/fields';
import type { Standard } from '../template/standard';
import { locateFields } from './align-fields';
import type { FieldLocations, FillTableState, SlotCapture } from './alignment';
import { type Answers, fillableSlots, type FillTableInfo, fillTables, storedAnswersOf } from './answers';
import { fieldCaptures } from './field-captures';
import { UnusableDocumentError } from './findings';
import type { DocumentSnapshot } from './snapshot';

export interface DocumentField {
  readonly definition: SlotDefinition;
  /** Where the field stands; none: the document does not have it, and a fill has nowhere to write it. */
  readonly captures: readonly SlotCapture[];
  /** The value it holds (the choice behind its written form: "heer" for "de heer"), or null while unfilled. */
  readonly value: string | null;
}

export interface DocumentTable {
  readonly info: FillTableInfo;
  /** The table in the document, or null when it was not found. */
  readonly state: FillTableState | null;
}

export interface DocumentFields {
  readonly alignment: FieldLocations;
  /** Every field a user fills, in the standard's order. */
  readonly fields: readonly DocumentField[];
  readonly tables: readonly DocumentTable[];
  /** The answers a fill stored in the document, or null. */
  readonly stored: Answers | null;
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The fields of a document that must be the agreement. Without one field, table or option of the
 * standard found, it is some other document: scanning or filling it would mean nothing.
 */
export function documentFields(snapshot: DocumentSnapshot, std: Standard): DocumentFields {
  const alignment = locateFields(snapshot, std);
  if (alignment.slots.length === 0 && alignment.tables.length === 0 && alignment.bijlage2Options.length === 0) {
    throw new UnusableDocumentError({ code: 'no-fields' });
  }
  const captures = fieldCaptures(snapshot, alignment, std);
  const stored = storedAnswersOf(snapshot);
  const fields = fillableSlots(std).map((definition): DocumentField => {
    const mine = captures.filter((c) => c.slotId === definition.id);
    const filled = mine.find((c) => c.filled);
    let value: string | null = filled ? valueOfWritten(definition, filled.text) : null;
    // Stored answers restore what the words cannot show: a value equal to the standard's own
    // placeholder text (the seed's "Haarlem"), or a field the alignment could not place.
    const storedValue = stored?.slots?.[definition.id];
    if (value === null && typeof storedValue === 'string' && storedValue !== ''
      && (mine.length === 0 || mine.some((c) => normalised(c.text) === normalised(storedValue)))) {
      value = storedValue;
    }
    return { definition, captures: mine, value };
  });
  const tables = fillTables(std).map((info) => ({ info, state: alignment.tables.find((s) => s.tableId === info.id) ?? null }));
  return { alignment, fields, tables, stored };
}
