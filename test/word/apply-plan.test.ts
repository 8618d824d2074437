// Every edit of an EditPlan, applied through the Word port to the fake document.
import type { Edit, EditPlan } from '../../src/core/plan';
import { allParagraphs } from '../../src/core/snapshot';
import { DocumentBuilder } from '../fakes/document-builder';
import { WORD_2019_SETS } from '../fakes/office-env';
import { texts, withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

function plan(...edits: Edit[]): EditPlan {
  return { edits, summary: [] };
}

describe('apply: replace-text', () => {
  it('replaces the placeholder and wraps the value in a content control tagged with the slot id', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Verwerkersovereenkomst uitvoering <naam hoofdovereenkomst>');
    const { port } = withWord(doc);
    const start = 'Verwerkersovereenkomst uitvoering '.length;
    await port.apply(plan({ op: 'replace-text', paragraphIndex: 0, start, end: start + '<naam hoofdovereenkomst>'.length, text: 'Zaaksysteem', slotId: 'gemeente.naam', slotLabel: { nl: 'Naam gemeente', en: 'Municipality' } }));
    expect(texts(doc)).toEqual(['Verwerkersovereenkomst uitvoering Zaaksysteem']);
    expect(doc.model.controls).toEqual([expect.objectContaining({ tag: 'gemeente.naam', title: 'Naam gemeente' })]);
    const [p] = [...allParagraphs(await port.readSnapshot())];
    expect(p?.segments.map((s) => [s.text, s.controlTag])).toEqual([
      ['Verwerkersovereenkomst uitvoering ', null],
      ['Zaaksysteem', 'gemeente.naam'],
    ]);
  });

  it('picks the right one of several equal placeholders, and handles two in one paragraph', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Op ..... te ..... en op ..... ondertekend.');
    const { port } = withWord(doc);
    const first = 'Op '.length;
    const third = 'Op ..... te ..... en op '.length;
    await port.apply(plan(
      { op: 'replace-text', paragraphIndex: 0, start: first, end: first + 5, text: '1 mei 2025', slotId: null },
      { op: 'replace-text', paragraphIndex: 0, start: third, end: third + 5, text: '2 mei 2025', slotId: null },
    ));
    expect(texts(doc)).toEqual(['Op 1 mei 2025 te ..... en op 2 mei 2025 ondertekend.']);
  });

  it('addresses text longer than Word can search (255 characters) by prefix and suffix', async () => {
    const doc = new DocumentBuilder();
    const long = 'a'.repeat(150) + '^' + 'b'.repeat(200);
    doc.paragraph(`Begin ${long} einde ${long}.`);
    const { port } = withWord(doc);
    const start = `Begin ${long} einde `.length;
    await port.apply(plan({ op: 'replace-text', paragraphIndex: 0, start, end: start + long.length, text: 'kort', slotId: null }));
    expect(texts(doc)).toEqual([`Begin ${long} einde kort.`]);
  });

  it('stops with a Dutch message and changes nothing when the text cannot be pinned down', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('aaa');
    doc.paragraph('Te verwijderen');
    const { port, office } = withWord(doc);
    await expect(port.apply(plan(
      { op: 'delete-paragraph', paragraphIndex: 1 },
      { op: 'replace-text', paragraphIndex: 0, start: 1, end: 3, text: 'b', slotId: null },
    ))).rejects.toThrow(/kan niet eenduidig worden teruggevonden/);
    expect(texts(doc)).toEqual(['aaa', 'Te verwijderen']);
    expect(office.syncs).toBe(1);
  });
});

