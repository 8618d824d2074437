// Validation of an answers file and of one field's value, as problems with codes (answer-text.ts
// words them). Pure: used by the fill planner, the command line and the form in the task pane alike.
import { slotCapacity } from './slot-capacity';
import { tokenNorms } from './text';
import type { Standard } from '../template/standard';
import { agreementProblems } from './agreement-rules';
import type { AnswerProblem, ValueProblem } from './answer-text';
import {
  type Answers, fillableSlots, formatDutchDate, normalizeAnswers, normalizeValue, OPTION_CHILDREN, optionDefinition, optionOfSlot,
  slotDefinition, tableInfo, TOP_LEVEL_KEYS,
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


function textProblem(text: string): ValueProblem | null {
  if (UNWRITABLE.test(text)) return { code: 'unwritable' };
  if (text.length > MAX_VALUE_LENGTH) return { code: 'too-long', length: text.length, max: MAX_VALUE_LENGTH };
  return null;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[a-z0-9\u00A0-\uFFFF](?:[a-z0-9\u00A0-\uFFFF-]{0,61}[a-z0-9\u00A0-\uFFFF])?\.)+[a-z\u00A0-\uFFFF]{2,}$/i;

export function isEmail(text: string): boolean {
  return EMAIL.test(text) && text.length <= 254;
}

/** The problem with one field's value, or null when it is fine. */
export function fieldProblem(slotId: string, value: string, std: Standard): ValueProblem | null {
  const slot = slotDefinition(slotId, std);
  if (!slot) return { code: 'not-a-field' };
  const raw = textProblem(value);
  if (raw) return raw;
  const text = normalizeValue(slotId, value, std);
  if (text === '') return null;
  // A value that reads as a placeholder or a blank would look unfilled to every reader.
  if (/^<[^<>]*>$/.test(text) || /^[.\u2026\s]+$/.test(text)) return { code: 'placeholder', text };
  // What the checker can recognise as this field is what may be written into it (slot-capacity.ts).
  const capacity = slotCapacity(slot.id, slot.kind);
  if (tokenNorms(text).length > capacity) return { code: 'over-capacity', capacity };
  // A choice, and a municipality detail in set forms (who signs for it).
  if (slot.choices !== undefined) return slot.choices.includes(text) ? null : { code: 'not-a-choice', text, choices: slot.choices };
  switch (slot.kind) {
    case 'kvk':
      return /^\d{8}$/.test(text) ? null : { code: 'not-kvk', text: value.trim() };
    case 'date':
      return formatDutchDate(text) !== null ? null : { code: 'not-date', text: value.trim() };
    case 'email':
      return isEmail(text) ? null : { code: 'not-email', text };
    case 'municipality':
      if (/email|e-mail/i.test(slot.id)) return isEmail(text) ? null : { code: 'not-email', text };
      return null;
    default:
      return null;
  }
}

/** The problem with one field's value, with the field named, or null: for the form. */
export function validateField(slotId: string, value: string, std: Standard): AnswerProblem | null {
  const problem = fieldProblem(slotId, value, std);
  return problem === null ? null : { code: 'field', slotId, problem };
}

// --- The whole answers file --------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}


function structureProblems(answers: unknown, std: Standard): AnswerProblem[] {
  if (!isRecord(answers)) return [{ code: 'not-an-object' }];
  const problems: AnswerProblem[] = [];
  for (const key of Object.keys(answers)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) problems.push({ code: 'unknown-part', key, allowed: TOP_LEVEL_KEYS });
  }
  const { slots, tables, bijlage3, bijlage2Options } = answers;
  if (slots !== undefined) {
    if (!isRecord(slots)) problems.push({ code: 'slots-not-object' });
    else {
      for (const [id, value] of Object.entries(slots)) {
        if (slotDefinition(id, std) === undefined) problems.push({ code: 'unknown-field', slotId: id });
        else if (typeof value !== 'string') problems.push({ code: 'value-not-text', slotId: id, value: JSON.stringify(value) });
      }
    }
  }
  if (tables !== undefined) {
    if (!isRecord(tables)) problems.push({ code: 'tables-not-object' });
    else {
      for (const [id, rows] of Object.entries(tables)) {
        const table = tableInfo(id, std);
        if (!table) {
          problems.push({ code: 'unknown-table', tableId: id, known: std.tables.map((t) => t.id) });
          continue;
        }
        if (!Array.isArray(rows)) {
          problems.push({ code: 'table-not-rows', tableId: id, columns: table.columns.length });
          continue;
        }
        if (rows.length > MAX_TABLE_ROWS) problems.push({ code: 'too-many-rows', tableId: id, rows: rows.length, max: MAX_TABLE_ROWS });
        rows.forEach((row: unknown, r) => {
          if (!Array.isArray(row) || row.some((c) => typeof c !== 'string')) {
            problems.push({ code: 'row-not-texts', tableId: id, row: r, columns: table.columns.length });
          } else if (row.length !== table.columns.length) {
            problems.push({ code: 'row-width', tableId: id, row: r, width: row.length, columns: table.columns });
          } else {
            row.forEach((cell: string, c) => {
              const problem = textProblem(cell);
              if (problem) problems.push({ code: 'cell', tableId: id, row: r, column: table.columns[c] ?? '', problem });
            });
          }
        });
      }
    }
  }
  if (bijlage3 !== undefined && typeof bijlage3 !== 'boolean') problems.push({ code: 'bijlage3-not-boolean' });
  if (bijlage2Options !== undefined) {
    if (!isRecord(bijlage2Options)) problems.push({ code: 'options-not-object' });
    else {
      for (const [id, value] of Object.entries(bijlage2Options)) {
        if (optionDefinition(id, std) === undefined) problems.push({ code: 'unknown-option', optionId: id, known: std.bijlage2Options.map((o) => o.id) });
        else if (typeof value !== 'boolean') problems.push({ code: 'option-not-boolean', optionId: id });
      }
    }
  }
  return problems;
}


