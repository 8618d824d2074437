// The answers file (answers.schema.json at the repository root): what a user fills in, the
// standard's fields and tables it names, and the written form of its values; and the answers a
// fill stored in a document. Validation is in answer-validation.ts, the agreement's own rules
// across fields in agreement-rules.ts.
import type { Bijlage2Option, SlotDefinition } from '../template/fields';
import type { Standard } from '../template/standard';
import type { DocumentSnapshot } from './snapshot';

export interface Answers {
  readonly slots?: Readonly<Record<string, string>>;
  readonly tables?: Readonly<Record<string, readonly (readonly string[])[]>>;
  readonly bijlage3?: boolean;
  readonly bijlage2Options?: Readonly<Record<string, boolean>>;
}

export const TOP_LEVEL_KEYS = ['slots', 'tables', 'bijlage3', 'bijlage2Options'] as const;

export interface FillTableInfo {
  readonly id: string;
  readonly label: string;
  readonly columns: readonly string[];
}

/** A standard's fields, tables and options by id, made once per standard. */
interface FieldIndex {
  /** Fields a user fills: the internal fields of the version line ('#…') are not among them. */
  readonly fillable: readonly SlotDefinition[];
  readonly slotById: ReadonlyMap<string, SlotDefinition>;
  readonly optionById: ReadonlyMap<string, Bijlage2Option>;
  readonly tables: readonly FillTableInfo[];
}

const indexes = new WeakMap<Standard, FieldIndex>();

function fieldIndex(std: Standard): FieldIndex {
  let index = indexes.get(std);
  if (index) return index;
  const fillable = std.slots.filter((s) => !s.id.startsWith('#'));
  index = {
    fillable,
    slotById: new Map(fillable.map((s) => [s.id, s])),
    optionById: new Map(std.bijlage2Options.map((o) => [o.id, o])),
    tables: tablesOf(std),
  };
  indexes.set(std, index);
  return index;
}

/** The fields a user fills in this standard. */
export function fillableSlots(std: Standard): readonly SlotDefinition[] {
  return fieldIndex(std).fillable;
}

export function slotDefinition(id: string, std: Standard): SlotDefinition | undefined {
  return fieldIndex(std).slotById.get(id);
}

export function optionDefinition(id: string, std: Standard): Bijlage2Option | undefined {
  return fieldIndex(std).optionById.get(id);
}

export function slotTitle(id: string, std: Standard): string {
  const slot = slotDefinition(id, std);
  return slot ? `${slot.label} (${id})` : id;
}

// --- Tables ---------------------------------------------------------------------------------

/** The Bijlage 1 fill-in tables with the column headers the standard prints. */
export function fillTables(std: Standard): readonly FillTableInfo[] {
  return fieldIndex(std).tables;
}

function tablesOf(std: Standard): FillTableInfo[] {
  const out: FillTableInfo[] = [];
  for (const block of std.blocks) {
    if (block.kind !== 'table' || block.fillTable === null) continue;
    const header = block.rows[0] ?? [];
    out.push({
      id: block.fillTable.id,
      label: block.fillTable.label,
      columns: header.map((cell) => cell.map((p) => p.text).join(' ').replace(/\s+/g, ' ').trim()),
    });
  }
  return out;
}

export function tableInfo(id: string, std: Standard): FillTableInfo | undefined {
  return fillTables(std).find((t) => t.id === id);
}

// --- Dates -----------------------------------------------------------------------------------

export const DUTCH_MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2199) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/**
 * A date as the agreement prints it ("1 maart 2026"), from ISO ("2026-03-01"), Dutch digits
 * ("1-3-2026", "01-03-2026") or already written out ("1 maart 2026"). Null when it is no date.
 */