describe('apply: paragraphs, tables and blocks', () => {
  it('deletes a paragraph', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Optie 1');
    doc.paragraph('Optie 2');
    const { port } = withWord(doc);
    await port.apply(plan({ op: 'delete-paragraph', paragraphIndex: 0 }));
    expect(texts(doc)).toEqual(['Optie 2']);
  });

  it('fills an empty row and appends rows formatted like the last row', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Bijlage 1');
    doc.table([['Naam', 'Doel'], ['', '']]);
    doc.model.paragraphs[3]!.style = 'Tabelinhoud';
    const { port } = withWord(doc);
    await port.apply(plan(
      { op: 'set-table-row', firstParagraphIndex: 1, rowIndex: 1, cells: ['Zaken', 'Wmo'] },
      { op: 'append-table-rows', firstParagraphIndex: 1, rows: [['Post', 'Archief']] },
    ));
    expect(doc.model.values(doc.model.tables[0]!.id)).toEqual([['Naam', 'Doel'], ['Zaken', 'Wmo'], ['Post', 'Archief']]);
    expect(doc.model.paragraphs[5]!.style).toBe('Tabelinhoud');
  });

  it('refuses table edits on a paragraph outside a table', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Geen tabel');
    const { port } = withWord(doc);
    await expect(port.apply(plan({ op: 'append-table-rows', firstParagraphIndex: 0, rows: [['x']] }))).rejects.toThrow(/staat niet in een tabel/);
  });

  it('inserts headings, body text with bold runs, a page break and a table, after a paragraph', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Ondertekening');
    doc.paragraph('Slot');
    const { port } = withWord(doc);
    await port.apply(plan({
      op: 'insert-blocks', after: 0, blocks: [
        { role: 'heading-1', runs: [{ text: 'Bijlage 3', bold: false, italic: false }], pageBreakBefore: true },
        { role: 'body', runs: [{ text: 'Artikel ', bold: false, italic: false }, { text: '16', bold: true, italic: false }], pageBreakBefore: false },
        { role: 'table', hasHeaderRow: true, rows: [['Kop A', 'Kop B'], ['1']], pageBreakBefore: false },
        { role: 'list-1', runs: [{ text: 'Na de tabel', bold: false, italic: false }], pageBreakBefore: false },
      ],
    }));
    const m = doc.model;
    expect(texts(doc)).toEqual(['Ondertekening', 'Bijlage 3', 'Artikel 16', 'Kop A', 'Kop B', '1', '', 'Na de tabel', 'Slot']);
    expect(m.paragraphs[1]).toMatchObject({ styleBuiltIn: 'Heading1', pageBreakBefore: true });
    expect(m.paragraphs[2]!.runs.map((r) => [r.text, r.bold])).toEqual([['Artikel ', false], ['16', true]]);
    expect(m.tables[0]?.headerRowCount).toBe(1);
    expect(m.paragraphs[7]?.styleBuiltIn).toBe('ListParagraph');
  });

  it('inserts at the start and at the end of the document', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Midden');
    const { port } = withWord(doc);
    const block = (text: string) => ({ role: 'body' as const, runs: [{ text, bold: false, italic: false }], pageBreakBefore: false });
    await port.apply(plan(
      { op: 'insert-blocks', after: -1, blocks: [block('Eerste'), block('Tweede')] },
      { op: 'insert-blocks', after: 'end', blocks: [block('Laatste')] },
    ));
    expect(texts(doc)).toEqual(['Eerste', 'Tweede', 'Midden', 'Laatste']);
  });
});

