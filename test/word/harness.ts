// Shared set-up for the Word adapter tests: a fake Office with a document, and the port on it.
import type { DocumentPort } from '../../src/core/port';
import { createWordPort } from '../../src/word/word-port';
import { DocumentBuilder } from '../fakes/document-builder';
import { DESKTOP_SETS, FakeOffice } from '../fakes/office-env';

export interface Harness {
  readonly office: FakeOffice;
  readonly port: DocumentPort;
  readonly doc: DocumentBuilder;
}

export function withWord(doc: DocumentBuilder, sets: readonly string[] = DESKTOP_SETS, displayLanguage = 'nl-NL'): Harness {
  const office = new FakeOffice({ model: doc.model, sets, displayLanguage });
  office.install();
  return { office, port: createWordPort(), doc };
}

/** The text of every paragraph, in document order, as the model holds it now. */
export function texts(doc: DocumentBuilder): string[] {
  return doc.model.paragraphs.map((p) => doc.model.currentText(p));
}
