// Validation of an answers file and of one field's value, with Dutch messages that name the field.
// Pure: used by the fill planner, the command line and the form in the task pane alike.
import { slotCapacity } from './slot-capacity';
import { tokenNorms } from './text';
import { BIJLAGE2_OPTIONS, TABLE_DEFINITIONS } from '../template/vng-2.5.3/slots';
import { agreementProblems, rowTitle } from './agreement-rules';
import {
  type Answers, FILLABLE_SLOTS, fillTables, formatDutchDate, normalizeAnswers, normalizeValue, OPTION_BY_ID, OPTION_CHILDREN, optionOfSlot,
  slotDefinition, slotTitle, tableInfo, TOP_LEVEL_KEYS,
} from './answers';

export interface ValidateOptions {
  /** Report required fields that have no value (the form's "klaar om te ondertekenen" check). */
  readonly complete?: boolean;
}

/** Longest value we accept: far beyond any real field, short of what would bloat a document. */
export const MAX_VALUE_LENGTH = 20_000;
export const MAX_TABLE_ROWS = 500;

// --- Text ------------------------------------------------------------------------------------

// Characters XML 1.0 cannot hold (tab, line feed and carriage return aside), and halves of
// surrogate pairs that stand alone: a document with them would not open.
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;


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
export function fieldProblem(slotId: string, value: string): string | null {
  const slot = slotDefinition(slotId);
  if (!slot) return 'is geen veld van de standaard verwerkersovereenkomst';
  const raw = textProblem(value);
  if (raw) return raw;
  const text = normalizeValue(slotId, value);
  if (text === '') return null;
  // A value that reads as a placeholder or a blank would look unfilled to every reader.
  if (/^<[^<>]*>$/.test(text) || /^[.\u2026\s]+$/.test(text)) return `"${text}" lijkt op een plaatshouder; vul de werkelijke waarde in`;
  // What the checker can recognise as this field is what may be written into it (slot-capacity.ts).
  const capacity = slotCapacity(slot.id, slot.kind);
  if (tokenNorms(text).length > capacity) return `is te lang voor dit veld: ten hoogste ${capacity} woorden en leestekens`;
  // A choice, and a municipality detail in set forms (who signs for it).
  if (slot.choices !== undefined) return slot.choices.includes(text) ? null : `"${text}" is geen toegestane keuze; kies uit: ${slot.choices.map((c) => `"${c}"`).join(', ')}`;
  switch (slot.kind) {
    case 'kvk':
      return /^\d{8}$/.test(text) ? null : `"${value.trim()}" is geen KVK-nummer: dat bestaat uit precies 8 cijfers`;
    case 'date':
      return formatDutchDate(text) !== null ? null : `"${value.trim()}" is geen geldige datum; schrijf bijvoorbeeld 2026-03-01 of 1 maart 2026`;
    case 'email':
      return isEmail(text) ? null : `"${text}" is geen geldig e-mailadres`;
    case 'municipality':
      if (/email|e-mail/i.test(slot.id)) return isEmail(text) ? null : `"${text}" is geen geldig e-mailadres`;
      return null;
    default:
      return null;
  }
}

/** The problem with one field's value, with the field named, or null: for the form. */
export function validateField(slotId: string, value: string): string | null {
  const problem = fieldProblem(slotId, value);
  return problem === null ? null : `${slotTitle(slotId)}: ${problem}`;
}

// --- The whole answers file --------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


function structureProblems(answers: unknown): string[] {
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
        if (slotDefinition(id) === undefined) problems.push(`Onbekend veld "${id}" in "slots": geen veld van de standaard verwerkersovereenkomst.`);
        else if (typeof value !== 'string') problems.push(`${slotTitle(id)}: de waarde moet tekst zijn (tussen aanhalingstekens), niet ${JSON.stringify(value)}.`);
      }
    }
  }
  if (tables !== undefined) {
    if (!isRecord(tables)) problems.push('"tables" moet een object zijn met per tabel-id een lijst van rijen.');
    else {
      for (const [id, rows] of Object.entries(tables)) {
        const table = tableInfo(id);
        if (!table) {
          problems.push(`Onbekende tabel "${id}" in "tables"; bekende tabellen: ${TABLE_DEFINITIONS.map((t) => t.id).join(', ')}.`);
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
        if (!OPTION_BY_ID.has(id)) problems.push(`Onbekende Bijlage 2-optie "${id}"; bekende opties: ${BIJLAGE2_OPTIONS.map((o) => o.id).join(', ')}.`);
        else if (typeof value !== 'boolean') problems.push(`Bijlage 2-optie "${OPTION_BY_ID.get(id)?.label}" (${id}): moet true of false zijn.`);
      }
    }
  }
  return problems;
}