function wellFormedPart(answers: unknown, std: Standard): Answers {
  if (!isRecord(answers)) return {};
  const slots: Record<string, string> = {};
  if (isRecord(answers.slots)) for (const [id, v] of Object.entries(answers.slots)) if (slotDefinition(id, std) !== undefined && typeof v === 'string') slots[id] = v;
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
  if (isRecord(answers.bijlage2Options)) for (const [id, v] of Object.entries(answers.bijlage2Options)) if (optionDefinition(id, std) !== undefined && typeof v === 'boolean') options[id] = v;
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
 * Every problem with an answers file, each naming its field; [] when it is valid.
 * With `complete`, required fields without a value are problems too.
 */
export function validateAnswers(answers: unknown, std: Standard, options: ValidateOptions = {}): AnswerProblem[] {
  if (nestsDeeperThan(answers, MAX_ANSWERS_DEPTH)) return [{ code: 'too-deep', limit: MAX_ANSWERS_DEPTH }];
  const structural = structureProblems(answers, std);
  // Every part that can be judged is judged, also when the file has other faults: all problems at
  // once. The judged part is what is well-formed: known fields with text, tables with whole rows.
  const typed = wellFormedPart(answers, std);
  const problems: AnswerProblem[] = [...structural];
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
        problems.push({ code: 'option-with-parent', optionId: c, parentId: parent });
      }
      removed.add(c);
    }
  }
  for (const [id, value] of Object.entries(normalized.slots ?? {})) {
    const option = optionOfSlot(id, std);
    if (option !== null && removed.has(option) && value !== '') {
      problems.push({ code: 'field-in-removed-option', slotId: id, optionId: option });
    }
  }
  problems.push(...agreementProblems(normalized.slots ?? {}, normalized.tables ?? {}, std));
  if (options.complete) {
    for (const slot of fillableSlots(std)) {
      if (!slot.required) continue;
      const value = normalized.slots?.[slot.id];
      if (value === undefined || value === '') problems.push({ code: 'required', slotId: slot.id });
    }
  }
  return problems;
}