export function formatDutchDate(value: string): string | null {
  const text = value.trim();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const digits = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const words = /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (digits) {
    [day, month, year] = [Number(digits[1]), Number(digits[2]), Number(digits[3])];
  } else if (words) {
    const m = DUTCH_MONTHS.indexOf((words[2] ?? '').toLowerCase() as (typeof DUTCH_MONTHS)[number]);
    if (m < 0) return null;
    [day, month, year] = [Number(words[1]), m + 1, Number(words[3])];
  } else {
    return null;
  }
  if (!validDay(year, month, day)) return null;
  return `${day} ${DUTCH_MONTHS[month - 1]} ${year}`;
}

/**
 * The form a value is written in: outer white space trimmed (the document's own spacing stays
 * around a field), Windows line ends made plain line breaks, dates written the Dutch way.
 */
export function normalizeValue(slotId: string, value: string, std: Standard): string {
  const text = value.replace(/\r\n?/g, '\n').trim();
  const slot = slotDefinition(slotId, std);
  if (slot?.kind === 'date') return formatDutchDate(text) ?? text;
  if (slot?.kind === 'kvk') return text.replace(/\s+/g, '');
  return text;
}

export function normalizeCell(value: string): string {
  return value.replace(/\r\n?/g, '\n').trim();
}

/** Which Bijlage 2 option a field stands in, so a field of a deleted option can be flagged. */
export function optionOfSlot(slotId: string, std: Standard): string | null {
  for (const block of std.blocks) {
    if (block.kind === 'table' || block.omission.kind !== 'bijlage-2-option') continue;
    if (block.paragraph.pieces.some((p) => p.kind === 'slot' && p.slotId === slotId)) return block.omission.optionId;
  }
  return null;
}

/** Sub-options that go with their parent ("Datum laatste certificering" under the certified norm). */
export const OPTION_CHILDREN: Readonly<Record<string, readonly string[]>> = { 'norm-certificering': ['norm-certificeringsdatum'] };

/** Answers with their values in written form (dates the Dutch way, trimmed). Only for valid input. */
export function normalizeAnswers(answers: Answers, std: Standard): Answers {
  const out: { slots?: Record<string, string>; tables?: Record<string, string[][]>; bijlage3?: boolean; bijlage2Options?: Record<string, boolean> } = {};
  if (answers.slots) {
    out.slots = {};
    for (const [id, value] of Object.entries(answers.slots)) out.slots[id] = normalizeValue(id, value, std);
  }
  if (answers.tables) {
    out.tables = {};
    for (const [id, rows] of Object.entries(answers.tables)) {
      out.tables[id] = rows.map((row) => row.map(normalizeCell)).filter((row) => row.some((c) => c !== ''));
    }
  }
  if (answers.bijlage3 !== undefined) out.bijlage3 = answers.bijlage3;
  if (answers.bijlage2Options) out.bijlage2Options = { ...answers.bijlage2Options };
  return out;
}

// --- Answers stored in the document ----------------------------------------------------------

/** The answers a fill stored in the document, or null when there are none (or they do not parse). */
export function storedAnswersOf(snapshot: DocumentSnapshot): Answers | null {
  if (snapshot.storedAnswers === null) return null;
  try {
    const parsed: unknown = JSON.parse(snapshot.storedAnswers);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Answers) : null;
  } catch {
    return null;
  }
}

/** What a fill stores: the answers stored before, with this fill's answers over them. */
export function mergedAnswers(previous: Answers | null, next: Answers): Answers {
  const slots = { ...(previous?.slots ?? {}), ...(next.slots ?? {}) };
  const tables = { ...(previous?.tables ?? {}), ...(next.tables ?? {}) };
  const options = { ...(previous?.bijlage2Options ?? {}), ...(next.bijlage2Options ?? {}) };
  const bijlage3 = next.bijlage3 ?? previous?.bijlage3;
  return {
    ...(Object.keys(slots).length > 0 ? { slots } : {}),
    ...(Object.keys(tables).length > 0 ? { tables } : {}),
    ...(bijlage3 !== undefined ? { bijlage3 } : {}),
    ...(Object.keys(options).length > 0 ? { bijlage2Options: options } : {}),
  };
}
