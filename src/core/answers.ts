// The answers file (answers.schema.json at the repository root): what a user fills in, and its
// validation with Dutch messages that name the field. Pure: used by the fill planner, the command
// line and the form in the task pane alike.
import { slotCapacity } from './slot-capacity';
import { tokenNorms } from './text';
import type { Bijlage2Option, SlotDefinition } from '../template/fields';
import type { Standard } from '../template/standard';

export interface Answers {
  readonly slots?: Readonly<Record<string, string>>;
  readonly tables?: Readonly<Record<string, readonly (readonly string[])[]>>;
  readonly bijlage3?: boolean;
  readonly bijlage2Options?: Readonly<Record<string, boolean>>;
}

export interface ValidateOptions {
  /** Report required fields that have no value (the form's "klaar om te ondertekenen" check). */
  readonly complete?: boolean;
}

const TOP_LEVEL_KEYS = ['slots', 'tables', 'bijlage3', 'bijlage2Options'] as const;

/** Longest value we accept: far beyond any real field, short of what would bloat a document. */
export const MAX_VALUE_LENGTH = 20_000;
export const MAX_TABLE_ROWS = 500;

/** A standard's fields, tables and options by id, made once per standard. */
interface FieldIndex {
  /** Fields a user fills: the internal fields of the version line ('#…') are not among them. */
  readonly fillable: readonly SlotDefinition[];
  readonly slotById: ReadonlyMap<string, SlotDefinition>;
  readonly optionById: ReadonlyMap<string, Bijlage2Option>;
  readonly tables: readonly FillTableInfo[];
  readonly idInParentheses: RegExp;
}

const indexes = new WeakMap<Standard, FieldIndex>();

