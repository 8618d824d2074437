// What is wrong with an answers file or a typed value, as codes with parameters: validation and
// the fill planner decide what was found, the front end words it here, in Dutch or English. The
// command line names each field by its label and id (the key its user wrote in the answers file);
// the form by its label only.
import { newestStandard } from '../template/registry';
import type { Standard } from '../template/standard';
import type { Language } from './language';
import type { UnusableReason } from './unusable-text';
import { unusableText } from './unusable-text';

/** What is wrong with one value (of a field or a table cell), without naming where it stands. */
export type ValueProblem =
  | { readonly code: 'not-a-field' }
  /** Control characters or a lone surrogate half: a document with them would not open. */
  | { readonly code: 'unwritable' }
  | { readonly code: 'too-long'; readonly length: number; readonly max: number }
  | { readonly code: 'placeholder'; readonly text: string }
  /** More words than the checker can recognise as this field. */
  | { readonly code: 'over-capacity'; readonly capacity: number }
  | { readonly code: 'not-kvk'; readonly text: string }
  | { readonly code: 'not-date'; readonly text: string }
  | { readonly code: 'not-email'; readonly text: string }
  | { readonly code: 'not-a-choice'; readonly text: string; readonly choices: readonly string[] }
  /** The tender's annex number of a municipality profile ("Bijlage 5"). */
  | { readonly code: 'not-annex-number'; readonly text: string };

/** Article 9 and 10 AVG: the special categories a supplier may name (agreement-rules.ts). */
export type SpecialCategory =
  | 'health' | 'race' | 'ethnic' | 'political' | 'religion' | 'belief' | 'union' | 'genetic' | 'biometric' | 'sexual' | 'criminal';

/** A problem that stands in the way of filling; `row` counts from 0. */
export type AnswerProblem =
  | { readonly code: 'too-deep'; readonly limit: number }
  | { readonly code: 'not-an-object' }
  | { readonly code: 'unknown-part'; readonly key: string; readonly allowed: readonly string[] }
  | { readonly code: 'slots-not-object' }
  | { readonly code: 'unknown-field'; readonly slotId: string }
  /** `value` as JSON. */
  | { readonly code: 'value-not-text'; readonly slotId: string; readonly value: string }
  | { readonly code: 'tables-not-object' }
  | { readonly code: 'unknown-table'; readonly tableId: string; readonly known: readonly string[] }
  | { readonly code: 'table-not-rows'; readonly tableId: string; readonly columns: number }
  | { readonly code: 'too-many-rows'; readonly tableId: string; readonly rows: number; readonly max: number }
  | { readonly code: 'row-not-texts'; readonly tableId: string; readonly row: number; readonly columns: number }
  | { readonly code: 'row-width'; readonly tableId: string; readonly row: number; readonly width: number; readonly columns: readonly string[] }
  | { readonly code: 'cell'; readonly tableId: string; readonly row: number; readonly column: string; readonly problem: ValueProblem }
  | { readonly code: 'bijlage3-not-boolean' }
  | { readonly code: 'options-not-object' }
  | { readonly code: 'unknown-option'; readonly optionId: string; readonly known: readonly string[] }
  | { readonly code: 'option-not-boolean'; readonly optionId: string }
  | { readonly code: 'field'; readonly slotId: string; readonly problem: ValueProblem }
  /** A sub-option kept while its parent goes. */
  | { readonly code: 'option-with-parent'; readonly optionId: string; readonly parentId: string }
  | { readonly code: 'field-in-removed-option'; readonly slotId: string; readonly optionId: string }
  | { readonly code: 'outside-eer'; readonly tableId: string; readonly row: number; readonly location: string }
  | { readonly code: 'special-categories'; readonly tableId: string; readonly row: number; readonly categories: readonly SpecialCategory[] }
  | { readonly code: 'processor-name-differs'; readonly signer: string; readonly company: string }
  | { readonly code: 'required'; readonly slotId: string }
  /** The fill planner: the document has no place for the value. */
  | { readonly code: 'not-in-document'; readonly slotId: string }
  | { readonly code: 'fields-overlap'; readonly slotId: string; readonly otherId: string }
  | { readonly code: 'table-not-found'; readonly tableId: string }
  | { readonly code: 'option-not-in-document'; readonly optionId: string }
  /** The document is not the agreement; `reason` null where it is only worded in Dutch (`text`). */
  | { readonly code: 'unusable'; readonly reason: UnusableReason | null; readonly text: string };

