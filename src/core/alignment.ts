// What the alignment of a document with the standard yields for filling and scanning.
import type { ClauseId } from '../template/clause-ids';

/** Where one occurrence of a field stands in the document, and what it holds. */
export interface SlotCapture {
  readonly slotId: string;
  readonly clause: ClauseId | null;
  readonly paragraphIndex: number;
  /** Offsets into the paragraph's visible text; start === end for an empty field after a label. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The standard's placeholder ("<persoonsnaam>", ".....", "" after a label like "Naam:"). */
  readonly placeholder: string;
  /** False while the placeholder is still there (or the field after a label is empty). */
  readonly filled: boolean;
}

export interface FillTableRow {
  /** First paragraph of each cell. */
  readonly cellParagraphIndexes: readonly number[];
  readonly cells: readonly string[];
}

export interface FillTableState {
  readonly tableId: string;
  /** First paragraph of the table's first cell (the header row). */
  readonly firstParagraphIndex: number;
  readonly columns: readonly string[];
  /** Rows after the header, empty ones included. */
  readonly rows: readonly FillTableRow[];
}

/** Where the standard's fields, Bijlage 1 tables and Bijlage 2 options stand in a document (align-fields.ts). */
export interface FieldLocations {
  readonly slots: readonly SlotCapture[];
  readonly tables: readonly FillTableState[];
  readonly bijlage3: boolean;
  /** Bijlage 2 option bullets that are in the document. */
  readonly bijlage2Options: readonly { readonly optionId: string; readonly paragraphIndex: number }[];
  /** The last paragraph of Bijlage 2 (where Bijlage 3 goes after), or null if not found. */
  readonly bijlage2EndParagraphIndex: number | null;
}
