// What a version folder's slots.ts describes: the fields to fill (where each one stands in the text
// and what it accepts), the fill-in tables, the Bijlage 2 options and the optional lines; and how a
// field's value is written. Shared by every version of the standard.
// A field is found by its literal text in the standard ("<persoonsnaam>", ".....", "wel/niet"),
// counted per clause; `nth` picks one occurrence (1-based), absent means every occurrence.
// `after` marks a field that has no placeholder of its own but follows a fixed label ("Naam:").
export type SlotKind = 'text' | 'name' | 'date' | 'kvk' | 'email' | 'choice' | 'municipality';

export type SlotGroup = 'Partijen' | 'Hoofdovereenkomst' | 'Ondertekening' | 'Bijlage 1' | 'Bijlage 2';

export interface SlotDefinition {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly group: SlotGroup;
  readonly kind: SlotKind;
  readonly choices?: readonly string[];
  /**
   * How a choice is written where the standard's fixed words around the field belong to it: the
   * standard prints "door de <heer of mevrouw>", which reads "door de heer" but "door mevrouw".
   */
  readonly written?: Readonly<Record<string, string>>;
  readonly required: boolean;
  readonly places: readonly SlotPlace[];
}

export interface SlotPlace {
  /** A clause id of the version's text (checked when the standard is built). */
  readonly clause: string;
  readonly literal: string;
  readonly nth?: number;
  /** The field follows the literal instead of replacing it. */
  readonly after?: boolean;
}

export interface TableDefinition {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  /** Index of the table among the tables of Bijlage 1, in order. */
  readonly tableIndex: number;
}

/** A Bijlage 2 option bullet (deleting one is a choice, not an alteration), known by the start of its text. */
export interface Bijlage2Option {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly startsWith: string;
}

/** The text a field's value is written as in the document. */
export function writtenValue(slot: SlotDefinition | undefined, value: string): string {
  return slot?.written?.[value] ?? value;
}

/**
 * The value a field's text in the document stands for: the choice it is the written form of, also
 * where the standard's "de" was kept before it ("de mevrouw"); else the text as it is.
 */
export function valueOfWritten(slot: SlotDefinition | undefined, text: string): string {
  if (!slot?.written) return text;
  const plain = text.replace(/\s+/g, ' ').trim();
  const written = Object.entries(slot.written).find(([, w]) => w.toLowerCase() === plain.toLowerCase());
  if (written) return written[0];
  const bare = plain.replace(/^de\s+/i, '');
  return slot.choices?.find((c) => c.toLowerCase() === bare.toLowerCase()) ?? text;
}

/** Every way a field's choice may be written in a document (for telling it from a neighbouring field). */
export function writtenForms(slot: SlotDefinition): string[] {
  const choices = slot.choices ?? [];
  return slot.written ? [...Object.values(slot.written), ...choices, ...choices.map((c) => `de ${c}`)] : [...choices];
}

/** What a version folder exports (its index.ts): the tagged text and the data beside it. */
export interface VersionData {
  /** The text with clause ids, in the format of docs/standard-format.md. */
  readonly text: string;
  readonly slots: readonly SlotDefinition[];
  readonly tables: readonly TableDefinition[];
  readonly bijlage2Options: readonly Bijlage2Option[];
  /** Lines that are not standard text or that may be left out without altering the agreement. */
  readonly optionalLines: readonly string[];
  /** The municipality of the copy the text was taken from; another municipality's copy is recognised too. */
  readonly seedMunicipality: Readonly<Record<string, string>>;
}