describe('apply: blocks at the cursor', () => {
  const block = (text: string) => ({ role: 'body' as const, runs: [{ text, bold: false, italic: false }], pageBreakBefore: false });

  it('inserts after the paragraph that holds the cursor, found by the paragraph and not by its index', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Weg');
    const cursorAt = doc.paragraph('Artikel 4');
    doc.paragraph('Artikel 5');
    doc.model.selection = { paragraphId: cursorAt.id, start: 3, end: 3 };
    const { port, office } = withWord(doc);
    await port.apply(plan(
      { op: 'delete-paragraph', paragraphIndex: 0 },
      { op: 'insert-blocks', after: 'selection', blocks: [
        { role: 'heading-2', runs: [{ text: 'Artikel 4.2', bold: false, italic: false }], pageBreakBefore: false },
        { role: 'table', hasHeaderRow: true, rows: [['Kop']], pageBreakBefore: false },
        block('Na de tabel'),
      ] },
    ));
    expect(texts(doc)).toEqual(['Artikel 4', 'Artikel 4.2', 'Kop', 'Na de tabel', 'Artikel 5']);
    expect(doc.model.paragraphs[1]?.styleBuiltIn).toBe('Heading2');
    expect(office.runs).toEqual([2]);
  });

  it('inserts after the whole table, never into a cell, when the cursor stands in one', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Bijlage 1');
    doc.table([['Categorie', 'Omschrijving'], ['Naam', 'Voor- en achternaam']]);
    doc.paragraph('Bijlage 2');
    const cell = doc.model.paragraphs.find((p) => p.runs.some((r) => r.text === 'Naam'));
    doc.model.selection = { paragraphId: cell!.id, start: 1, end: 1 };
    const { port, office } = withWord(doc);
    await port.apply(plan({ op: 'insert-blocks', after: 'selection', blocks: [block('Bepaling'), { role: 'table', hasHeaderRow: false, rows: [['Cel']], pageBreakBefore: false }] }));
    expect(texts(doc)).toEqual(['Bijlage 1', 'Categorie', 'Omschrijving', 'Naam', 'Voor- en achternaam', 'Bepaling', 'Cel', 'Bijlage 2']);
    expect(doc.model.paragraphs.find((p) => p.runs.some((r) => r.text === 'Bepaling'))?.cell).toBeFalsy();
    expect(doc.model.tables).toHaveLength(2);
    expect(office.runs).toEqual([2]);
  });

  it('puts a table that follows a table after a paragraph of its own, so Word does not merge them', async () => {
    const doc = new DocumentBuilder();
    doc.table([['Kop'], ['Rij']]);
    doc.paragraph('Daarna');
    const { port } = withWord(doc);
    await port.apply(plan({ op: 'insert-blocks', after: 1, blocks: [{ role: 'table', hasHeaderRow: true, rows: [['Nieuw']], pageBreakBefore: false }] }));
    expect(texts(doc)).toEqual(['Kop', 'Rij', '', 'Nieuw', 'Daarna']);
    expect(doc.model.paragraphs[2]?.cell).toBeFalsy();
  });

  it('inserts after the paragraph the pane selected last, on a host with only WordApi 1.3', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Eerste');
    doc.paragraph('Tweede');
    doc.paragraph('Derde');
    const { port } = withWord(doc, WORD_2019_SETS);
    await port.select(1);
    await port.apply(plan({ op: 'insert-blocks', after: 'selection', blocks: [block('Bepaling')] }));
    expect(texts(doc)).toEqual(['Eerste', 'Tweede', 'Bepaling', 'Derde']);
  });
});

