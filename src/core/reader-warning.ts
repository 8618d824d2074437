// What a reader (the .docx adapter or Word) skipped or could not interpret, as a code with
// parameters in the snapshot: the front end words it, in Dutch or English. Shown, never fatal.
import type { Language } from './language';

export type ReaderWarning =
  /** A table inside a table cell, read as text. */
  | { readonly code: 'nested-table' }
  /** Word: the tables could not be matched exactly to their paragraphs. */
  | { readonly code: 'table-count-mismatch' }
  /** Word: where a tracked change stands in some paragraphs could not be determined. */
  | { readonly code: 'revisions-unaligned' }
  | { readonly code: 'wordart' }
  /** A first-page or even-page header or footer that Word does not print holds text. */
  | { readonly code: 'unprinted-header-footer' }
  /** An altChunk whose part is missing from the package. */
  | { readonly code: 'embedded-missing' }
  /** An altChunk whose part could not be read; `contentType` as the package declares it ('' when none). */
  | { readonly code: 'embedded-unreadable'; readonly contentType: string }
  /** An altChunk where the reader does not read one (inside a table, a note). */
  | { readonly code: 'embedded-not-read' }
  /** Headers, notes, text boxes or altChunks inside an embedded Word document. */
  | { readonly code: 'embedded-nested-stories' }
  /** A data-bound content control with an XPath the reader does not evaluate. */
  | { readonly code: 'binding-unsupported' }
  | { readonly code: 'macros' }
  /** An optional part (styles, settings) that is no valid XML. */
  | { readonly code: 'damaged-part'; readonly part: string };

/** Warnings in the order they were first given, each once. */
export class ReaderWarnings {
  private readonly byKey = new Map<string, ReaderWarning>();

  add(warning: ReaderWarning): void {
    const key = JSON.stringify(warning);
    if (!this.byKey.has(key)) this.byKey.set(key, warning);
  }

  get list(): ReaderWarning[] {
    return [...this.byKey.values()];
  }
}

export function readerWarningText(warning: ReaderWarning, language: Language = 'nl'): string {
  if (language === 'en') {
    switch (warning.code) {
      case 'nested-table': return 'A table inside a table cell was read as text.';
      case 'table-count-mismatch': return 'The document\'s tables could not be matched exactly to their paragraphs; check the tables yourself.';
      case 'revisions-unaligned': return 'For some paragraphs with tracked changes the place of the change could not be determined; they were read as they are now.';
      case 'wordart': return 'Text in WordArt was not checked.';
      case 'unprinted-header-footer': return 'A header or footer that Word does not print (first page or even pages, not switched on) holds text; it was not checked.';
      case 'embedded-missing': return 'An embedded external document (altChunk) is missing from the package and was not checked.';
      case 'embedded-unreadable': return `An embedded external document (${warning.contentType || 'unknown type'}) could not be read and was not checked.`;
      case 'embedded-not-read': return 'An embedded external document (altChunk) was not read and not checked.';
      case 'embedded-nested-stories': return 'Headers and footers, footnotes, text boxes and embedded documents inside an embedded Word document were not checked.';
      case 'binding-unsupported': return 'A bound content control uses an XPath expression that is not read; its stored text was checked.';
      case 'macros': return 'The document contains macros (VBA, as in a .docm file). This check does not run or judge them; open the document only with macros disabled if you do not trust the sender.';
      case 'damaged-part': return `Part ${warning.part} is damaged (not valid XML): Word will offer to repair the document. What could be read was read.`;
    }
  }
  switch (warning.code) {
    case 'nested-table': return 'Een tabel binnen een tabelcel is als tekst gelezen.';
    case 'table-count-mismatch': return 'De tabellen van het document konden niet precies aan hun alinea\'s worden gekoppeld; controleer de tabellen zelf.';
    case 'revisions-unaligned': return 'Van sommige alinea\'s met bijgehouden wijzigingen kon niet worden bepaald waar de wijziging staat; die alinea\'s zijn gelezen zoals ze nu zijn.';
    case 'wordart': return 'Tekst in WordArt is niet gecontroleerd.';
    case 'unprinted-header-footer': return 'Een kop- of voettekst die Word niet afdrukt (eerste pagina of even pagina\'s, niet ingeschakeld) bevat tekst; die is niet gecontroleerd.';
    case 'embedded-missing': return 'Een ingevoegd extern document (altChunk) ontbreekt in het pakket en is niet gecontroleerd.';
    case 'embedded-unreadable': return `Een ingevoegd extern document (${warning.contentType || 'onbekend type'}) kon niet worden gelezen en is niet gecontroleerd.`;
    case 'embedded-not-read': return 'Een ingevoegd extern document (altChunk) is niet gelezen en niet gecontroleerd.';
    case 'embedded-nested-stories': return 'Kop- en voetteksten, voetnoten, tekstvakken en ingevoegde documenten binnen een ingevoegd Word-document zijn niet gecontroleerd.';
    case 'binding-unsupported': return 'Een gekoppeld inhoudsbesturingselement gebruikt een XPath-expressie die niet wordt gelezen; de opgeslagen tekst is gecontroleerd.';
    case 'macros': return 'Het document bevat macro\'s (VBA, zoals in een .docm-bestand). Deze controle voert ze niet uit en beoordeelt ze niet; open het document alleen met macro\'s uitgeschakeld als u de afzender niet vertrouwt.';
    case 'damaged-part': return `Onderdeel ${warning.part} is beschadigd (geen geldige XML): Word zal aanbieden het document te herstellen. Gelezen is wat leesbaar was.`;
  }
}
