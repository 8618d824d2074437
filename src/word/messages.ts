// The Word adapter's sentences for the user: Dutch first, English when Office runs in English.

export type Language = 'nl' | 'en';

const MESSAGES = {
  noTrackedChanges: {
    nl: 'Bijgehouden wijzigingen kunnen in deze versie van Word niet worden gelezen (WordApi 1.6 ontbreekt). Bekijk ze zelf via Controleren > Wijzigingen bijhouden.',
    en: 'Tracked changes cannot be read in this version of Word (WordApi 1.6 is missing). Review them yourself under Review > Track Changes.',
  },
  noComments: {
    nl: 'Opmerkingen kunnen in deze versie van Word niet worden gelezen of geplaatst (WordApi 1.4 ontbreekt).',
    en: 'Comments cannot be read or added in this version of Word (WordApi 1.4 is missing).',
  },
  noTrackedRestore: {
    nl: 'Herstelde standaardtekst wordt niet als bijgehouden wijziging gemarkeerd (WordApi 1.4 ontbreekt); de leverancier ziet de wijziging dus niet vanzelf.',
    en: 'Restored standard text is not marked as a tracked change (WordApi 1.4 is missing), so the supplier will not see the change by itself.',
  },
  noCustomXml: {
    nl: 'De antwoorden worden in de documentinstellingen van de invoegtoepassing bewaard in plaats van in een eigen XML-onderdeel (WordApi 1.4 ontbreekt); andere programma\'s zien ze daar niet.',
    en: 'Answers are kept in the add-in\'s document settings instead of a custom XML part (WordApi 1.4 is missing); other programs cannot see them there.',
  },
  noHiddenText: {
    nl: 'Verborgen tekst kan hier niet worden herkend (dat kan alleen in Word voor Windows en Mac met WordApiDesktop 1.2). Zet Start > Alles weergeven (¶) aan of controleer het bestand met de opdrachtregel.',
    en: 'Hidden text cannot be detected here (only Word for Windows and Mac with WordApiDesktop 1.2 can). Turn on Home > Show/Hide (¶) or check the file with the command line.',
  },
  noNotes: {
    nl: 'Voetnoten en eindnoten kunnen in deze versie van Word niet worden gelezen (WordApi 1.5 ontbreekt); wat daarin staat, is niet gecontroleerd. Controleer het bestand met de opdrachtregel of de browserpagina.',
    en: 'Footnotes and endnotes cannot be read in this version of Word (WordApi 1.5 is missing); what they say was not checked. Check the file with the command line or the browser page.',
  },
  noNoteAnchors: {
    nl: 'Bij voetnoten en eindnoten kan deze versie van Word niet zeggen bij welke alinea ze staan (WordApi 1.6 ontbreekt).',
    en: 'This version of Word cannot tell which paragraph a footnote or endnote belongs to (WordApi 1.6 is missing).',
  },
  noTextBoxes: {
    nl: 'Tekstvakken kunnen hier niet worden gelezen (dat kan alleen in Word voor Windows en Mac met WordApiDesktop 1.2); wat daarin staat, is niet gecontroleerd. Controleer het bestand met de opdrachtregel of de browserpagina.',
    en: 'Text boxes cannot be read here (only Word for Windows and Mac with WordApiDesktop 1.2 can); what they say was not checked. Check the file with the command line or the browser page.',
  },
  noStoryTextBoxes: {
    nl: 'Tekstvakken in kop- en voetteksten en in voetnoten leest het venster in Word niet (de Word-API geeft alleen de tekstvakken van de hoofdtekst); wat daarin staat, is niet gecontroleerd. Controleer het bestand met de opdrachtregel of de browserpagina: die lezen ze wel.',
    en: 'Text boxes in headers, footers and notes are not read by the pane in Word (the Word API gives only the main text\'s text boxes); what they say was not checked. Check the file with the command line or the browser page: they do read them.',
  },
  commentInHeader: {
    nl: 'Word staat geen opmerkingen toe in een koptekst of voettekst. Er is niets gewijzigd; zet uw opmerking bij de eerste bepaling of stuur haar apart.',
    en: 'Word does not allow comments in a header or footer. Nothing was changed; put your comment on the first provision or send it separately.',
  },
  commentWithoutAnchor: {
    nl: 'Deze Word-versie kan niet zeggen bij welke alinea deze voetnoot of dit tekstvak staat, dus er kan geen opmerking bij worden geplaatst. Er is niets gewijzigd.',
    en: 'This version of Word cannot tell which paragraph this note or text box belongs to, so no comment can be placed with it. Nothing was changed.',
  },
  noLiveChanges: {
    nl: 'Deze Word-versie meldt wijzigingen niet terwijl u typt; controleer opnieuw met de knop.',
    en: 'This version of Word does not report changes while you type; check again with the button.',
  },
  commentAuthor: {
    nl: 'Een opmerking die u plaatst, krijgt uw eigen naam in Word als auteur.',
    en: 'A comment you add carries your own Word user name as its author.',
  },
  paragraphMissing: {
    nl: 'Alinea {n} bestaat niet (meer) in het document. Lees het document opnieuw in en probeer het nog eens.',
    en: 'Paragraph {n} does not exist (any more) in the document. Read the document again and retry.',
  },
  textChanged: {
    nl: 'De tekst van alinea {n} is veranderd sinds het document werd ingelezen. Lees het document opnieuw in en probeer het nog eens.',
    en: 'The text of paragraph {n} changed since the document was read. Read the document again and retry.',
  },
  textNotAddressable: {
    nl: 'De tekst "{text}" in alinea {n} kan niet eenduidig worden teruggevonden. Vul deze plek met de hand in.',
    en: 'The text "{text}" in paragraph {n} cannot be located unambiguously. Fill in this place by hand.',
  },
  notInTable: {
    nl: 'Alinea {n} staat niet in een tabel.',
    en: 'Paragraph {n} is not inside a table.',
  },
  commentsUnsupported: {
    nl: 'Opmerkingen plaatsen kan niet in deze versie van Word (WordApi 1.4 ontbreekt). Er is niets gewijzigd.',
    en: 'Adding comments is not possible in this version of Word (WordApi 1.4 is missing). Nothing was changed.',
  },
  rejectUnsupported: {
    nl: 'Bijgehouden wijzigingen weigeren kan niet in deze versie van Word (WordApi 1.6 ontbreekt). Er is niets gewijzigd; weiger de wijziging zelf via Controleren > Weigeren.',
    en: 'Rejecting tracked changes is not possible in this version of Word (WordApi 1.6 is missing). Nothing was changed; reject the change yourself under Review > Reject.',
  },
} as const;

export type MessageKey = keyof typeof MESSAGES;

/** Office's display language decides; everything that is not English gets Dutch. */
export function languageOf(displayLanguage: string | undefined): Language {
  return displayLanguage !== undefined && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function message(key: MessageKey, language: Language, values: Record<string, string | number> = {}): string {
  let text: string = MESSAGES[key][language];
  for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
  return text;
}