describe('apply: review edits', () => {
  it('restores word by word as a tracked change, and gives back the previous tracking mode', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Melding binnen 48 uur, met de oorzaak.');
    const { port, office } = withWord(doc);
    await port.apply(plan({ op: 'restore-paragraph', paragraphIndex: 0, text: 'Melding uiterlijk binnen 24 uur, met de vermeende oorzaak.', tracked: true, scope: 'words', author: 'Gemeente' }));
    expect(doc.model.changeTrackingMode).toBe('Off');
    expect(office.runs).toEqual([2]);
    const [p] = [...allParagraphs(await port.readSnapshot())];
    expect(p?.segments.filter((s) => s.revision !== 'none').map((s) => [s.text, s.revision])).toEqual([
      ['uiterlijk ', 'inserted'],
      ['48', 'deleted'],
      ['24', 'inserted'],
      ['vermeende ', 'inserted'],
    ]);
  });

  // The second case: "a a" at offset 6 comes after matches at offsets 1 and 4, so Word's search never lands there.
  it.each([
    ['the scope is the paragraph', 'Melding binnen 48 uur.', 'Melding binnen 24 uur.', 'paragraph'],
    ['Word\'s search cannot pin a changed stretch down', 'aa aa a a', 'aaa aaa aa b', 'words'],
  ] as const)('restores the whole paragraph as a tracked change where %s', async (_case, current, standard, scope) => {
    const doc = new DocumentBuilder();
    doc.paragraph(current);
    const { port } = withWord(doc);
    await port.apply(plan({ op: 'restore-paragraph', paragraphIndex: 0, text: standard, tracked: true, scope, author: 'Gemeente' }));
    const [p] = [...allParagraphs(await port.readSnapshot())];
    expect(p?.segments.map((s) => [s.text, s.revision])).toEqual([[current, 'deleted'], [standard, 'inserted']]);
  });

  it('restores untracked where WordApi 1.4 is missing', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Melding binnen 48 uur.');
    const { port } = withWord(doc, WORD_2019_SETS);
    await port.apply(plan({ op: 'restore-paragraph', paragraphIndex: 0, text: 'Melding binnen 24 uur.', tracked: true, scope: 'words', author: 'Gemeente' }));
    const runs = doc.model.paragraphs[0]!.runs;
    expect(runs.map((r) => r.text).join('')).toBe('Melding binnen 24 uur.');
    expect(runs.every((r) => r.revision === 'none')).toBe(true);
  });

  it('adds a comment to a paragraph', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Artikel 5.1');
    const { port } = withWord(doc);
    await port.apply(plan({ op: 'add-comment', paragraphIndex: 0, text: 'Graag de standaardtekst.', author: 'Gemeente' }));
    expect(doc.model.comments).toEqual([expect.objectContaining({ content: 'Graag de standaardtekst.', paragraphId: doc.model.paragraphs[0]!.id })]);
  });

  it('refuses comments, before changing anything, where WordApi 1.4 is missing', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Artikel 5.1');
    const { port, office } = withWord(doc, WORD_2019_SETS);
    await expect(port.apply(plan(
      { op: 'delete-paragraph', paragraphIndex: 0 },
      { op: 'add-comment', paragraphIndex: 0, text: 'x', author: 'y' },
    ))).rejects.toThrow(/Opmerkingen plaatsen kan niet/);
    expect(texts(doc)).toEqual(['Artikel 5.1']);
    expect(office.syncs).toBe(0);
  });
});

describe('apply: stored answers', () => {
  it('replaces the answers part and the review part, and opens the pane with the document next time', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Verwerkersovereenkomst');
    doc.customXml('urn:vo-assistent:answers:1', '<answers xmlns="urn:vo-assistent:answers:1">{"oud":1}</answers>');
    const { port, office } = withWord(doc);
    await port.apply(plan({ op: 'store-answers', json: '{"slots":{"x":"a<b"}}' }, { op: 'store-review', json: '{"ok":true}' }));
    expect(doc.model.parts.map((p) => p.namespaceUri).sort()).toEqual(['urn:vo-assistent:answers:1', 'urn:vo-assistent:review:1']);
    const snapshot = await port.readSnapshot();
    expect(snapshot.storedAnswers).toBe('{"slots":{"x":"a<b"}}');
    expect(snapshot.storedReview).toBe('{"ok":true}');
    expect(office.settings.get('Office.AutoShowTaskpaneWithDocument')).toBe(true);
    expect(office.settingsSaves).toBe(1);
  });

  it('keeps the answers and the review in document settings where custom XML parts are missing', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Verwerkersovereenkomst');
    const { port, office } = withWord(doc, WORD_2019_SETS);
    await port.apply(plan({ op: 'store-answers', json: '{"a":1}' }, { op: 'store-review', json: '{"b":2}' }));
    expect(office.settings.get('vo-assistent.answers')).toBe('{"a":1}');
    expect(office.settings.get('vo-assistent.review')).toBe('{"b":2}');
    const snapshot = await port.readSnapshot();
    expect(snapshot.storedAnswers).toBe('{"a":1}');
    expect(snapshot.storedReview).toBe('{"b":2}');
  });
});

describe('select', () => {
  it('selects the paragraph in Word', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Eerste');
    doc.paragraph('Tweede');
    const { port } = withWord(doc);
    await port.select(1);
    expect(doc.model.selection?.paragraphId).toBe(doc.model.paragraphs[1]!.id);
  });
});