function wellFormedPart(answers: unknown): Answers {
  if (!isRecord(answers)) return {};
  const slots: Record<string, string> = {};
  if (isRecord(answers.slots)) for (const [id, v] of Object.entries(answers.slots)) if (slotDefinition(id) !== undefined && typeof v === 'string') slots[id] = v;
  const tables: Record<string, string[][]> = {};
  if (isRecord(answers.tables)) {
    for (const [id, rows] of Object.entries(answers.tables)) {
      const width = tableInfo(id)?.columns.length;
      if (width === undefined || !Array.isArray(rows)) continue;
      const whole = rows.every((r: unknown) => Array.isArray(r) && r.length === width && r.every((c) => typeof c === 'string' && textProblem(c) === null));
      if (whole) tables[id] = rows as string[][];
    }
  }
  const options: Record<string, boolean> = {};
  if (isRecord(answers.bijlage2Options)) for (const [id, v] of Object.entries(answers.bijlage2Options)) if (OPTION_BY_ID.has(id) && typeof v === 'boolean') options[id] = v;
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
export function validateAnswers(answers: unknown, options: ValidateOptions = {}): string[] {
  if (nestsDeeperThan(answers, MAX_ANSWERS_DEPTH)) {
    return [`Het antwoordenbestand is dieper genest dan ${MAX_ANSWERS_DEPTH} niveaus; het schema kent er vier (tables → tabel → rij → cel).`];
  }
  const structural = structureProblems(answers);
  // Every part that can be judged is judged, also when the file has other faults: all problems at
  // once. The judged part is what is well-formed: known fields with text, tables with whole rows.
  const typed = wellFormedPart(answers);
  const problems: string[] = [...structural];
  for (const [id, value] of Object.entries(typed.slots ?? {})) {
    const problem = validateField(id, value);
    if (problem) problems.push(problem);
  }
  const normalized = normalizeAnswers(typed);
  const removed = new Set(Object.entries(typed.bijlage2Options ?? {}).filter(([, keep]) => !keep).map(([id]) => id));
  for (const [parent, children] of Object.entries(OPTION_CHILDREN)) {
    if (!removed.has(parent)) continue;
    for (const c of children) {
      if (typed.bijlage2Options?.[c] === true) {
        problems.push(`Bijlage 2-optie "${OPTION_BY_ID.get(c)?.label}" (${c}) hoort bij "${OPTION_BY_ID.get(parent)?.label}" (${parent}), die wordt verwijderd; zet ze allebei op false of allebei op true.`);
      }
      removed.add(c);
    }
  }
  for (const [id, value] of Object.entries(normalized.slots ?? {})) {
    const option = optionOfSlot(id);
    if (option !== null && removed.has(option) && value !== '') {
      problems.push(`${slotTitle(id)}: is ingevuld, maar de Bijlage 2-optie "${OPTION_BY_ID.get(option)?.label}" (${option}) waarin het staat wordt verwijderd.`);
    }
  }
  problems.push(...agreementProblems(normalized.slots ?? {}, normalized.tables ?? {}));
  if (options.complete) {
    for (const slot of FILLABLE_SLOTS) {
      if (!slot.required) continue;
      const value = normalized.slots?.[slot.id];
      if (value === undefined || value === '') problems.push(`${slotTitle(slot.id)}: is verplicht en nog niet ingevuld.`);
    }
  }
  return problems;
}

const KNOWN_IDS = [...FILLABLE_SLOTS.map((s) => s.id), ...fillTables().map((t) => t.id), ...BIJLAGE2_OPTIONS.map((o) => o.id)];
const ID_IN_PARENTHESES = new RegExp(` \\((?:${KNOWN_IDS.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\)`, 'g');

/**
 * A problem as the form shows it: the label is enough there. The command line keeps the id, the
 * key its user wrote in the answers file.
 */
export function withoutFieldIds(problem: string): string {
  return problem.replace(ID_IN_PARENTHESES, '');
}