function fieldIndex(std: Standard): FieldIndex {
  let index = indexes.get(std);
  if (index) return index;
  const fillable = std.slots.filter((s) => !s.id.startsWith('#'));
  const tables = tablesOf(std);
  const ids = [...fillable.map((s) => s.id), ...tables.map((t) => t.id), ...std.bijlage2Options.map((o) => o.id)];
  index = {
    fillable,
    slotById: new Map(fillable.map((s) => [s.id, s])),
    optionById: new Map(std.bijlage2Options.map((o) => [o.id, o])),
    tables,
    idInParentheses: new RegExp(` \\((?:${ids.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\)`, 'g'),
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

export function slotTitle(id: string, std: Standard): string {
  const slot = slotDefinition(id, std);
  return slot ? `${slot.label} (${id})` : id;
}

// --- Tables ---------------------------------------------------------------------------------

export interface FillTableInfo {
  readonly id: string;
  readonly label: string;
  readonly columns: readonly string[];
}

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

function tableInfo(id: string, std: Standard): FillTableInfo | undefined {
  return fillTables(std).find((t) => t.id === id);
}

/** Column index by what its header says, so a reworded header in a later version still maps. */
function columnIndex(table: FillTableInfo, pattern: RegExp): number {
  return table.columns.findIndex((c) => pattern.test(c.replace(/[-\s]+/g, '')));
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

// --- Text ------------------------------------------------------------------------------------

// Characters XML 1.0 cannot hold (tab, line feed and carriage return aside), and halves of
// surrogate pairs that stand alone: a document with them would not open.
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

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

function textProblem(text: string): string | null {
  if (UNWRITABLE.test(text)) return 'bevat tekens die niet in een Word-document kunnen staan (stuurtekens of een losse surrogaathelft)';
  if (text.length > MAX_VALUE_LENGTH) return `is te lang (${text.length} tekens; ten hoogste ${MAX_VALUE_LENGTH})`;
  return null;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[a-z0-9\u00A0-\uFFFF](?:[a-z0-9\u00A0-\uFFFF-]{0,61}[a-z0-9\u00A0-\uFFFF])?\.)+[a-z\u00A0-\uFFFF]{2,}$/i;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && text.length <= 254;
}

/** The problem with one field's value (in Dutch, without the field name), or null when it is fine. */
export function fieldProblem(slotId: string, value: string, std: Standard): string | null {
  const slot = slotDefinition(slotId, std);
  if (!slot) return 'is geen veld van de standaard verwerkersovereenkomst';
  const raw = textProblem(value);
  if (raw) return raw;
  const text = normalizeValue(slotId, value, std);
  if (text === '') return null;
  // A value that reads as a placeholder or a blank would look unfilled to every reader.
  if (/^<[^<>]*>$/.test(text) || /^[.\u2026\s]+$/.test(text)) return `"${text}" lijkt op een plaatshouder; vul de werkelijke waarde in`;
  // What the checker can recognise as this field is what may be written into it (slot-capacity.ts).
  const capacity = slotCapacity(slot.id, slot.kind);
  if (tokenNorms(text).length > capacity) return `is te lang voor dit veld: ten hoogste ${capacity} woorden en leestekens`;
  switch (slot.kind) {
    case 'kvk':
      return /^\d{8}$/.test(text) ? null : `"${value.trim()}" is geen KVK-nummer: dat bestaat uit precies 8 cijfers`;
    case 'date':
      return formatDutchDate(text) !== null ? null : `"${value.trim()}" is geen geldige datum; schrijf bijvoorbeeld 2026-03-01 of 1 maart 2026`;
    case 'email':
      return isEmail(text) ? null : `"${text}" is geen geldig e-mailadres`;
    case 'choice':
      return slot.choices?.includes(text) ? null : `"${text}" is geen toegestane keuze; kies uit: ${(slot.choices ?? []).map((c) => `"${c}"`).join(', ')}`;
    case 'municipality':
      if (/email|e-mail/i.test(slot.id)) return isEmail(text) ? null : `"${text}" is geen geldig e-mailadres`;
      return null;
    default:
      return null;
  }
}

/** The problem with one field's value, with the field named, or null: for the form. */
export function validateField(slotId: string, value: string, std: Standard): string | null {
  const problem = fieldProblem(slotId, value, std);
  return problem === null ? null : `${slotTitle(slotId, std)}: ${problem}`;
}

// --- Rules of the agreement itself --------------------------------------------------------------

// Places outside the EER that suppliers commonly name (adequacy decisions such as for the UK or
// Switzerland still are a transfer instrument that has to be named: art. 45 AVG).
const OUTSIDE_EER_WORDS = [
  'verenigde staten', 'vs', 'usa', 'us', 'united states', 'amerika', 'america', 'verenigd koninkrijk', 'uk',
  'united kingdom', 'groot-brittannië', 'groot-brittannie', 'engeland', 'england', 'schotland', 'great britain',
  'zwitserland', 'switzerland', 'canada', 'india', 'china', 'japan', 'australië', 'australie', 'australia',
  'nieuw-zeeland', 'new zealand', 'israël', 'israel', 'rusland', 'russia', 'oekraïne', 'oekraine', 'ukraine',
  'turkije', 'turkey', 'türkiye', 'brazilië', 'brazilie', 'brazil', 'singapore', 'filipijnen', 'philippines',
  'zuid-afrika', 'south africa', 'zuid-korea', 'south korea', 'korea', 'servië', 'servie', 'serbia', 'marokko',
  'morocco', 'egypte', 'egypt', 'mexico', 'argentinië', 'argentinie', 'argentina', 'vietnam', 'indonesië',
  'indonesie', 'indonesia', 'maleisië', 'maleisie', 'malaysia', 'pakistan', 'bangladesh', 'sri lanka',
  'verenigde arabische emiraten', 'vae', 'uae', 'hongkong', 'hong kong', 'taiwan', 'wereldwijd', 'worldwide',
  'buiten de eer', 'buiten de eu', 'outside the eea', 'outside the eu', 'derde land', 'derde landen',
];

const OUTSIDE_PATTERN = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${OUTSIDE_EER_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[^\\p{L}\\p{N}])`,
  'iu',
);

/**
 * True when a processing location names a place outside the EER. Only known places count: a city
 * or a data centre name is not taken for a third country.
 */
export function mentionsOutsideEer(location: string): boolean {
  const text = location.toLowerCase();
  // "US" and "VS" as words are only taken in capitals or as the whole entry, so "us" in an English
  // sentence does not count as the United States.
  for (const m of text.matchAll(new RegExp(OUTSIDE_PATTERN.source, 'giu'))) {
    const word = m[0].replace(/^[^\p{L}\p{N}]/u, '');
    if (word === 'us' || word === 'vs') {
      const at = (m.index ?? 0) + m[0].length - word.length;
      if (location.slice(at, at + 2) !== word.toUpperCase() && location.trim().toLowerCase() !== word) continue;
    }
    return true;
  }
  return false;
}

// Article 9 AVG (special categories) and article 10 AVG (criminal records), as words a supplier
// writes in the "(Bijzondere) Persoonsgegevens" column.
const SPECIAL_CATEGORIES: readonly { readonly pattern: RegExp; readonly name: string }[] = [
  { pattern: /gezondheid|medisch|medische|zorggegevens|health/i, name: 'gezondheid' },
  { pattern: /(?:^|[^\p{L}])ras(?:$|[^\p{L}])|ras\s*of\s*etni|raciale/iu, name: 'ras' },
  { pattern: /etnisch|etniciteit|ethnic/i, name: 'etnische afkomst' },
  { pattern: /politiek|political/i, name: 'politieke opvattingen' },
  { pattern: /religi|godsdienst/i, name: 'religie' },
  { pattern: /levensovertuiging/i, name: 'levensovertuiging' },
  { pattern: /vakbond|trade union/i, name: 'vakbondslidmaatschap' },
  { pattern: /genetisch|genetic/i, name: 'genetische gegevens' },
  { pattern: /biometrisch|biometric|vingerafdruk|gezichtsherkenning/i, name: 'biometrische gegevens' },
  { pattern: /seksue|sexual/i, name: 'seksueel gedrag of seksuele gerichtheid' },
  { pattern: /strafrechtelijk|strafblad|criminal|justiti[eë]le gegevens/i, name: 'strafrechtelijke gegevens' },
];

export function specialCategoriesIn(text: string): string[] {
  return SPECIAL_CATEGORIES.filter((c) => c.pattern.test(text)).map((c) => c.name);
}

function mentionsBsn(text: string): boolean {
  return /(?:^|[^\p{L}])(?:bsn|burgerservicenummer)(?:$|[^\p{L}])/iu.test(text);
}

function sameName(a: string, b: string): boolean {
  const norm = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
  return norm(a) === norm(b);
}

function rowTitle(table: FillTableInfo, row: number): string {
  return `Bijlage 1, ${table.label}, rij ${row + 1}`;
}

/**
 * The agreement's own rules across fields, on the values the document will hold: a processing
 * location outside the EER needs a transfer instrument (art. 4.3; art. 45/46 AVG), special
 * categories of personal data need a stated measure, and the processor has one name throughout.
 */
export function agreementProblems(slots: Readonly<Record<string, string>>, tables: Readonly<Record<string, readonly (readonly string[])[]>>, std: Standard): string[] {
  const problems: string[] = [];
  for (const table of fillTables(std)) {
    const rows = tables[table.id];
    if (!rows) continue;
    const location = columnIndex(table, /locatie/i);
    const instrument = columnIndex(table, /doorgifte/i);
    const measures = columnIndex(table, /aanvullendemaatregelen/i);
    const data = columnIndex(table, /persoons/i);
    rows.forEach((row, r) => {
      const cell = (i: number): string => (i >= 0 ? (row[i] ?? '').trim() : '');
      if (location >= 0 && instrument >= 0 && mentionsOutsideEer(cell(location)) && cell(instrument) === '') {
        problems.push(`${rowTitle(table, r)}: de verwerkingslocatie "${cell(location)}" ligt buiten de EER; vul het doorgifte-instrument in (artikel 4.3, AVG artikel 45 of 46), bijvoorbeeld een adequaatheidsbesluit of modelcontractbepalingen (SCC).`);
      }
      if (data >= 0 && measures >= 0) {
        const special = specialCategoriesIn(cell(data));
        if (special.length > 0 && cell(measures) === '') {
          problems.push(`${rowTitle(table, r)}: de persoonsgegevens noemen bijzondere of strafrechtelijke gegevens (${special.join(', ')}); beschrijf de maatregel in de kolom "Aanvullende maatregelen" (AVG artikel 9 en 10).`);
        }
      }
    });
  }
  const company = slots['verwerker.naam'];
  const signer = slots['ondertekening.verwerker.organisatie'];
  if (company && signer && !sameName(company, signer)) {
    problems.push(`${slotTitle('ondertekening.verwerker.organisatie', std)}: "${signer}" wijkt af van ${slotTitle('verwerker.naam', std)} "${company}"; de Verwerker heet overal in de overeenkomst hetzelfde.`);
  }
  return problems;
}

/** Notes that are no error but worth telling (BSN is no special category, yet restricted). */
export function agreementNotes(tables: Readonly<Record<string, readonly (readonly string[])[]>>, std: Standard): string[] {
  const notes: string[] = [];
  for (const table of fillTables(std)) {
    const data = columnIndex(table, /persoons/i);
    (tables[table.id] ?? []).forEach((row, r) => {
      if (data >= 0 && mentionsBsn(row[data] ?? '')) {
        notes.push(`${rowTitle(table, r)}: het BSN is geen bijzonder persoonsgegeven, maar mag alleen worden verwerkt waar de wet dat toestaat (artikel 46 UAVG); noem de grondslag in de hoofdovereenkomst.`);
      }
    });
  }
  return notes;
}

// --- The whole answers file --------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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

function structureProblems(answers: unknown, std: Standard): string[] {
  const { slotById, optionById } = fieldIndex(std);
  if (!isRecord(answers)) return ['Het antwoordenbestand moet een JSON-object zijn, zoals { "slots": { … } }.'];
  const problems: string[] = [];
  for (const key of Object.keys(answers)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) {
      problems.push(`Onbekend onderdeel "${key}" in het antwoordenbestand; toegestaan zijn: ${TOP_LEVEL_KEYS.join(', ')}.`);
    }
  }
  const { slots, tables, bijlage3, bijlage2Options } = answers;
  if (slots !== undefined) {
    if (!isRecord(slots)) problems.push('"slots" moet een object zijn met per veld-id een tekst.');
    else {
      for (const [id, value] of Object.entries(slots)) {
        if (!slotById.has(id)) problems.push(`Onbekend veld "${id}" in "slots": geen veld van de standaard verwerkersovereenkomst.`);
        else if (typeof value !== 'string') problems.push(`${slotTitle(id, std)}: de waarde moet tekst zijn (tussen aanhalingstekens), niet ${JSON.stringify(value)}.`);
      }
    }
  }
  if (tables !== undefined) {
    if (!isRecord(tables)) problems.push('"tables" moet een object zijn met per tabel-id een lijst van rijen.');
    else {
      for (const [id, rows] of Object.entries(tables)) {
        const table = tableInfo(id, std);
        if (!table) {
          problems.push(`Onbekende tabel "${id}" in "tables"; bekende tabellen: ${std.tables.map((t) => t.id).join(', ')}.`);
          continue;
        }
        if (!Array.isArray(rows)) {
          problems.push(`Bijlage 1, ${table.label} (${id}): moet een lijst van rijen zijn, elke rij een lijst van ${table.columns.length} teksten.`);
          continue;
        }
        if (rows.length > MAX_TABLE_ROWS) problems.push(`Bijlage 1, ${table.label} (${id}): te veel rijen (${rows.length}; ten hoogste ${MAX_TABLE_ROWS}).`);
        rows.forEach((row: unknown, r) => {
          if (!Array.isArray(row) || row.some((c) => typeof c !== 'string')) {
            problems.push(`${rowTitle(table, r)} (${id}): een rij is een lijst van ${table.columns.length} teksten.`);
          } else if (row.length !== table.columns.length) {
            problems.push(`${rowTitle(table, r)} (${id}): heeft ${row.length} kolommen, maar de tabel heeft er ${table.columns.length} (${table.columns.join(' | ')}).`);
          } else {
            row.forEach((cell: string, c) => {
              const problem = textProblem(cell);
              if (problem) problems.push(`${rowTitle(table, r)}, kolom "${table.columns[c]}": ${problem}.`);
            });
          }
        });
      }
    }
  }
  if (bijlage3 !== undefined && typeof bijlage3 !== 'boolean') problems.push('"bijlage3" moet true of false zijn (Bijlage 3 wel of niet opnemen).');
  if (bijlage2Options !== undefined) {
    if (!isRecord(bijlage2Options)) problems.push('"bijlage2Options" moet een object zijn met per optie true (behouden) of false (verwijderen).');
    else {
      for (const [id, value] of Object.entries(bijlage2Options)) {
        if (!optionById.has(id)) problems.push(`Onbekende Bijlage 2-optie "${id}"; bekende opties: ${std.bijlage2Options.map((o) => o.id).join(', ')}.`);
        else if (typeof value !== 'boolean') problems.push(`Bijlage 2-optie "${optionById.get(id)?.label}" (${id}): moet true of false zijn.`);
      }
    }
  }
  return problems;
}

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

function wellFormedPart(answers: unknown, std: Standard): Answers {
  if (!isRecord(answers)) return {};
  const { slotById, optionById } = fieldIndex(std);
  const slots: Record<string, string> = {};
  if (isRecord(answers.slots)) for (const [id, v] of Object.entries(answers.slots)) if (slotById.has(id) && typeof v === 'string') slots[id] = v;
  const tables: Record<string, string[][]> = {};
  if (isRecord(answers.tables)) {
    for (const [id, rows] of Object.entries(answers.tables)) {
      const width = tableInfo(id, std)?.columns.length;
      if (width === undefined || !Array.isArray(rows)) continue;
      const whole = rows.every((r: unknown) => Array.isArray(r) && r.length === width && r.every((c) => typeof c === 'string' && textProblem(c) === null));
      if (whole) tables[id] = rows as string[][];
    }
  }
  const options: Record<string, boolean> = {};
  if (isRecord(answers.bijlage2Options)) for (const [id, v] of Object.entries(answers.bijlage2Options)) if (optionById.has(id) && typeof v === 'boolean') options[id] = v;
  return { slots, tables, bijlage2Options: options, ...(typeof answers.bijlage3 === 'boolean' ? { bijlage3: answers.bijlage3 } : {}) };
}

/** Far above the schema's four levels, far below what a recursive look at a value can take. */
export const MAX_ANSWERS_DEPTH = 32;

/** Whether arrays and objects nest deeper than `max`, found without recursion (the input decides the depth). */
function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= max) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

/**
 * Every problem with an answers file, in Dutch, each naming its field; [] when it is valid.
 * With `complete`, required fields without a value are problems too.
 */
export function validateAnswers(answers: unknown, std: Standard, options: ValidateOptions = {}): string[] {
  if (nestsDeeperThan(answers, MAX_ANSWERS_DEPTH)) {
    return [`Het antwoordenbestand is dieper genest dan ${MAX_ANSWERS_DEPTH} niveaus; het schema kent er vier (tables → tabel → rij → cel).`];
  }
  const structural = structureProblems(answers, std);
  const { fillable, optionById } = fieldIndex(std);
  // Every part that can be judged is judged, also when the file has other faults: all problems at
  // once. The judged part is what is well-formed: known fields with text, tables with whole rows.
  const typed = wellFormedPart(answers, std);
  const problems: string[] = [...structural];
  for (const [id, value] of Object.entries(typed.slots ?? {})) {
    const problem = validateField(id, value, std);
    if (problem) problems.push(problem);
  }
  const normalized = normalizeAnswers(typed, std);
  const removed = new Set(Object.entries(typed.bijlage2Options ?? {}).filter(([, keep]) => !keep).map(([id]) => id));
  for (const [parent, children] of Object.entries(OPTION_CHILDREN)) {
    if (!removed.has(parent)) continue;
    for (const c of children) {
      if (typed.bijlage2Options?.[c] === true) {
        problems.push(`Bijlage 2-optie "${optionById.get(c)?.label}" (${c}) hoort bij "${optionById.get(parent)?.label}" (${parent}), die wordt verwijderd; zet ze allebei op false of allebei op true.`);
      }
      removed.add(c);
    }
  }
  for (const [id, value] of Object.entries(normalized.slots ?? {})) {
    const option = optionOfSlot(id, std);
    if (option !== null && removed.has(option) && value !== '') {
      problems.push(`${slotTitle(id, std)}: is ingevuld, maar de Bijlage 2-optie "${optionById.get(option)?.label}" (${option}) waarin het staat wordt verwijderd.`);
    }
  }
  problems.push(...agreementProblems(normalized.slots ?? {}, normalized.tables ?? {}, std));
  if (options.complete) {
    for (const slot of fillable) {
      if (!slot.required) continue;
      const value = normalized.slots?.[slot.id];
      if (value === undefined || value === '') problems.push(`${slotTitle(slot.id, std)}: is verplicht en nog niet ingevuld.`);
    }
  }
  return problems;
}


/**
 * A problem as the form shows it: the label is enough there. The command line keeps the id, the
 * key its user wrote in the answers file.
 */
export function withoutFieldIds(problem: string, std: Standard): string {
  return problem.replace(fieldIndex(std).idInParentheses, '');
}
