// What a plan changes, as codes with parameters (EditPlan.summary): the planners decide what is
// done, the front end words it here, in Dutch or English, after the plan was applied.
import { type ClauseId, clauseTitle } from '../template/clause-ids';
import { type AnswerNote, answerNoteText, Names, type WordingOptions } from './answer-text';
import type { Language } from './language';
import type { Restore } from './findings';

export type PlanNote =
  /** A field written `times` times; `value` as the user gave it. */
  | { readonly code: 'filled'; readonly slotId: string; readonly value: string; readonly times: number }
  | { readonly code: 'table-rows'; readonly tableId: string; readonly set: number; readonly added: number; readonly cleared: number }
  | { readonly code: 'option-removed'; readonly optionId: string }
  /** A Bijlage 2 heading with no option left under it; `heading` is the standard's text. */
  | { readonly code: 'heading-removed'; readonly heading: string }
  | { readonly code: 'bijlage3-added' }
  | { readonly code: 'bijlage3-removed'; readonly paragraphs: number }
  /** Paragraphs after Bijlage 2 that are no standard text of Bijlage 3, left in place. */
  | { readonly code: 'kept-after-bijlage2'; readonly paragraphs: number }
  | { readonly code: 'answers-stored' }
  | { readonly code: 'nothing-to-change' }
  | { readonly code: 'note'; readonly note: AnswerNote }
  | { readonly code: 'restored'; readonly clause: ClauseId | null; readonly kind: Restore['kind'] }
  /** One provision inserted where the user is: after the cursor's paragraph in Word, else after the chosen one. */
  | { readonly code: 'clause-inserted'; readonly clause: ClauseId; readonly host: 'word' | 'file' }
  | { readonly code: 'bijlage3-inserted-at-end' }
  | { readonly code: 'agreement-inserted'; readonly version: string }
  | { readonly code: 'comment-placed'; readonly clause: ClauseId | null }
  | { readonly code: 'review-stored'; readonly accepted: number };

const RESTORED_NL: Record<Restore['kind'], string> = {
  text: 'standaardtekst hersteld',
  insert: 'ontbrekende standaardtekst op zijn plaats teruggezet',
  'move-back': 'standaardtekst teruggezet op zijn plaats in de standaard',
  delete: 'ingevoegde tekst verwijderd',
  reject: 'bijgehouden wijziging van de leverancier geweigerd',
};
const RESTORED_EN: Record<Restore['kind'], string> = {
  text: 'standard text restored',
  insert: 'missing standard text put back in its place',
  'move-back': 'standard text put back in its place in the standard',
  delete: 'inserted text deleted',
  reject: 'the supplier\'s tracked change rejected',
};

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function rowParts(n: PlanNote & { code: 'table-rows' }, language: Language): string {
  const en = language === 'en';
  return [
    n.set > 0 ? `${count(n.set, en ? 'row' : 'rij', en ? 'rows' : 'rijen')} ${en ? 'filled in' : 'ingevuld'}` : '',
    n.added > 0 ? `${count(n.added, en ? 'row' : 'rij', en ? 'rows' : 'rijen')} ${en ? 'added' : 'toegevoegd'}` : '',
    n.cleared > 0 ? `${count(n.cleared, en ? 'row' : 'rij', en ? 'rows' : 'rijen')} ${en ? 'emptied' : 'leeggemaakt'}` : '',
  ].filter(Boolean).join(', ');
}

