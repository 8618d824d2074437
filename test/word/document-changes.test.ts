// Live changes: the port tells its listener when the user changes paragraphs (WordApi 1.6,
// Document.onParagraphChanged) and is silent, with a limitation sentence, where Word cannot.
import { DocumentBuilder } from '../fakes/document-builder';
import { DESKTOP_SETS, WEB_SETS, WORD_2019_SETS } from '../fakes/office-env';
import { withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
  delete (globalThis as Record<string, unknown>).OfficeExtension;
});

function agreement(): DocumentBuilder {
  const doc = new DocumentBuilder();
  doc.paragraph('De Verwerker meldt een Inbreuk binnen 24 uur.', { listString: '5.1' });
  doc.paragraph('Tweede alinea.');
  return doc;
}

/** Lets queued promise callbacks (the port's Word.run chains) finish. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
  await new Promise((resolve) => setImmediate(resolve));
}

describe.each([['desktop', DESKTOP_SETS], ['web', WEB_SETS]])('Word with WordApi 1.6 (%s)', (_name, sets) => {
  it('registers one paragraph-changed handler in one Word.run with one sync', async () => {
    const doc = agreement();
    const { port, office } = withWord(doc, sets);
    expect(typeof port.onDocumentChanged).toBe('function');
    const listener = jest.fn();
    const unsubscribe = port.onDocumentChanged!(listener);
    await settle();
    expect(office.handlerCount('ParagraphChanged')).toBe(1);
    expect(office.runs).toEqual([1]);
    expect(office.syncs).toBe(1);
    unsubscribe();
    await settle();
  });

  it('calls the listener for every change Word reports, and no more after unsubscribing', async () => {
    const doc = agreement();
    const { port, office } = withWord(doc, sets);
    const listener = jest.fn();
    const unsubscribe = port.onDocumentChanged!(listener);
    await settle();
    await office.fireParagraphChanged([doc.model.paragraphs[0]!.id]);
    await office.fireParagraphChanged([doc.model.paragraphs[1]!.id]);
    expect(listener).toHaveBeenCalledTimes(2);

    unsubscribe();
    // An event Word delivers while the removal is still on its way is not passed on.
    await office.fireParagraphChanged([doc.model.paragraphs[1]!.id]);
    expect(listener).toHaveBeenCalledTimes(2);
    await settle();
    // Removed on the context it was added in (a second Word.run with one sync of its own).
    expect(office.handlerCount('ParagraphChanged')).toBe(0);
    expect(office.runs).toEqual([1, 1]);
    await office.fireParagraphChanged([doc.model.paragraphs[0]!.id]);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
    await settle();
    expect(office.runs).toEqual([1, 1]);
  });

  it('unsubscribing before Word confirmed the handler still removes it, and nothing reaches the listener', async () => {
    const doc = agreement();
    const { port, office } = withWord(doc, sets);
    const listener = jest.fn();
    const unsubscribe = port.onDocumentChanged!(listener);
    unsubscribe();
    await settle();
    expect(office.handlerCount('ParagraphChanged')).toBe(0);
    await office.fireParagraphChanged([doc.model.paragraphs[0]!.id]);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps two subscriptions apart', async () => {
    const doc = agreement();
    const { port, office } = withWord(doc, sets);
    const first = jest.fn();
    const second = jest.fn();
    const endFirst = port.onDocumentChanged!(first);
    const endSecond = port.onDocumentChanged!(second);
    await settle();
    expect(office.handlerCount('ParagraphChanged')).toBe(2);
    endFirst();
    await settle();
    await office.fireParagraphChanged([doc.model.paragraphs[0]!.id]);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
    endSecond();
    await settle();
    expect(office.handlerCount('ParagraphChanged')).toBe(0);
  });

  it('does not add the live-changes limitation', () => {
    const { port } = withWord(agreement(), sets);
    expect(port.capabilities().limitations.some((l) => l.includes('meldt wijzigingen niet'))).toBe(false);
  });
});

describe('Word 2019 (WordApi 1.3)', () => {
  it('offers no change events and says so in Dutch', () => {
    const { port, office } = withWord(agreement(), WORD_2019_SETS);
    expect(port.onDocumentChanged).toBeUndefined();
    expect('onDocumentChanged' in port).toBe(false);
    expect(port.capabilities().limitations).toContain('Deze Word-versie meldt wijzigingen niet terwijl u typt; controleer opnieuw met de knop.');
    expect(office.runs).toEqual([]);
  });

  it('says so in English when Office runs in English', () => {
    const { port } = withWord(agreement(), WORD_2019_SETS, 'en-US');
    expect(port.capabilities().limitations).toContain('This version of Word does not report changes while you type; check again with the button.');
  });

  it('the fake refuses onParagraphChanged there, as Word lacks it', async () => {
    const { office } = withWord(agreement(), WORD_2019_SETS);
    await expect(office.run(async (context) => context.document.onParagraphChanged)).rejects.toThrow(/WordApi 1.6/);
  });
});
