// What a finding says, as a code with parameters: the core decides what was found, the front end
// chooses the words (Dutch or English). `Finding.message` is the Dutch text, as the contract has it.
import { type ClauseId, clauseTitle } from '../template/clause-ids';
import { fieldCountText } from './field-count';
import type { Language } from './language';

export type FindingReason =
  | { readonly code: 'altered' }
  | { readonly code: 'altered-tracked' }
  /** Tracked changes whose result is the standard text. */
  | { readonly code: 'tracked-equal' }
  | { readonly code: 'deleted-tracked' }
  | { readonly code: 'missing' }
  | { readonly code: 'moved' }
  | { readonly code: 'hidden' }
  | { readonly code: 'inserted' }
  | { readonly code: 'comment'; readonly author: string; readonly text: string }
  | { readonly code: 'version'; readonly detected: string; readonly checked: string }
  | { readonly code: 'unfilled'; readonly unfilled: number; readonly total: number }
  /** Something the reader skipped or could not interpret, in its own (Dutch) words. */
  | { readonly code: 'reader-warning'; readonly text: string };

type Render = (reason: FindingReason, title: string, clause: ClauseId | null) => string;

const nl: Render = (r, title, clause) => {
  switch (r.code) {
    case 'altered': return `${title} wijkt af van de standaardtekst`;
    case 'altered-tracked': return `${title} is gewijzigd met bijgehouden wijzigingen`;
    case 'tracked-equal': return `${title} bevat bijgehouden wijzigingen; zoals de tekst er nu staat, is die gelijk aan de standaard`;
    case 'deleted-tracked': return `${title} is verwijderd als bijgehouden wijziging`;
    case 'missing': return `${title} ontbreekt`;
    case 'moved': return `${title} staat op een andere plaats dan in de standaard`;
    case 'hidden': return `${title}: standaardtekst is verborgen en niet zichtbaar voor de lezer`;
    case 'inserted': return `${clause ? `Na ${title}` : 'In de standaardtekst'} is tekst ingevoegd die niet in de standaard staat`;
    case 'comment': return `${title}: opmerking${r.author ? ` van ${r.author}` : ''}${r.text ? `: "${r.text}"` : ''}`;
    case 'version': return `Het document noemt versie ${r.detected}; gecontroleerd is tegen versie ${r.checked} van de standaard`;
    case 'unfilled': return fieldCountText({ total: r.total, filled: r.total - r.unfilled }, 'open', 'nl');
    case 'reader-warning': return r.text;
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
    case 'hidden': return `${title}: standard text is hidden from the reader`;
    case 'inserted': return `${clause ? `After ${title}` : 'In the standard text'}, text was inserted that is not in the standard`;
    case 'comment': return `${title}: comment${r.author ? ` by ${r.author}` : ''}${r.text ? `: "${r.text}"` : ''}`;
    case 'version': return `The document names version ${r.detected}; it was checked against version ${r.checked} of the standard`;
    case 'unfilled': return fieldCountText({ total: r.total, filled: r.total - r.unfilled }, 'open', 'en');
    case 'reader-warning': return r.text;
  }
};

/** The sentence for a finding, in the reader's language. */
export function findingText(reason: FindingReason, clause: ClauseId | null, language: Language = 'nl'): string {
  const title = clause ? clauseTitle(clause, language) : language === 'en' ? 'Text outside the standard' : 'Tekst buiten de standaard';
  return (language === 'en' ? en : nl)(reason, title, clause);
}
