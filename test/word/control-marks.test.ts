// Word's control marks in Paragraph.text (U+0005 after a comment, U+0002 at a note's reference,
// field marks) are no text: the snapshot leaves them out, and edits addressed by the snapshot's
// offsets land on the right words around them.
import { allParagraphs, visibleText } from '../../src/core/snapshot';
import { cleanText, markFreePieces, rawSpan } from '../../src/word/control-marks';
import { DocumentBuilder } from '../fakes/document-builder';
import { COMMENT_MARK, NOTE_MARK } from '../fakes/word-model';
import { withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

const ART_5_1 = 'Verwerker meldt een datalek binnen 24 uur aan de Gemeente.';

describe('cleanText', () => {
  it('drops comment, note, picture and cell marks and field codes, keeps field results, maps offsets back', () => {
    const raw = 'a\u0005b\u0002 c\u0013 PAGE \u00143\u0015d\u0001\u0007e\u001ef\u001fg';
    const clean = cleanText(raw);
    expect(clean.text).toBe('ab c3de\u2011fg');
    expect(clean.text.split('').map((_, i) => raw[clean.rawAt[i] ?? -1])).toEqual(['a', 'b', ' ', 'c', '3', 'd', 'e', '\u001e', 'f', 'g']);
    expect(rawSpan(clean, 0, 2)).toEqual({ start: 0, end: 3 });
    expect(markFreePieces(raw, 0, 3)).toEqual([{ start: 0, end: 1 }, { start: 2, end: 3 }]);
  });

  it('leaves a field without a separator out entirely', () => {
    expect(cleanText('x\u0013 TOC \\o \u0015y').text).toBe('xy');
  });
});

describe('the Word adapter and control marks', () => {
  it('reads a commented paragraph as the text a reader sees', async () => {
    const doc = new DocumentBuilder();
    const p = doc.paragraph(ART_5_1);
    doc.comment(p, 'Akkoord?', 'Leverancier');
    expect(doc.model.currentText(p)).toBe(`${ART_5_1}${COMMENT_MARK}`); // as desktop Word reports it
    const { port } = withWord(doc);
    const [read] = [...allParagraphs(await port.readSnapshot())];
    expect(read && visibleText(read)).toBe(ART_5_1);
    expect(read?.commentIds).toHaveLength(1);
  });

  it('a comment placed by the pane does not show up as text', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph(ART_5_1);
    const { port } = withWord(doc);
    await port.apply({ summary: [], edits: [{ op: 'add-comment', paragraphIndex: 0, text: 'Graag de standaardtekst.', author: 'Gemeente' }] });
    expect(doc.model.currentText(doc.model.paragraphs[0]!)).toContain(COMMENT_MARK);
    const [read] = [...allParagraphs(await port.readSnapshot())];
    expect(read?.segments.map((s) => [s.text, s.revision])).toEqual([[ART_5_1, 'none']]);
  });

  it('restores words next to a comment mark and keeps the comment anchored', async () => {
    const doc = new DocumentBuilder();
    const p = doc.paragraph('Verwerker meldt een datalek binnen 48');
    doc.comment(p, 'Waarom 48?', 'Gemeente');
    p.runs.push({ ...p.runs[0]!, text: ' uur aan de Gemeente.' });
    const { port } = withWord(doc);
    await port.apply({ summary: [], edits: [{ op: 'restore-paragraph', paragraphIndex: 0, text: ART_5_1, tracked: true, scope: 'words', author: 'Gemeente' }] });
    const model = doc.model;
    expect(model.currentText(p)).toBe(`Verwerker meldt een datalek binnen 24${COMMENT_MARK} uur aan de Gemeente.`);
    expect(model.trackedChanges(p)).toEqual([{ type: 'Deleted', text: '48' }, { type: 'Added', text: '24' }]);
    const [read] = [...allParagraphs(await port.readSnapshot())];
    expect(read && visibleText(read)).toBe(ART_5_1);
  });

  it('fills a placeholder after a note reference at the offsets of the readable text', async () => {
    const doc = new DocumentBuilder();
    const p = doc.paragraph('Zie de toelichting');
    doc.note('footnote', p, ['Toelichting.']);
    p.runs.push({ ...p.runs[0]!, text: ' van <datum>.' });
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    const [read] = [...allParagraphs(snapshot)];
    const text = read ? visibleText(read) : '';
    expect(text).toBe('Zie de toelichting van <datum>.');
    const start = text.indexOf('<datum>');
    await port.apply({ summary: [], edits: [{ op: 'replace-text', paragraphIndex: 0, start, end: start + '<datum>'.length, text: '1 mei 2026', slotId: null }] });
    expect(doc.model.currentText(p)).toBe(`Zie de toelichting${NOTE_MARK} van 1 mei 2026.`);
  });

  it('replaces a stretch with a comment mark inside it from its first word to its last', async () => {
    const doc = new DocumentBuilder();
    const p = doc.paragraph('binnen 48');
    doc.comment(p, 'Waarom?', 'Gemeente');
    p.runs.push({ ...p.runs[0]!, text: ' uur <termijn>' });
    const { port } = withWord(doc);
    const start = 'binnen '.length;
    await port.apply({ summary: [], edits: [{ op: 'replace-text', paragraphIndex: 0, start, end: start + '48 uur'.length, text: '24 uur', slotId: null }] });
    expect(doc.model.currentText(p)).toBe('binnen 24 uur <termijn>');
  });
});
