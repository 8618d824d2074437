// Headers, footers, footnotes, endnotes and text boxes: read as stories beside the body, numbered
// on from it, and edited, commented and selected at those numbers.
import { blockParagraphs, type DocumentSnapshot, type StorySnapshot, visibleText } from '../../src/core/snapshot';
import { WordEditError } from '../../src/word/word-port';
import { DocumentBuilder } from '../fakes/document-builder';
import { WEB_SETS, WORD_2019_SETS } from '../fakes/office-env';
import { COMMENT_MARK } from '../fakes/word-model';
import { withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

/** Two sections: the second links its default header to the first's and has its own first-page header. */
function storiesDocument(): DocumentBuilder {
  const doc = new DocumentBuilder();
  doc.paragraph('Artikel 5 Beveiliging', { styleBuiltIn: 'Heading1' });
  const art51 = doc.paragraph('Verwerker meldt een datalek binnen 24 uur.', { listString: '5.1' });
  doc.paragraph('Slot.');
  doc.header(['Verwerkersovereenkomst gemeenten']);
  doc.footer(['Versie 2.5.3', 'Pagina 1']);
  doc.note('footnote', art51, ['Binnen 48 uur volstaat ook.']);
  doc.note('endnote', art51, ['Zie de AVG.']);
  doc.textBox(art51, ['Let op: termijn']);
  doc.section();
  doc.header(['Bijlage 1'], 'FirstPage');
  return doc;
}

function describeStories(snapshot: DocumentSnapshot): unknown[] {
  return snapshot.stories.map((s: StorySnapshot) => ({
    placement: s.placement,
    anchor: s.anchorParagraphIndex,
    paragraphs: [...blockParagraphs(s.blocks)].map((p) => [p.index, visibleText(p)]),
  }));
}

describe('reading stories (desktop Word)', () => {
  it('reads every header, footer, note and text box once, numbered on from the body, without control marks', async () => {
    const { port } = withWord(storiesDocument());
    const snapshot = await port.readSnapshot();
    expect([...blockParagraphs(snapshot.blocks)].map((p) => visibleText(p))).toEqual(['Artikel 5 Beveiliging', 'Verwerker meldt een datalek binnen 24 uur.', 'Slot.']);
    expect(describeStories(snapshot)).toEqual([
      { placement: { story: 'header', sections: [0, 1], pages: 'default' }, anchor: null, paragraphs: [[3, 'Verwerkersovereenkomst gemeenten']] },
      { placement: { story: 'header', sections: [1], pages: 'first' }, anchor: null, paragraphs: [[4, 'Bijlage 1']] },
      { placement: { story: 'footer', sections: [0, 1], pages: 'default' }, anchor: null, paragraphs: [[5, 'Versie 2.5.3'], [6, 'Pagina 1']] },
      { placement: { story: 'footnote', noteId: '1' }, anchor: 1, paragraphs: [[7, ' Binnen 48 uur volstaat ook.']] },
      { placement: { story: 'endnote', noteId: '1' }, anchor: 1, paragraphs: [[8, ' Zie de AVG.']] },
      { placement: { story: 'textbox' }, anchor: null, paragraphs: [[9, 'Let op: termijn']] },
    ]);
    expect(snapshot.warnings).toEqual([]);
  });

  it('reads tracked changes and comments in a note like those in the body', async () => {
    const doc = new DocumentBuilder();
    const p = doc.paragraph('Tekst.');
    const note = doc.note('footnote', p, ['Binnen ']);
    note.paragraphs[0]!.runs.push(doc.deleted('24'), doc.inserted('48'), { ...doc.inserted(''), text: ' uur.', revision: 'none' });
    doc.comment(note.paragraphs[0]!, 'Waarom?', 'Gemeente');
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    const [read] = [...blockParagraphs(snapshot.stories[0]?.blocks ?? [])];
    expect(read?.segments.map((s) => [s.text, s.revision])).toEqual([[' Binnen ', 'none'], ['24', 'deleted'], ['48', 'inserted'], [' uur.', 'none']]);
    expect(read?.commentIds).toHaveLength(1);
    expect(snapshot.comments.map((c) => c.text)).toEqual(['Waarom?']);
  });
});

describe('reading stories where requirement sets are missing', () => {
  it('on Word for Windows and Mac: the body\'s text boxes, and says that those in headers and notes are not read', () => {
    const { port } = withWord(storiesDocument());
    const limitations = port.capabilities().limitations;
    expect(limitations.some((l) => l.startsWith('Tekstvakken in kop- en voetteksten en in voetnoten leest het venster in Word niet'))).toBe(true);
    expect(limitations.some((l) => l.startsWith('Tekstvakken kunnen hier niet worden gelezen'))).toBe(false);
  });

  it('on the web: notes, no text boxes (WordApiDesktop 1.2), and says so', async () => {
    const { port } = withWord(storiesDocument(), WEB_SETS);
    const snapshot = await port.readSnapshot();
    expect(snapshot.stories.map((s) => s.placement.story)).toEqual(['header', 'header', 'footer', 'footnote', 'endnote']);
    expect(port.capabilities().limitations.some((l) => l.startsWith('Tekstvakken kunnen hier niet worden gelezen'))).toBe(true);
  });

  it('on Word 2019 (WordApi 1.3): headers and footers, no notes, and says so', async () => {
    const { port } = withWord(storiesDocument(), WORD_2019_SETS);
    const snapshot = await port.readSnapshot();
    expect(snapshot.stories.map((s) => s.placement.story)).toEqual(['header', 'header', 'footer']);
    expect(port.capabilities().limitations.some((l) => l.startsWith('Voetnoten en eindnoten kunnen in deze versie van Word niet worden gelezen'))).toBe(true);
  });
});

describe('editing stories', () => {
  it('restores a footer paragraph and fills a placeholder in a footnote, at their snapshot indices', async () => {
    const doc = storiesDocument();
    const note = doc.model.stories[0]!;
    note.paragraphs[0]!.runs.push({ ...note.paragraphs[0]!.runs[1]!, text: ' Per <datum>.' });
    const { port, office } = withWord(doc);
    const snapshot = await port.readSnapshot();
    const footnote = [...blockParagraphs(snapshot.stories[3]?.blocks ?? [])][0]!;
    const start = visibleText(footnote).indexOf('<datum>');
    await port.apply({
      summary: [],
      edits: [
        { op: 'restore-paragraph', paragraphIndex: 5, text: 'Versie 2.5.3 (VNG)', tracked: true, scope: 'words', author: 'Gemeente' },
        { op: 'replace-text', paragraphIndex: footnote.index, start, end: start + '<datum>'.length, text: '1 mei 2026', slotId: null },
      ],
    });
    const footer = doc.model.sections[0]!.footers.Primary!;
    expect(doc.model.currentText(footer.paragraphs[0]!)).toBe('Versie 2.5.3 (VNG)');
    expect(doc.model.trackedChanges(footer.paragraphs[0]!)).toEqual([{ type: 'Added', text: ' (VNG)' }]);
    expect(doc.model.currentText(note.paragraphs[0]!)).toBe('\u0002 Binnen 48 uur volstaat ook. Per 1 mei 2026.');
    expect(doc.model.currentText(doc.model.paragraphs[1]!)).toBe('Verwerker meldt een datalek binnen 24 uur.\u0002\u0002');
    // A sync more than a plan in the body: the stories' paragraphs must be loaded to be addressed.
    expect(office.runs[1]).toBeLessThanOrEqual(3);
  });

  it('puts a comment on a footnote on the body paragraph that references it', async () => {
    const doc = storiesDocument();
    const { port } = withWord(doc);
    await port.readSnapshot();
    await port.apply({ summary: [], edits: [{ op: 'add-comment', paragraphIndex: 7, text: 'Graag de standaardtermijn.', author: 'Gemeente' }] });
    expect(doc.model.comments.map((c) => [doc.model.indexOf(c.paragraphId), doc.model.storyOf(c.paragraphId), c.content])).toEqual([[1, 'body', 'Graag de standaardtermijn.']]);
    expect(doc.model.currentText(doc.model.paragraphs[1]!)).toContain(COMMENT_MARK);
  });

  it('refuses a comment in a header with a Dutch message and changes nothing', async () => {
    const doc = storiesDocument();
    const { port } = withWord(doc);
    // Word makes the empty headers the read asks for; what they hold and the rest must stay as it was.
    const texts = (): string[] => doc.model.containers().flat().map((p) => doc.model.currentText(p)).filter((t) => t !== '');
    const before = texts();
    const attempt = port.apply({ summary: [], edits: [
      { op: 'restore-paragraph', paragraphIndex: 1, text: 'Verwerker meldt een datalek binnen 48 uur.', tracked: false, scope: 'words', author: 'Gemeente' },
      { op: 'add-comment', paragraphIndex: 3, text: 'Koptekst?', author: 'Gemeente' },
    ] });
    await expect(attempt).rejects.toThrow(WordEditError);
    await expect(attempt).rejects.toThrow('Word staat geen opmerkingen toe in een koptekst of voettekst. Er is niets gewijzigd');
    expect(texts()).toEqual(before);
    expect(doc.model.comments).toEqual([]);
  });

  it('says which paragraph is missing past the last story', async () => {
    const { port } = withWord(storiesDocument());
    await expect(port.apply({ summary: [], edits: [{ op: 'delete-paragraph', paragraphIndex: 10 }] })).rejects.toThrow('Alinea 11 bestaat niet (meer) in het document.');
  });

  it('selects a paragraph of a header or a note', async () => {
    const doc = storiesDocument();
    const { port } = withWord(doc);
    await port.select(4);
    const firstPage = doc.model.sections[1]!.headers.FirstPage!;
    expect(doc.model.selection?.paragraphId).toBe(firstPage.paragraphs[0]!.id);
    await port.select(8);
    expect(doc.model.selection?.paragraphId).toBe(doc.model.stories[1]!.paragraphs[0]!.id);
    await port.select(2);
    expect(doc.model.selection?.paragraphId).toBe(doc.model.paragraphs[2]!.id);
  });
});
