// The sync budget: reading costs at most 3 context.sync() calls and applying a plan at most 2 (3
// when it edits a header, footer or note), whatever the size of the document. Measured on a
// document that uses every feature the adapter reads (list labels, a table, content controls,
// tracked changes, comments, hidden words, headers and footers of two sections, notes).
import type { EditPlan } from '../../src/core/plan';
import { allParagraphs, blockParagraphs, visibleText } from '../../src/core/snapshot';
import { DocumentBuilder } from '../fakes/document-builder';
import { withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

function featureDocument(paragraphCount: number): DocumentBuilder {
  const doc = new DocumentBuilder();
  doc.paragraph('Artikel 1 Definities', { styleBuiltIn: 'Heading1' });
  doc.table([['Naam verwerking', 'Doel'], ['', '']]);
  const p = doc.paragraph(['Gemeente ', doc.control('gemeente.naam', 'Haarlem'), ' meldt binnen ', doc.deleted('24'), doc.inserted('48'), ' uur, ', doc.hidden('niet '), 'tijdig.']);
  doc.comment(p, 'Waarom 48?', 'Gemeente');
  doc.header(['Verwerkersovereenkomst gemeenten']);
  doc.footer(['Versie 2.5.3']);
  const note = doc.note('footnote', p, ['Binnen ']);
  note.paragraphs[0]!.runs.push(doc.deleted('24'), doc.inserted('48'), { ...doc.inserted(''), text: ' uur <termijn>.', revision: 'none' });
  doc.comment(note.paragraphs[0]!, 'Voetnoot?', 'Leverancier');
  doc.note('endnote', p, ['Zie de AVG.']);
  doc.section();
  doc.header(['Bijlage 1'], 'FirstPage');
  let n = 1;
  while (doc.model.paragraphs.length < paragraphCount) {
    doc.paragraph(`Bepaling ${n} met de <datum> en .....`, n % 5 === 0 ? { listString: `${n}.1` } : {});
    n += 1;
  }
  return doc;
}

function fullPlan(lastIndex: number): EditPlan {
  const placeholder = 'Bepaling 1 met de '.length;
  return {
    summary: [],
    edits: [
      { op: 'replace-text', paragraphIndex: 6, start: placeholder, end: placeholder + '<datum>'.length, text: '1 mei 2025', slotId: 'ondertekening.datum' },
      { op: 'set-table-row', firstParagraphIndex: 1, rowIndex: 1, cells: ['Zaken', 'Wmo'] },
      { op: 'append-table-rows', firstParagraphIndex: 1, rows: [['Post', 'Archief']] },
      { op: 'restore-paragraph', paragraphIndex: 5, text: 'Gemeente Haarlem meldt binnen 24 uur tijdig.', tracked: true, scope: 'words', author: 'Gemeente' },
      { op: 'add-comment', paragraphIndex: 7, text: 'Graag de standaardtekst.', author: 'Gemeente' },
      { op: 'insert-blocks', after: 'end', blocks: [{ role: 'heading-1', runs: [{ text: 'Bijlage 3', bold: false, italic: false }], pageBreakBefore: true }] },
      { op: 'insert-blocks', after: 'selection', blocks: [{ role: 'body', runs: [{ text: 'Bij de cursor', bold: false, italic: false }], pageBreakBefore: false }] },
      { op: 'delete-paragraph', paragraphIndex: lastIndex },
      { op: 'store-answers', json: '{"slots":{}}' },
      { op: 'store-review', json: '{}' },
    ],
  };
}

describe.each([10, 10_000])('sync budget on a document of %i paragraphs', (size) => {
  it('reads the snapshot in at most 3 syncs and applies a full plan in at most 2', async () => {
    const doc = featureDocument(size);
    const { port, office } = withWord(doc);

    const snapshot = await port.readSnapshot();
    const readSyncs = office.runs[0];
    expect([...allParagraphs(snapshot)]).toHaveLength(size);
    // The snapshot really holds every feature, so the budget is not met by skipping work.
    const featured = [...allParagraphs(snapshot)].find((p) => p.index === 5);
    expect(featured?.segments.map((s) => [s.revision, s.hidden, s.controlTag])).toEqual([
      ['none', false, null], ['none', false, 'gemeente.naam'], ['none', false, null], ['deleted', false, null],
      ['inserted', false, null], ['none', false, null], ['none', true, null], ['none', false, null],
    ]);
    expect(featured?.commentIds).toHaveLength(1);
    // Headers of both sections, the footer, both notes: read too, numbered on from the body.
    expect(snapshot.stories.map((st) => [st.placement.story, [...blockParagraphs(st.blocks)].map((q) => q.index)])).toEqual([
      ['header', [size]], ['header', [size + 1]], ['footer', [size + 2]], ['footnote', [size + 3]], ['endnote', [size + 4]],
    ]);
    const footnote = [...blockParagraphs(snapshot.stories[3]?.blocks ?? [])][0];
    expect(footnote?.segments.map((s) => s.revision)).toEqual(['none', 'deleted', 'inserted', 'none']);
    expect(footnote?.commentIds).toHaveLength(1);
    expect(snapshot.stories[3]?.anchorParagraphIndex).toBe(5);

    const cursorAt = doc.model.paragraphs[7]!;
    doc.model.selection = { paragraphId: cursorAt.id, start: 0, end: 0 };
    await port.apply(fullPlan(size - 1));
    const applySyncs = office.runs[1];
    expect(doc.model.paragraphs).toHaveLength(size + 1 + 1 + 2 - 1); // +1 heading, +1 at the cursor, +2 cells of the new row, -1 deleted
    expect(doc.model.currentText(doc.model.paragraphs[8]!)).toContain('1 mei 2025');
    const atCursor = doc.model.indexOf(cursorAt.id);
    expect(doc.model.currentText(doc.model.paragraphs[atCursor + 1]!)).toBe('Bij de cursor');

    const termijn = footnote ? visibleText(footnote).indexOf('<termijn>') : -1;
    // The plan grew the body by 3 paragraphs: the stories are numbered on from there now.
    const firstStory = (await port.readSnapshot()).stories[0]?.blocks[0];
    expect(firstStory?.kind === 'paragraph' && firstStory.index).toBe(size + 3);
    const story = size + 3;
    await port.apply({ summary: [], edits: [
      { op: 'restore-paragraph', paragraphIndex: story + 1, text: 'Bijlage 1 Verwerkingen', tracked: true, scope: 'words', author: 'Gemeente' },
      { op: 'replace-text', paragraphIndex: story + 3, start: termijn, end: termijn + '<termijn>'.length, text: 'na ontdekking', slotId: null },
      { op: 'add-comment', paragraphIndex: story + 4, text: 'Eindnoot?', author: 'Gemeente' },
    ] });
    const storySyncs = office.runs[3];
    expect(doc.model.currentText(doc.model.sections[1]!.headers.FirstPage!.paragraphs[0]!)).toBe('Bijlage 1 Verwerkingen');
    expect(doc.model.currentText(doc.model.stories[0]!.paragraphs[0]!)).toContain('uur na ontdekking.');

    process.stdout.write(`[sync budget] ${size} paragraphs: read ${readSyncs} syncs, apply ${applySyncs} syncs, apply in stories ${storySyncs} syncs\n`);
    expect(readSyncs).toBeLessThanOrEqual(3);
    expect(applySyncs).toBeLessThanOrEqual(2);
    expect(storySyncs).toBeLessThanOrEqual(3);
  });
});