/** Worth telling, no error: the BSN is no special category, yet restricted (art. 46 UAVG). */
export type AnswerNote = { readonly code: 'bsn'; readonly tableId: string; readonly row: number };

export interface WordingOptions {
  /** Name fields, tables and options with their id after the label (the command line). */
  readonly ids?: boolean;
  /** The standard whose labels name the fields (the newest registered one when not given). */
  readonly std?: Standard;
}

const CATEGORY: Record<SpecialCategory, { readonly nl: string; readonly en: string }> = {
  health: { nl: 'gezondheid', en: 'health' },
  race: { nl: 'ras', en: 'race' },
  ethnic: { nl: 'etnische afkomst', en: 'ethnic origin' },
  political: { nl: 'politieke opvattingen', en: 'political opinions' },
  religion: { nl: 'religie', en: 'religion' },
  belief: { nl: 'levensovertuiging', en: 'philosophical beliefs' },
  union: { nl: 'vakbondslidmaatschap', en: 'trade union membership' },
  genetic: { nl: 'genetische gegevens', en: 'genetic data' },
  biometric: { nl: 'biometrische gegevens', en: 'biometric data' },
  sexual: { nl: 'seksueel gedrag of seksuele gerichtheid', en: 'sex life or sexual orientation' },
  criminal: { nl: 'strafrechtelijke gegevens', en: 'criminal offence data' },
};

/** How fields, tables and options are named in a sentence. */
export class Names {
  constructor(private readonly language: Language, private readonly ids: boolean, private readonly std: Standard = newestStandard()) {}

  private withId(label: string, id: string): string {
    return this.ids ? `${label} (${id})` : label;
  }

  field(slotId: string): string {
    const slot = this.std.slots.find((s) => s.id === slotId);
    if (!slot) return slotId;
    return this.withId(this.language === 'en' ? slot.labelEn : slot.label, slotId);
  }

  tableLabel(tableId: string): string {
    const table = this.std.tables.find((t) => t.id === tableId);
    const label = table ? (this.language === 'en' ? table.labelEn : table.label) : tableId;
    return `${this.language === 'en' ? 'Annex 1' : 'Bijlage 1'}, ${label}`;
  }

  table(tableId: string): string {
    return this.withId(this.tableLabel(tableId), tableId);
  }

  row(tableId: string, row: number): string {
    return `${this.tableLabel(tableId)}, ${this.language === 'en' ? 'row' : 'rij'} ${row + 1}`;
  }

  rowWithId(tableId: string, row: number): string {
    return this.withId(this.row(tableId, row), tableId);
  }

  option(optionId: string): string {
    const option = this.std.bijlage2Options.find((o) => o.id === optionId);
    const label = option ? (this.language === 'en' ? option.labelEn : option.label) : optionId;
    return this.withId(`"${label}"`, optionId);
  }
}

const quoted = (values: readonly string[]): string => values.map((v) => `"${v}"`).join(', ');

