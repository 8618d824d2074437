// The fake must keep Word's rules, or the adapter tests prove nothing.
import { DocumentBuilder } from '../fakes/document-builder';
import { FakeOffice } from '../fakes/office-env';
import type { FakeContext } from '../fakes/word-proxies';

function office(doc: DocumentBuilder): FakeOffice {
  return new FakeOffice({ model: doc.model });
}

describe('the Word fake', () => {
  it('throws PropertyNotLoaded for a property that was not loaded', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Artikel 1');
    await office(doc).run(async (context: FakeContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/style');
      await context.sync();
      expect(() => paragraphs.items[0]!.text).toThrow(/PropertyNotLoaded/);
      expect(paragraphs.items[0]!.style).toBe('Standaard');
    });
  });

  it('throws for a loaded property read before sync, and applies queued edits only at sync', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Artikel 1');
    await office(doc).run(async (context: FakeContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      expect(() => paragraphs.items).toThrow(/PropertyNotLoaded/);
      await context.sync();
      paragraphs.items[0]!.insertText(' gewijzigd', 'End');
      expect(doc.model.currentText(doc.model.paragraphs[0]!)).toBe('Artikel 1');
      await context.sync();
      expect(doc.model.currentText(doc.model.paragraphs[0]!)).toBe('Artikel 1 gewijzigd');
      expect(context.syncCount).toBe(2);
    });
  });

  it('rejects a search text longer than 255 characters at sync', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('x'.repeat(300));
    const fake = office(doc);
    await expect(
      fake.run(async (context: FakeContext) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        await context.sync();
        const found = paragraphs.items[0]!.search('x'.repeat(256), { matchCase: true });
        found.load('items/text');
        await context.sync();
      }),
    ).rejects.toThrow(/InvalidArgument/);
  });

  it("treats '<' and '>' as literal text without wildcards", async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('De <datum> en nog een <datum>.');
    await office(doc).run(async (context: FakeContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const found = paragraphs.items[0]!.search('<datum>', { matchCase: true, matchWildcards: false });
      found.load('items/text');
      await context.sync();
      expect(found.items.map((r) => r.text)).toEqual(['<datum>', '<datum>']);
    });
  });

  it('reports isNullObject and refuses to read it before sync', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Gewone alinea');
    doc.paragraph('Lijstalinea', { listString: '4.2' });
    await office(doc).run(async (context: FakeContext) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const items = paragraphs.items.map((p) => p.listItemOrNullObject.load('listString'));
      expect(() => items[0]!.isNullObject).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(items.map((i) => i.isNullObject)).toEqual([true, false]);
      expect(items[1]!.listString).toBe('4.2');
    });
  });

  it('finds the paragraph at the cursor only at sync, and the cursor starts at the start', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Eerste');
    const second = doc.paragraph('Tweede');
    await office(doc).run(async (context: FakeContext) => {
      const atStart = context.document.getSelection().paragraphs.getLast().load('text');
      expect(() => atStart.text).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(atStart.text).toBe('Eerste');
      doc.model.selection = { paragraphId: second.id, start: 3, end: 3 };
      const atCursor = context.document.getSelection().paragraphs.getLast().load('text');
      await context.sync();
      expect(atCursor.text).toBe('Tweede');
    });
  });

  it('fails like a missing method when the host lacks the requirement set', async () => {
    const doc = new DocumentBuilder();
    const fake = new FakeOffice({ model: doc.model, sets: ['WordApi 1.3'] });
    await expect(fake.run(async (context: FakeContext) => context.document.body.getComments())).rejects.toThrow(/WordApi 1.4/);
  });
});
