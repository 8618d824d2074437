// The Invullen form as data: what the document holds now (from scan), what the user typed, and
// the answers that follow from the difference. Pure: no React, no document access.
import type { SlotGroup } from '../../template/fields';
import type { SlotDefinition, Standard } from '../../template/standard';
import type { Language } from '../i18n';

/** The part of a scan result (docs/spec/fill-contract.md) the form reads. */
export interface ScanView {
  readonly slots: readonly {
    readonly id: string;
    readonly label: string;
    readonly placeholder: string;
    readonly value: string | null;
    readonly choices: readonly string[] | null;
    readonly occurrences: number;
  }[];
  readonly tables: readonly { readonly id: string; readonly columns: readonly string[]; readonly rows: readonly (readonly string[])[] }[];
  readonly bijlage3: boolean;
  readonly bijlage2Options: readonly { readonly id: string; readonly label: string; readonly present: boolean }[];
}

export interface FormState {
  readonly slots: Readonly<Record<string, string>>;
  readonly tables: Readonly<Record<string, readonly (readonly string[])[]>>;
  readonly bijlage3: boolean;
  readonly options: Readonly<Record<string, boolean>>;
}

/** The answers model of src/core/answers.ts, as the form produces it. */
export interface FormAnswers {
  slots?: Record<string, string>;
  tables?: Record<string, string[][]>;
  bijlage3?: boolean;
  bijlage2Options?: Record<string, boolean>;
}

export interface FieldView {
  readonly id: string;
  readonly label: string;
  readonly kind: SlotDefinition['kind'];
  readonly required: boolean;
  readonly placeholder: string;
  readonly choices: readonly string[] | null;
  readonly occurrences: number;
}

export interface TableView {
  readonly id: string;
  readonly label: string;
  readonly columns: readonly string[];
}

export const GROUP_ORDER: readonly SlotGroup[] = ['Partijen', 'Hoofdovereenkomst', 'Bijlage 1', 'Bijlage 2', 'Ondertekening'];

function definitionOf(id: string, std: Standard): SlotDefinition | undefined {
  return std.slots.find((s) => s.id === id);
}

/** The fields of the document by group, in the order of the standard, labelled in the user's language. */
export function fieldsByGroup(scan: ScanView, language: Language, std: Standard): Map<SlotGroup, FieldView[]> {
  const groups = new Map<SlotGroup, FieldView[]>(GROUP_ORDER.map((g) => [g, []]));
  const order = new Map(std.slots.map((s, i) => [s.id, i]));
  const slots = scan.slots.filter((s) => s.occurrences > 0)
    .slice().sort((a, b) => (order.get(a.id) ?? 999) - (order.get(b.id) ?? 999));
  for (const slot of slots) {
    const definition = definitionOf(slot.id, std);
    const group: SlotGroup = definition?.group ?? 'Hoofdovereenkomst';
    groups.get(group)?.push({
      id: slot.id,
      label: language === 'en' && definition ? definition.labelEn : slot.label,
      kind: definition?.kind ?? 'text',
      required: definition?.required ?? false,
      placeholder: slot.placeholder,
      choices: slot.choices,
      occurrences: slot.occurrences,
    });
  }
  return groups;
}

const VOWEL = /[aeiouy]/i;

/**
 * A column heading as a label: the table's hyphenation at its narrow width goes ("Verwerkings -locatie",
 * "Persoons- gegevens" → "Verwerkingslocatie", "Persoonsgegevens"), except where two vowels meet
 * and Dutch keeps the hyphen ("Doorgifte-instrument").
 */
export function columnLabel(heading: string): string {
  return heading.replace(/(\p{L})\s*-\s*(\p{Ll})/gu, (whole, before: string, after: string) =>
    (/\s/.test(whole) ? (VOWEL.test(before) && VOWEL.test(after) ? `${before}-${after}` : `${before}${after}`) : whole));
}

export function tablesOf(scan: ScanView, language: Language, std: Standard): TableView[] {
  return scan.tables.map((t) => {
    const definition = std.tables.find((d) => d.id === t.id);
    return { id: t.id, label: definition ? (language === 'en' ? definition.labelEn : definition.label) : t.id, columns: t.columns.map(columnLabel) };
  });
}

/** The Bijlage 2 option bullets in the standard's order, and whether the document still has each. */
export function bijlage2Options(scan: ScanView, language: Language, std: Standard): { id: string; label: string; present: boolean }[] {
  return std.bijlage2Options.map((o) => {
    const found = scan.bijlage2Options.find((s) => s.id === o.id);
    return { id: o.id, label: language === 'en' ? o.labelEn : o.label, present: found?.present ?? false };
  });
}

export function initialFormState(scan: ScanView): FormState {
  const slots: Record<string, string> = {};
  for (const slot of scan.slots) slots[slot.id] = slot.value ?? '';
  const tables: Record<string, string[][]> = {};
  for (const table of scan.tables) tables[table.id] = table.rows.map((row) => [...row]);
  const options: Record<string, boolean> = {};
  for (const option of scan.bijlage2Options) options[option.id] = option.present;
  return { slots, tables, bijlage3: scan.bijlage3, options };
}

function sameRows(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): boolean {
  return a.length === b.length && a.every((row, i) => row.length === b[i]?.length && row.every((cell, j) => cell === b[i]?.[j]));
}

/** Only what the user changed: unnamed fields stay as they are in the document. */
export function answersFrom(initial: FormState, current: FormState): FormAnswers {
  const answers: FormAnswers = {};
  const slots: Record<string, string> = {};
  for (const [id, value] of Object.entries(current.slots)) {
    const trimmed = value.trim();
    if (trimmed !== '' && trimmed !== (initial.slots[id] ?? '').trim()) slots[id] = trimmed;
  }
  if (Object.keys(slots).length > 0) answers.slots = slots;
  const tables: Record<string, string[][]> = {};
  for (const [id, rows] of Object.entries(current.tables)) {
    const kept = rows.map((row) => row.map((c) => c.trim())).filter((row) => row.some((c) => c !== ''));
    if (!sameRows(kept, initial.tables[id] ?? [])) tables[id] = kept;
  }
  if (Object.keys(tables).length > 0) answers.tables = tables;
  if (current.bijlage3 !== initial.bijlage3) answers.bijlage3 = current.bijlage3;
  const options: Record<string, boolean> = {};
  for (const [id, chosen] of Object.entries(current.options)) if (chosen !== initial.options[id]) options[id] = chosen;
  if (Object.keys(options).length > 0) answers.bijlage2Options = options;
  return answers;
}

export function hasAnswers(answers: FormAnswers): boolean {
  return answers.slots !== undefined || answers.tables !== undefined || answers.bijlage3 !== undefined || answers.bijlage2Options !== undefined;
}

/** Filled fields among the fields the document has. */
export function progressOf(fields: readonly FieldView[], state: FormState): { filled: number; total: number } {
  const filled = fields.filter((f) => (state.slots[f.id] ?? '').trim() !== '').length;
  return { filled, total: fields.length };
}