/** The problem with one value, without naming where it stands ("is te lang …"). */
export function valueProblemText(problem: ValueProblem, language: Language = 'nl'): string {
  if (language === 'en') {
    switch (problem.code) {
      case 'not-a-field': return 'is not a field of the standard data processing agreement';
      case 'unwritable': return 'contains characters a Word document cannot hold (control characters or a lone surrogate half)';
      case 'too-long': return `is too long (${problem.length} characters; at most ${problem.max})`;
      case 'placeholder': return `"${problem.text}" looks like a placeholder; fill in the real value`;
      case 'over-capacity': return `is too long for this field: at most ${problem.capacity} words and punctuation marks`;
      case 'not-kvk': return `"${problem.text}" is no Chamber of Commerce (KVK) number: that is exactly 8 digits`;
      case 'not-date': return `"${problem.text}" is no valid date; write for example 2026-03-01 or 1-3-2026`;
      case 'not-email': return `"${problem.text}" is no valid e-mail address`;
      case 'not-a-choice': return `"${problem.text}" is not an allowed choice; choose from: ${quoted(problem.choices)}`;
      case 'not-annex-number': return `"${problem.text}" is no annex number: write 1 or 2 digits, such as 5`;
    }
  }
  switch (problem.code) {
    case 'not-a-field': return 'is geen veld van de standaard verwerkersovereenkomst';
    case 'unwritable': return 'bevat tekens die niet in een Word-document kunnen staan (stuurtekens of een losse surrogaathelft)';
    case 'too-long': return `is te lang (${problem.length} tekens; ten hoogste ${problem.max})`;
    case 'placeholder': return `"${problem.text}" lijkt op een plaatshouder; vul de werkelijke waarde in`;
    case 'over-capacity': return `is te lang voor dit veld: ten hoogste ${problem.capacity} woorden en leestekens`;
    case 'not-kvk': return `"${problem.text}" is geen KVK-nummer: dat bestaat uit precies 8 cijfers`;
    case 'not-date': return `"${problem.text}" is geen geldige datum; schrijf bijvoorbeeld 2026-03-01 of 1 maart 2026`;
    case 'not-email': return `"${problem.text}" is geen geldig e-mailadres`;
    case 'not-a-choice': return `"${problem.text}" is geen toegestane keuze; kies uit: ${quoted(problem.choices)}`;
    case 'not-annex-number': return `"${problem.text}" is geen bijlagenummer: schrijf 1 of 2 cijfers, zoals 5`;
  }
}

