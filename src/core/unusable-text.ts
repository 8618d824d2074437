// Why a file cannot be used, as a code with parameters, worded in Dutch and English side by side.
// The Dutch sentences are the ones the command line has always printed (tests and users rely on them).
import type { Language } from './language';

export type UnusableReason =
  | { readonly code: 'empty-file' }
  | { readonly code: 'legacy-or-encrypted' }
  | { readonly code: 'not-zip' }
  | { readonly code: 'damaged-zip' }
  /** A part that unpacks too large, too many parts, or a ratio no document has; `detail` is in Dutch. */
  | { readonly code: 'zip-bomb'; readonly detail: string }
  | { readonly code: 'part-missing'; readonly part: string }
  | { readonly code: 'dtd'; readonly part: string }
  | { readonly code: 'bad-xml'; readonly part: string }
  | { readonly code: 'too-deep'; readonly part: string; readonly limit: number }
  | { readonly code: 'bad-checksum'; readonly part: string }
  | { readonly code: 'duplicate-part'; readonly part: string }
  | { readonly code: 'no-main-document' }
  | { readonly code: 'not-wordprocessingml' }
  | { readonly code: 'empty-document' }
  | { readonly code: 'not-the-agreement' }
  | { readonly code: 'no-fields' };

const NOT_AGREEMENT_NL = 'Dit document is geen VNG standaard verwerkersovereenkomst gemeenten';
const NOT_AGREEMENT_EN = 'This document is not the VNG standard data processing agreement for municipalities';

export function unusableText(reason: UnusableReason, language: Language = 'nl'): string {
  if (language === 'en') {
    switch (reason.code) {
      case 'empty-file': return 'The file is empty.';
      case 'legacy-or-encrypted': return 'This is an old Word file (.doc) or a password-protected document: open it in Word and save it as .docx without a password.';
      case 'not-zip': return 'This is not a .docx file (not a valid Office Open XML package).';
      case 'damaged-zip': return 'The .docx file is damaged or incomplete (its zip structure is invalid).';
      case 'zip-bomb': return 'Refused: a part unpacks far larger than any document (possibly a zip bomb).';
      case 'part-missing': return `Part ${reason.part} is missing from the package.`;
      case 'dtd': return `Refused: ${reason.part} contains a DTD declaration, which a Word document does not have (possibly an entity attack).`;
      case 'bad-xml': return `Part ${reason.part} is not valid XML: the document is damaged.`;
      case 'too-deep': return `Refused: in ${reason.part} elements are nested more than ${reason.limit} levels deep, which Word itself does not open either (possibly an attack).`;
      case 'bad-checksum': return `The .docx file is damaged: the checksum of part ${reason.part} is wrong.`;
      case 'duplicate-part': return `The .docx file is damaged: part ${reason.part} is in it more than once.`;
      case 'no-main-document': return 'This is not a Word document: the package has no main document (word/document.xml).';
      case 'not-wordprocessingml': return 'This is not a Word document (no WordprocessingML).';
      case 'empty-document': return 'The document is empty.';
      case 'not-the-agreement': return `${NOT_AGREEMENT_EN}: the standard text was not found in it.`;
      case 'no-fields': return `${NOT_AGREEMENT_EN}: not a single field of the standard was found in it.`;
    }
  }
  switch (reason.code) {
    case 'empty-file': return 'Het bestand is leeg.';
    case 'legacy-or-encrypted': return 'Dit is een oud Word-bestand (.doc) of een met een wachtwoord versleuteld document: open het in Word en sla het op als .docx zonder wachtwoord.';
    case 'not-zip': return 'Dit is geen .docx-bestand (geen geldig Office Open XML-pakket).';
    case 'damaged-zip': return 'Het .docx-bestand is beschadigd of onvolledig (de zip-structuur is ongeldig).';
    case 'zip-bomb': return `Geweigerd: ${reason.detail} (mogelijk een zip-bom).`;
    case 'part-missing': return `Onderdeel ${reason.part} ontbreekt in het pakket.`;
    case 'dtd': return `Geweigerd: ${reason.part} bevat een DTD-declaratie, wat in een Word-document niet voorkomt (mogelijk een aanval met entiteiten).`;
    case 'bad-xml': return `Onderdeel ${reason.part} is geen geldige XML: het document is beschadigd.`;
    case 'too-deep': return `Geweigerd: in ${reason.part} zijn onderdelen meer dan ${reason.limit} niveaus diep genest, wat Word zelf ook niet opent (mogelijk een aanval).`;
    case 'bad-checksum': return `Het .docx-bestand is beschadigd: de controlesom van onderdeel ${reason.part} klopt niet.`;
    case 'duplicate-part': return `Het .docx-bestand is beschadigd: onderdeel ${reason.part} staat er meer dan eens in.`;
    case 'no-main-document': return 'Dit is geen Word-document: het pakket heeft geen hoofddocument (word/document.xml).';
    case 'not-wordprocessingml': return 'Dit is geen Word-document (geen WordprocessingML).';
    case 'empty-document': return 'Het document is leeg.';
    case 'not-the-agreement': return `${NOT_AGREEMENT_NL}: de standaardtekst is er niet in gevonden.`;
    case 'no-fields': return `${NOT_AGREEMENT_NL}: er is geen enkel invulveld van de standaard in gevonden.`;
  }
}
