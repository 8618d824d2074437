// The municipality's profile: its own details (name, governing body, who signs, its representative,
// its FG address, the annex number its tenders give the agreement), remembered for the user and
// filled into every new agreement. Pure: where it is kept is the front end's (user-settings.ts).
import type { Standard } from '../template/standard';
import { fieldProblem } from './answer-validation';
import type { ValueProblem } from './answer-text';

/** The fields that are the municipality's, not one agreement's. */
export const PROFILE_FIELDS: readonly string[] = [
  'gemeente.naam',
  'gemeente.bestuursorgaan',
  'gemeente.vertegenwoordiger.aanhef',
  'gemeente.vertegenwoordiger.naam',
  'gemeente.vertegenwoordiger.functie',
  'gemeente.fg-email',
  'gemeente.ondertekenaar',
  'ondertekening.gemeente.naam-functie',
  'ondertekening.gemeente.plaats',
];

export interface MunicipalityProfile {
  /** Values by field id, only fields of PROFILE_FIELDS with a valid value. */
  readonly fields: Readonly<Record<string, string>>;
  /** The number of the agreement among the tender's annexes ("Bijlage 5" above the title), '' for none. */
  readonly annexNumber: string;
}

const ANNEX_NUMBER = /^\d{1,2}$/;

/** What is wrong with a profile's values, field by field (worded by the front end: answer-text.ts). */
export function profileProblems(fields: Readonly<Record<string, string>>, annexNumber: string, std: Standard): { id: string; problem: ValueProblem }[] {
  const problems: { id: string; problem: ValueProblem }[] = [];
  for (const id of PROFILE_FIELDS) {
    const value = fields[id]?.trim() ?? '';
    const problem = value === '' ? null : fieldProblem(id, value, std);
    if (problem !== null) problems.push({ id, problem });
  }
  if (annexNumber.trim() !== '' && !ANNEX_NUMBER.test(annexNumber.trim())) problems.push({ id: 'bijlage', problem: { code: 'not-annex-number', text: annexNumber.trim() } });
  return problems;
}

/** The profile of these values: the municipality's fields that are filled and valid, trimmed. */
export function profileOf(fields: Readonly<Record<string, string>>, annexNumber: string, std: Standard): MunicipalityProfile {
  const kept: Record<string, string> = {};
  for (const id of PROFILE_FIELDS) {
    const value = fields[id]?.trim() ?? '';
    if (value !== '' && fieldProblem(id, value, std) === null) kept[id] = value;
  }
  const annex = annexNumber.trim();
  return { fields: kept, annexNumber: ANNEX_NUMBER.test(annex) ? annex : '' };
}

export function isEmptyProfile(profile: MunicipalityProfile): boolean {
  return Object.keys(profile.fields).length === 0 && profile.annexNumber === '';
}

const FORMAT = 1;

/** The profile as stored: JSON with a format number, read back by profileFromStored. */
export function storedProfile(profile: MunicipalityProfile): string {
  return JSON.stringify({ format: FORMAT, fields: profile.fields, annexNumber: profile.annexNumber });
}

/**
 * The profile a stored text holds, or null for none. Whatever was changed by hand or stored by
 * another version is read as far as it is valid, never trusted.
 */
export function profileFromStored(text: string | null, std: Standard): MunicipalityProfile | null {
  if (text === null || text === '') return null;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== FORMAT) return null;
  const { fields, annexNumber } = data as { fields?: unknown; annexNumber?: unknown };
  const strings: Record<string, string> = {};
  if (typeof fields === 'object' && fields !== null) {
    for (const [id, value] of Object.entries(fields)) if (typeof value === 'string') strings[id] = value;
  }
  const profile = profileOf(strings, typeof annexNumber === 'string' ? annexNumber : '', std);
  return isEmptyProfile(profile) ? null : profile;
}

/**
 * The form's values with the profile's wherever the document does not have the municipality's
 * own yet: an empty field, or the words of the copy the standard was published in (Haarlem's).
 * Returns the ids it filled.
 */
export function withProfile(values: Readonly<Record<string, string>>, profile: MunicipalityProfile | null, std: Standard): { values: Record<string, string>; filled: string[] } {
  const out = { ...values };
  const filled: string[] = [];
  if (!profile) return { values: out, filled };
  const seed = std.municipality;
  for (const [id, value] of Object.entries(profile.fields)) {
    if (!(id in values)) continue;
    const current = values[id]?.trim() ?? '';
    if (current !== '' && current !== seed[id]) continue;
    if (current === value) continue;
    out[id] = value;
    filled.push(id);
  }
  return { values: out, filled };
}