function english(p: AnswerProblem, n: Names): string {
  switch (p.code) {
    case 'too-deep': return `The answers file is nested deeper than ${p.limit} levels; the schema has four (tables → table → row → cell).`;
    case 'not-an-object': return 'The answers file must be a JSON object, such as { "slots": { … } }.';
    case 'unknown-part': return `Unknown part "${p.key}" in the answers file; allowed are: ${p.allowed.join(', ')}.`;
    case 'slots-not-object': return '"slots" must be an object with a text per field id.';
    case 'unknown-field': return `Unknown field "${p.slotId}" in "slots": not a field of the standard data processing agreement.`;
    case 'value-not-text': return `${n.field(p.slotId)}: the value must be text (in quotes), not ${p.value}.`;
    case 'tables-not-object': return '"tables" must be an object with a list of rows per table id.';
    case 'unknown-table': return `Unknown table "${p.tableId}" in "tables"; known tables: ${p.known.join(', ')}.`;
    case 'table-not-rows': return `${n.table(p.tableId)}: must be a list of rows, each row a list of ${p.columns} texts.`;
    case 'too-many-rows': return `${n.table(p.tableId)}: too many rows (${p.rows}; at most ${p.max}).`;
    case 'row-not-texts': return `${n.rowWithId(p.tableId, p.row)}: a row is a list of ${p.columns} texts.`;
    case 'row-width': return `${n.rowWithId(p.tableId, p.row)}: has ${p.width} columns, but the table has ${p.columns.length} (${quoted(p.columns)}).`;
    case 'cell': return `${n.row(p.tableId, p.row)}, column "${p.column}": ${valueProblemText(p.problem, 'en')}.`;
    case 'bijlage3-not-boolean': return '"bijlage3" must be true or false (Annex 3 included or not).';
    case 'options-not-object': return '"bijlage2Options" must be an object with true (keep) or false (remove) per option.';
    case 'unknown-option': return `Unknown Annex 2 option "${p.optionId}"; known options: ${p.known.join(', ')}.`;
    case 'option-not-boolean': return `Annex 2 option ${n.option(p.optionId)}: must be true or false.`;
    case 'field': return `${n.field(p.slotId)}: ${valueProblemText(p.problem, 'en')}`;
    case 'option-with-parent': return `Annex 2 option ${n.option(p.optionId)} goes with ${n.option(p.parentId)}, which is removed; set both to false or both to true.`;
    case 'field-in-removed-option': return `${n.field(p.slotId)}: is filled in, but the Annex 2 option ${n.option(p.optionId)} it stands in is removed.`;
    case 'outside-eer': return `${n.row(p.tableId, p.row)}: the processing location "${p.location}" is outside the EEA; fill in the transfer instrument (article 4.3, GDPR article 45 or 46), for example an adequacy decision or standard contractual clauses (SCC).`;
    case 'special-categories': return `${n.row(p.tableId, p.row)}: the personal data include special categories or criminal offence data (${p.categories.map((c) => CATEGORY[c].en).join(', ')}); describe the measure in the column "Aanvullende maatregelen" (GDPR articles 9 and 10).`;
    case 'processor-name-differs': return `${n.field('ondertekening.verwerker.organisatie')}: "${p.signer}" differs from ${n.field('verwerker.naam')} "${p.company}"; the Processor has the same name throughout the agreement.`;
    case 'required': return `${n.field(p.slotId)}: is required and not filled in yet.`;
    case 'not-in-document': return `${n.field(p.slotId)}: this field is not in the document, so the value cannot be filled in anywhere.`;
    case 'fields-overlap': return `${n.field(p.slotId)} and ${n.field(p.otherId)} overlap in the document; fill them in in Word or restore the text around them first.`;
    case 'table-not-found': return `${n.table(p.tableId)}: the table was not found in the document.`;
    case 'option-not-in-document': return `Annex 2 option ${n.option(p.optionId)}: is no longer in the document and cannot be put back by filling in; set the option to false or put the text back in Word.`;
    case 'unusable': return p.reason === null ? p.text : unusableText(p.reason, 'en');
  }
}

