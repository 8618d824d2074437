// The browser page's own words around the pane, Dutch and English side by side.
import type { Language } from '../core/language';

const nl = {
  subtitle: 'VNG standaard verwerkersovereenkomst gemeenten invullen, controleren en aanvullen, in uw browser.',
  chooseFile: 'Word-document (.docx) kiezen',
  open: 'Document openen…',
  openExample: 'Voorbeelddocument openen',
  empty: 'Leeg document',
  download: (file: string) => `Download ${file}`,
  opened: 'Geopend:',
  changed: (n: number) => ` (${n === 1 ? '1 keer' : `${n} keer`} gewijzigd; het origineel blijft ongewijzigd)`,
  drop: 'Sleep een Word-document (.docx) hierheen, of kies hierboven een document.',
  private: 'Het document blijft op uw computer: deze pagina verstuurt niets, ook geen statistieken.',
  pane: 'Taakvenster',
  preview: 'Voorbeeldweergave',
  previewOf: (file: string) => `Voorbeeldweergave van ${file}`,
  contentOf: (file: string) => `Inhoud van ${file}`,
  previewBuilding: 'Voorbeeldweergave wordt opgebouwd…',
  unreadable: (file: string) => `“${file}” kon niet worden gelezen.`,
  exampleFailed: 'Het voorbeelddocument kon niet worden geladen.',
  downloadedAs: (file: string) => `Het oorspronkelijke bestand is niet gewijzigd; het resultaat is gedownload als ${file}.`,
  saveWith: (file: string) => `Het oorspronkelijke bestand is niet gewijzigd; bewaar het resultaat met ‘Download ${file}’.`,
  discard: (file: string) => `U hebt in “${file}” wijzigingen die nog niet zijn gedownload of ingevuld. Een ander document openen laat ze vervallen. Doorgaan?`,
  // Why a file cannot be opened.
  legacyDoc: (file: string) => `“${file}” is een oud Word-bestand (.doc). Open het in Word, sla het op als .docx en kies het opnieuw.`,
  pdf: (file: string) => `“${file}” is een PDF. De VO-assistent werkt met Word-documenten (.docx).`,
  notDocx: (file: string) => `“${file}” is geen Word-document. Kies een bestand dat eindigt op .docx.`,
  emptyFile: (file: string) => `“${file}” is leeg.`,
  tooLarge: (file: string, size: string, max: string) => `“${file}” is ${size} MB; de VO-assistent opent bestanden tot ${max} MB. Een verwerkersovereenkomst is veel kleiner: controleer of dit het goede bestand is.`,
  pdfAsDocx: (file: string) => `“${file}” is een PDF met de extensie .docx. Open het oorspronkelijke Word-document (.docx).`,
  cannotOpen: (file: string, reason: string) => `“${file}” kan niet worden geopend: ${reason}`,
  damaged: 'het bestand is beschadigd.',
  numberLocale: 'nl-NL',
};

export type WebTexts = typeof nl;

const en: WebTexts = {
  subtitle: 'Fill in, review and complete the VNG standard data processing agreement for municipalities, in your browser.',
  chooseFile: 'Choose a Word document (.docx)',
  open: 'Open document…',
  openExample: 'Open example document',
  empty: 'Empty document',
  download: (file) => `Download ${file}`,
  opened: 'Opened:',
  changed: (n) => ` (changed ${n === 1 ? 'once' : `${n} times`}; the original stays unchanged)`,
  drop: 'Drop a Word document (.docx) here, or choose a document above.',
  private: 'The document stays on your computer: this page sends nothing, no statistics either.',
  pane: 'Task pane',
  preview: 'Preview',
  previewOf: (file) => `Preview of ${file}`,
  contentOf: (file) => `Content of ${file}`,
  previewBuilding: 'Building the preview…',
  unreadable: (file) => `“${file}” could not be read.`,
  exampleFailed: 'The example document could not be loaded.',
  downloadedAs: (file) => `The original file was not changed; the result was downloaded as ${file}.`,
  saveWith: (file) => `The original file was not changed; keep the result with ‘Download ${file}’.`,
  discard: (file) => `You have changes in “${file}” that were not downloaded or filled in yet. Opening another document discards them. Continue?`,
  legacyDoc: (file) => `“${file}” is an old Word file (.doc). Open it in Word, save it as .docx and choose it again.`,
  pdf: (file) => `“${file}” is a PDF. VO-assistent works with Word documents (.docx).`,
  notDocx: (file) => `“${file}” is not a Word document. Choose a file that ends in .docx.`,
  emptyFile: (file) => `“${file}” is empty.`,
  tooLarge: (file, size, max) => `“${file}” is ${size} MB; VO-assistent opens files up to ${max} MB. A data processing agreement is much smaller: check that this is the right file.`,
  pdfAsDocx: (file) => `“${file}” is a PDF with the extension .docx. Open the original Word document (.docx).`,
  cannotOpen: (file, reason) => `“${file}” cannot be opened: ${reason}`,
  damaged: 'the file is damaged.',
  numberLocale: 'en-GB',
};

export function webTexts(language: Language): WebTexts {
  return language === 'en' ? en : nl;
}
