// What a finding says, as a code with parameters: the core decides what was found, the front end
// chooses the words (Dutch or English). `Finding.message` is the Dutch text, as the contract has it.
import { type ClauseId, clauseTitle } from '../template/clause-ids';
import { fieldCountText } from './field-count';
import type { Language } from './language';
import { type ReaderWarning, readerWarningText } from './reader-warning';
import type { HiddenBy, Story } from './snapshot';

/** Where text outside the standard stands, when it is not between two provisions of the body. */
export type OutsidePlace = 'before-title' | 'after-end';

export type FindingReason =
  | { readonly code: 'altered' }
  | { readonly code: 'altered-tracked' }
  /** Tracked changes whose result is the standard text. */
  | { readonly code: 'tracked-equal' }
  | { readonly code: 'deleted-tracked' }
  | { readonly code: 'missing' }
  | { readonly code: 'moved' }
  /** Standard text kept from the reader; `how` when the reader knows more than hidden font. */
  | { readonly code: 'hidden'; readonly how?: HiddenBy }
  | { readonly code: 'inserted' }
  /** Text outside the body (a header, a note, a text box, an embedded part) that is not standard text. */
  | { readonly code: 'inserted-story'; readonly story: Exclude<Story, 'body'> }
  /** Text in the body before the title or after the end of the agreement. */
  | { readonly code: 'inserted-outside'; readonly place: OutsidePlace }
  /** A provision that is in its place and once more elsewhere. */
  | { readonly code: 'extra-copy' }
  /** The whole agreement a second time. */
  | { readonly code: 'second-copy' }
  | { readonly code: 'comment'; readonly author: string; readonly text: string }
  | { readonly code: 'version'; readonly detected: string; readonly checked: string }
  | { readonly code: 'unfilled'; readonly unfilled: number; readonly total: number }
  /** Something the reader skipped or could not interpret. */
  | { readonly code: 'reader-warning'; readonly warning: ReaderWarning };

type Render = (reason: FindingReason, title: string, clause: ClauseId | null) => string;

const STORY_NL: Record<Exclude<Story, 'body'>, string> = {
  header: 'de koptekst', footer: 'de voettekst', footnote: 'een voetnoot', endnote: 'een eindnoot',
  textbox: 'een tekstvak', embedded: 'een ingesloten deel (altChunk)',
};
const STORY_EN: Record<Exclude<Story, 'body'>, string> = {
  header: 'the header', footer: 'the footer', footnote: 'a footnote', endnote: 'an endnote',
  textbox: 'a text box', embedded: 'an embedded part (altChunk)',
};
const HIDDEN_NL: Record<HiddenBy, string> = {
  struck: 'doorgehaald zonder bijgehouden wijziging', white: 'wit of bijna wit gemaakt', tiny: 'in 1–2 punt gezet',
  'web-hidden': 'verborgen in LibreOffice', vanish: 'als verborgen tekst opgemaakt',
};
const HIDDEN_EN: Record<HiddenBy, string> = {
  struck: 'struck through without a tracked change', white: 'made white or nearly white', tiny: 'set in 1–2 points',
  'web-hidden': 'hidden in LibreOffice', vanish: 'formatted as hidden text',
};

const nl: Render = (r, title, clause) => {
  switch (r.code) {
    case 'altered': return `${title} wijkt af van de standaardtekst`;
    case 'altered-tracked': return `${title} is gewijzigd met bijgehouden wijzigingen`;
    case 'tracked-equal': return `${title} bevat bijgehouden wijzigingen; zoals de tekst er nu staat, is die gelijk aan de standaard`;
    case 'deleted-tracked': return `${title} is verwijderd als bijgehouden wijziging`;
    case 'missing': return `${title} ontbreekt`;
    case 'moved': return `${title} staat op een andere plaats dan in de standaard`;
    case 'hidden': return `${title}: standaardtekst is ${r.how ? `${HIDDEN_NL[r.how]} en dus ` : 'verborgen en '}niet zichtbaar voor de lezer`;
    case 'inserted': return `${clause ? `Na ${title}` : 'In de standaardtekst'} is tekst ingevoegd die niet in de standaard staat`;
    case 'inserted-story': return `In ${STORY_NL[r.story]} staat tekst die niet in de standaard staat${clause ? ` (bij ${title})` : ''}`;
    case 'inserted-outside': return `${r.place === 'before-title' ? 'Vóór de titel' : 'Na het einde van de overeenkomst'} staat tekst die niet in de standaard staat${clause ? ` (bij ${title})` : ''}`;
    case 'extra-copy': return `${title} staat nog een keer in het document, buiten zijn plaats`;
    case 'second-copy': return 'Het document bevat een tweede exemplaar van de overeenkomst';
    case 'comment': return `${title}: opmerking${r.author ? ` van ${r.author}` : ''}${r.text ? `: "${r.text}"` : ''}`;
    case 'version': return `Het document noemt versie ${r.detected}; gecontroleerd is tegen versie ${r.checked} van de standaard`;
    case 'unfilled': return fieldCountText({ total: r.total, filled: r.total - r.unfilled }, 'open', 'nl');
    case 'reader-warning': return readerWarningText(r.warning, 'nl');
  }
};

const en: Render = (r, title, clause) => {
  switch (r.code) {
    case 'altered': return `${title} differs from the standard text`;
    case 'altered-tracked': return `${title} was changed with tracked changes`;
    case 'tracked-equal': return `${title} has tracked changes; as the text stands now, it equals the standard`;
    case 'deleted-tracked': return `${title} was deleted as a tracked change`;
    case 'missing': return `${title} is missing`;
    case 'moved': return `${title} is in another place than in the standard`;
    case 'hidden': return `${title}: standard text is ${r.how ? `${HIDDEN_EN[r.how]}, so ` : ''}hidden from the reader`;
    case 'inserted': return `${clause ? `After ${title}` : 'In the standard text'}, text was inserted that is not in the standard`;
    case 'inserted-story': return `${STORY_EN[r.story].replace(/^./, (c) => c.toUpperCase())} holds text that is not in the standard${clause ? ` (at ${title})` : ''}`;
    case 'inserted-outside': return `${r.place === 'before-title' ? 'Before the title' : 'After the end of the agreement'} there is text that is not in the standard${clause ? ` (at ${title})` : ''}`;
    case 'extra-copy': return `${title} is in the document once more, outside its place`;
    case 'second-copy': return 'The document holds a second copy of the agreement';
    case 'comment': return `${title}: comment${r.author ? ` by ${r.author}` : ''}${r.text ? `: "${r.text}"` : ''}`;
    case 'version': return `The document names version ${r.detected}; it was checked against version ${r.checked} of the standard`;
    case 'unfilled': return fieldCountText({ total: r.total, filled: r.total - r.unfilled }, 'open', 'en');
    case 'reader-warning': return readerWarningText(r.warning, 'en');
  }
};

/** The sentence for a finding, in the reader's language. */
export function findingText(reason: FindingReason, clause: ClauseId | null, language: Language = 'nl'): string {
  const title = clause ? clauseTitle(clause, language) : language === 'en' ? 'Text outside the standard' : 'Tekst buiten de standaard';
  return (language === 'en' ? en : nl)(reason, title, clause);
}