function dutch(p: AnswerProblem, n: Names): string {
  switch (p.code) {
    case 'too-deep': return `Het antwoordenbestand is dieper genest dan ${p.limit} niveaus; het schema kent er vier (tables → tabel → rij → cel).`;
    case 'not-an-object': return 'Het antwoordenbestand moet een JSON-object zijn, zoals { "slots": { … } }.';
    case 'unknown-part': return `Onbekend onderdeel "${p.key}" in het antwoordenbestand; toegestaan zijn: ${p.allowed.join(', ')}.`;
    case 'slots-not-object': return '"slots" moet een object zijn met per veld-id een tekst.';
    case 'unknown-field': return `Onbekend veld "${p.slotId}" in "slots": geen veld van de standaard verwerkersovereenkomst.`;
    case 'value-not-text': return `${n.field(p.slotId)}: de waarde moet tekst zijn (tussen aanhalingstekens), niet ${p.value}.`;
    case 'tables-not-object': return '"tables" moet een object zijn met per tabel-id een lijst van rijen.';
    case 'unknown-table': return `Onbekende tabel "${p.tableId}" in "tables"; bekende tabellen: ${p.known.join(', ')}.`;
    case 'table-not-rows': return `${n.table(p.tableId)}: moet een lijst van rijen zijn, elke rij een lijst van ${p.columns} teksten.`;
    case 'too-many-rows': return `${n.table(p.tableId)}: te veel rijen (${p.rows}; ten hoogste ${p.max}).`;
    case 'row-not-texts': return `${n.rowWithId(p.tableId, p.row)}: een rij is een lijst van ${p.columns} teksten.`;
    case 'row-width': return `${n.rowWithId(p.tableId, p.row)}: heeft ${p.width} kolommen, maar de tabel heeft er ${p.columns.length} (${p.columns.join(' | ')}).`;
    case 'cell': return `${n.row(p.tableId, p.row)}, kolom "${p.column}": ${valueProblemText(p.problem, 'nl')}.`;
    case 'bijlage3-not-boolean': return '"bijlage3" moet true of false zijn (Bijlage 3 wel of niet opnemen).';
    case 'options-not-object': return '"bijlage2Options" moet een object zijn met per optie true (behouden) of false (verwijderen).';
    case 'unknown-option': return `Onbekende Bijlage 2-optie "${p.optionId}"; bekende opties: ${p.known.join(', ')}.`;
    case 'option-not-boolean': return `Bijlage 2-optie ${n.option(p.optionId)}: moet true of false zijn.`;
    case 'field': return `${n.field(p.slotId)}: ${valueProblemText(p.problem, 'nl')}`;
    case 'option-with-parent': return `Bijlage 2-optie ${n.option(p.optionId)} hoort bij ${n.option(p.parentId)}, die wordt verwijderd; zet ze allebei op false of allebei op true.`;
    case 'field-in-removed-option': return `${n.field(p.slotId)}: is ingevuld, maar de Bijlage 2-optie ${n.option(p.optionId)} waarin het staat wordt verwijderd.`;
    case 'outside-eer': return `${n.row(p.tableId, p.row)}: de verwerkingslocatie "${p.location}" ligt buiten de EER; vul het doorgifte-instrument in (artikel 4.3, AVG artikel 45 of 46), bijvoorbeeld een adequaatheidsbesluit of modelcontractbepalingen (SCC).`;
    case 'special-categories': return `${n.row(p.tableId, p.row)}: de persoonsgegevens noemen bijzondere of strafrechtelijke gegevens (${p.categories.map((c) => CATEGORY[c].nl).join(', ')}); beschrijf de maatregel in de kolom "Aanvullende maatregelen" (AVG artikel 9 en 10).`;
    case 'processor-name-differs': return `${n.field('ondertekening.verwerker.organisatie')}: "${p.signer}" wijkt af van ${n.field('verwerker.naam')} "${p.company}"; de Verwerker heet overal in de overeenkomst hetzelfde.`;
    case 'required': return `${n.field(p.slotId)}: is verplicht en nog niet ingevuld.`;
    case 'not-in-document': return `${n.field(p.slotId)}: dit veld staat niet in het document, dus de waarde kan nergens worden ingevuld.`;
    case 'fields-overlap': return `${n.field(p.slotId)} en ${n.field(p.otherId)} vallen in het document over elkaar heen; vul ze in Word in of herstel eerst de tekst eromheen.`;
    case 'table-not-found': return `${n.table(p.tableId)}: de tabel is niet gevonden in het document.`;
    case 'option-not-in-document': return `Bijlage 2-optie ${n.option(p.optionId)}: staat niet meer in het document en kan met invullen niet worden teruggezet; zet de optie op false of neem de tekst weer op in Word.`;
    case 'unusable': return p.reason === null ? p.text : unusableText(p.reason, 'nl');
  }
}

/** The sentence for a problem, naming its field, table or option. */
export function answerProblemText(problem: AnswerProblem, language: Language = 'nl', options: WordingOptions = {}): string {
  const names = new Names(language, options.ids ?? false, options.std);
  return language === 'en' ? english(problem, names) : dutch(problem, names);
}

export function answerNoteText(note: AnswerNote, language: Language = 'nl'): string {
  const row = new Names(language, false).row(note.tableId, note.row);
  return language === 'en'
    ? `${row}: the BSN (citizen service number) is no special category of personal data, but may only be processed where the law allows it (article 46 UAVG); name the legal basis in the main agreement.`
    : `${row}: het BSN is geen bijzonder persoonsgegeven, maar mag alleen worden verwerkt waar de wet dat toestaat (artikel 46 UAVG); noem de grondslag in de hoofdovereenkomst.`;
}