function english(n: PlanNote, names: Names): string {
  const title = (clause: ClauseId | null, none: string): string => (clause === null ? none : clauseTitle(clause, 'en'));
  switch (n.code) {
    case 'filled': return `Filled in: ${names.field(n.slotId)} = "${shorten(n.value)}"${n.times > 1 ? ` (${n.times}×)` : ''}.`;
    case 'table-rows': return `${names.tableLabel(n.tableId)}: ${rowParts(n, 'en')}.`;
    case 'option-removed': return `Annex 2: option ${names.option(n.optionId)} removed (not applicable).`;
    case 'heading-removed': return `Annex 2: heading "${n.heading}" removed (no option is left under it).`;
    case 'bijlage3-added': return 'Annex 3 (relevant GIBIT 2023 articles) added after Annex 2.';
    case 'bijlage3-removed': return `Annex 3 removed (${count(n.paragraphs, 'paragraph', 'paragraphs')}).`;
    case 'kept-after-bijlage2': return `Note: ${count(n.paragraphs, 'paragraph', 'paragraphs')} after Annex 2 ${n.paragraphs === 1 ? 'is' : 'are'} no standard text of Annex 3 and ${n.paragraphs === 1 ? 'was' : 'were'} left in place.`;
    case 'answers-stored': return 'Answers stored in the document (for filling in next time).';
    case 'nothing-to-change': return 'Nothing to change: the document already holds these answers.';
    case 'note': return `Note: ${answerNoteText(n.note, 'en')}`;
    case 'restored': return `${title(n.clause, 'The text')}: ${RESTORED_EN[n.kind]} (as a tracked change).`;
    case 'clause-inserted': return `${clauseTitle(n.clause, 'en')}: standard text inserted ${n.host === 'word' ? 'after the paragraph with the cursor' : 'after the chosen paragraph, or at the end of the document'}.`;
    case 'bijlage3-inserted-at-end': return 'Annex 3 (GIBIT provisions) inserted at the end of the document.';
    case 'agreement-inserted': return `The VNG standard data processing agreement for municipalities (version ${n.version}) put into the document.`;
    case 'comment-placed': return `${title(n.clause, 'The paragraph')}: comment placed.`;
    case 'review-stored': return `Review stored: ${count(n.accepted, 'accepted deviation', 'accepted deviations')} with motivation.`;
  }
}

function dutch(n: PlanNote, names: Names): string {
  const title = (clause: ClauseId | null, none: string): string => (clause === null ? none : clauseTitle(clause));
  switch (n.code) {
    case 'filled': return `Ingevuld: ${names.field(n.slotId)} = "${shorten(n.value)}"${n.times > 1 ? ` (${n.times}×)` : ''}.`;
    case 'table-rows': return `${names.tableLabel(n.tableId)}: ${rowParts(n, 'nl')}.`;
    case 'option-removed': return `Bijlage 2: optie ${names.option(n.optionId)} verwijderd (niet van toepassing).`;
    case 'heading-removed': return `Bijlage 2: kop "${n.heading}" verwijderd (er staat geen optie meer onder).`;
    case 'bijlage3-added': return 'Bijlage 3 (relevante GIBIT 2023-artikelen) toegevoegd na Bijlage 2.';
    case 'bijlage3-removed': return `Bijlage 3 verwijderd (${count(n.paragraphs, 'alinea', 'alinea\'s')}).`;
    case 'kept-after-bijlage2': return `Let op: ${count(n.paragraphs, 'alinea', 'alinea\'s')} na Bijlage 2 ${n.paragraphs === 1 ? 'is' : 'zijn'} geen standaardtekst van Bijlage 3 en ${n.paragraphs === 1 ? 'is' : 'zijn'} blijven staan.`;
    case 'answers-stored': return 'Antwoorden opgeslagen in het document (voor een volgende keer invullen).';
    case 'nothing-to-change': return 'Niets te wijzigen: het document bevat deze antwoorden al.';
    case 'note': return `Let op: ${answerNoteText(n.note, 'nl')}`;
    case 'restored': return `${title(n.clause, 'De tekst')}: ${RESTORED_NL[n.kind]} (als bijgehouden wijziging).`;
    case 'clause-inserted': return `${clauseTitle(n.clause)}: standaardtekst ingevoegd ${n.host === 'word' ? 'na de alinea waar de cursor staat' : 'na de gekozen alinea, of aan het eind van het document'}.`;
    case 'bijlage3-inserted-at-end': return 'Bijlage 3 (GIBIT-bepalingen) ingevoegd aan het eind van het document.';
    case 'agreement-inserted': return `De VNG standaard verwerkersovereenkomst gemeenten (versie ${n.version}) in het document gezet.`;
    case 'comment-placed': return `${title(n.clause, 'De alinea')}: opmerking geplaatst.`;
    case 'review-stored': return `Beoordeling opgeslagen: ${count(n.accepted, 'geaccepteerde afwijking', 'geaccepteerde afwijkingen')} met motivering.`;
  }
}

/** One line of a plan's summary in the reader's language. */
export function planNoteText(note: PlanNote, language: Language = 'nl', options: WordingOptions = {}): string {
  const names = new Names(language, options.ids ?? false, options.std);
  return language === 'en' ? english(note, names) : dutch(note, names);
}
