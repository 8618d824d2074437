// `scan` (docs/spec/fill-contract.md): every field of the standard with what the document
// holds for it, the Bijlage 1 tables filled so far, and whether Bijlage 3 is there.
import type { ClauseId } from '../template/clause-ids';
import type { Standard } from '../template/standard';
import { documentFields, type DocumentFields } from './document-fields';
import { clauseOf, placeholderOf } from './field-captures';
import { countFields, type FieldCount } from './field-count';
import type { DocumentSnapshot } from './snapshot';

export interface ScanSlot {
  readonly id: string;
  readonly label: string;
  readonly clause: ClauseId | null;
  readonly placeholder: string;
  readonly value: string | null;
  readonly choices: readonly string[] | null;
  readonly occurrences: number;
}

export interface ScanTable {
  readonly id: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface ScanOption {
  readonly id: string;
  readonly label: string;
  /** The option's bullet is still in the document (not deleted as a choice). */
  readonly present: boolean;
}

export interface ScanResult {
  readonly template: { readonly id: string; readonly version: string };
  readonly slots: readonly ScanSlot[];
  readonly tables: readonly ScanTable[];
  readonly bijlage3: boolean;
  /** Added to the contract's fields: the Bijlage 2 options still in the document. */
  readonly bijlage2Options: readonly ScanOption[];
}

/** What `scan` reports of a document's fields. */
function scanOf({ alignment, fields, tables: documentTables }: DocumentFields, std: Standard): ScanResult {
  const slots: ScanSlot[] = fields.map(({ definition, captures, value }) => ({
    id: definition.id,
    label: definition.label,
    clause: captures[0]?.clause ?? clauseOf(definition.id, std),
    placeholder: captures[0]?.placeholder ?? placeholderOf(definition.id, std),
    value,
    choices: definition.choices ? [...definition.choices] : null,
    occurrences: captures.length,
  }));
  const tables: ScanTable[] = documentTables.map(({ info, state }) => {
    const rows = (state?.rows ?? [])
      .map((r) => r.cells.map((c) => c.trim()))
      .filter((cells) => cells.some((c) => c !== ''));
    return { id: info.id, columns: [...info.columns], rows };
  });
  const present = new Set(alignment.bijlage2Options.map((o) => o.optionId));
  return {
    template: { id: std.id, version: std.version },
    slots,
    tables,
    bijlage3: alignment.bijlage3,
    bijlage2Options: std.bijlage2Options.map((o) => ({ id: o.id, label: o.label, present: present.has(o.id) })),
  };
}

/** The fields the document has and how many hold a value: the same count check reports. */
export function scanFieldCount(scan: Pick<ScanResult, 'slots'>): FieldCount {
  return countFields(scan.slots.filter((s) => s.occurrences > 0).map((s) => ({ slotId: s.id, filled: s.value !== null })));
}

/** Scans a document snapshot. Throws UnusableDocumentError when it is not the agreement. */
export function scanSnapshot(snapshot: DocumentSnapshot, std: Standard): ScanResult {
  return scanOf(documentFields(snapshot, std), std);
}
