// A plan edit whose paragraph index is in a story lands in that story's part, and reads back there;
// what cannot be edited (an imported part, a comment where Word shows none) is refused in Dutch.
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import type { Edit } from '../../src/core/plan';
import { blockParagraphs, type DocumentSnapshot, presentText, type StorySnapshot, visibleText } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { openDocx, readDocx, snapshotOf } from '../../src/docx/package';
import { locateDocument } from '../../src/docx/write-locate';
import { textContent, type XmlElement } from '../../src/docx/xml';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { afterRun, craft, headerPart, inFinalSection, notesPart, p, vmlTextBox, WORD_TEMPLATE, wordTextBox } from './story-package';

const external = (name: string): Uint8Array => new Uint8Array(readFileSync(join(EXTERNAL_FIXTURES, 'stories', name)));
const apply = (bytes: Uint8Array, ...edits: Edit[]): Uint8Array => applyPlanToDocx(bytes, { edits, summary: [] });
const firstIndex = (story: StorySnapshot): number => [...blockParagraphs(story.blocks)][0]!.index;
const storyTexts = (snapshot: DocumentSnapshot): string[][] => snapshot.stories.map((s) => [...blockParagraphs(s.blocks)].map(visibleText));
const part = (bytes: Uint8Array, path: string): string => strFromU8(unzipSync(bytes)[path]!);
const ARTICLE_5_1 = '5.1 Verwerker zal';
const OUTSIDE = new Set(['w:drawing', 'w:pict', 'mc:AlternateContent']);
const restore = (paragraphIndex: number, text: string, scope: 'words' | 'paragraph' = 'words'): Edit => ({ op: 'restore-paragraph', paragraphIndex, text, tracked: true, scope, author: 'Gemeente' });

/** A document with a header, a footnote at 5.1, a text box in 5.1 and an imported HTML part at the end. */
const everything = (): Uint8Array => craft(WORD_TEMPLATE(), (doc) => {
  const withRefs = afterRun(doc, ARTICLE_5_1, `<w:r><w:footnoteReference w:id="1"/></w:r>${wordTextBox('Tekstvak: binnen 72 uur.')}`);
  const end = withRefs.lastIndexOf('<w:sectPr');
  return inFinalSection(`${withRefs.slice(0, end)}<w:altChunk r:id="rIdC1"/>${withRefs.slice(end)}`, '<w:headerReference w:type="default" r:id="rIdSheader1"/>');
}, [
  headerPart(1, 'header', p('Koptekst: binnen 72 uur.')),
  notesPart('footnote', { 1: 'Voetnoot: binnen 72 uur.' }),
  { path: 'word/chunk.htm', rel: 'aFChunk', id: 'rIdC1', contentType: 'text/html', bytes: '<p>Ingevoegd: binnen 72 uur.</p>' },
]);

describe('the writer finds every story paragraph the reader numbered', () => {
  it.each([
    ['Word header', external('alt-word-header-default-5.1.docx')],
    ['pandoc footnote', external('alt-pandoc-footnote-5.1.docx')],
    ['docx.js footer', external('clean-docxjs-footer-page-x-of-y.docx')],
    ['header, note, text box, imported part', everything()],
    ['VML text box', craft(WORD_TEMPLATE(), (doc) => afterRun(doc, ARTICLE_5_1, vmlTextBox('Oud.')))],
  ])('%s', (_name, bytes) => {
    const pkg = openDocx(bytes);
    const snapshot = snapshotOf(pkg);
    const read = [...blockParagraphs(snapshot.blocks), ...snapshot.stories.filter((s) => s.placement.story !== 'embedded').flatMap((s) => [...blockParagraphs(s.blocks)])];
    const { paragraphs, importedFrom } = locateDocument(pkg);
    expect(paragraphs.map((_, i) => i)).toEqual(read.map((x) => x.index));
    const squeeze = (text: string): string => text.replace(/\s+/g, '');
    // The text of w:t only, outside drawings (their text boxes are stories of their own).
    const current = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' || OUTSIDE.has(c.name) ? '' : c.name === 'w:t' ? textContent(c) : current(c))).join('');
    paragraphs.forEach((l, i) => expect(squeeze(current(l.element))).toBe(squeeze(presentText(read[i]!))));
    const embedded = snapshot.stories.find((s) => s.placement.story === 'embedded');
    expect(importedFrom).toBe(embedded ? firstIndex(embedded) : null);
  });
});

describe('edits in stories', () => {
  it('restores a header paragraph in the header part, leaving document.xml as it was', () => {
    const bytes = external('alt-word-header-default-5.1.docx');
    const header = readDocx(bytes).stories[0]!;
    const out = apply(bytes, restore(firstIndex(header), 'Gemeente Haarlem', 'paragraph'));
    expect(storyTexts(readDocx(out))).toEqual([['Gemeente Haarlem']]);
    expect(part(out, 'word/header1.xml')).toContain('<w:del ');
    expect(part(out, 'word/document.xml')).toBe(part(bytes, 'word/document.xml'));
  });

  it('replaces text in a footnote in the footnotes part, and in a text box in the document part', () => {
    const bytes = everything();
    const before = readDocx(bytes);
    const note = before.stories.find((s) => s.placement.story === 'footnote')!;
    const box = before.stories.find((s) => s.placement.story === 'textbox')!;
    const noteText = visibleText([...blockParagraphs(note.blocks)][0]!);
    const boxText = visibleText([...blockParagraphs(box.blocks)][0]!);
    const out = apply(bytes,
      { op: 'replace-text', paragraphIndex: firstIndex(note), start: noteText.indexOf('72'), end: noteText.indexOf('72') + 2, text: '24', slotId: null },
      restore(firstIndex(box), boxText.replace('72', '24')));
    const after = readDocx(out);
    expect(storyTexts(after)).toEqual([['Koptekst: binnen 72 uur.'], [' Voetnoot: binnen 24 uur.'], ['Tekstvak: binnen 24 uur.'], ['Ingevoegd: binnen 72 uur.']]);
    expect(part(out, 'word/footnotes.xml')).toContain('>24</w:t>');
    expect(part(out, 'word/document.xml')).toMatch(/<w:del [^>]*><w:r><w:delText[^>]*>72<\/w:delText>/);
    expect(part(out, 'word/header1.xml')).toBe(part(bytes, 'word/header1.xml'));
  });

  it('places a comment on a note or a text box at the body paragraph that holds it', () => {
    const bytes = everything();
    const before = readDocx(bytes);
    const note = before.stories.find((s) => s.placement.story === 'footnote')!;
    const out = apply(bytes, { op: 'add-comment', paragraphIndex: firstIndex(note), text: 'Termijn gewijzigd', author: 'Gemeente' });
    const after = readDocx(out);
    const anchor = [...blockParagraphs(after.blocks)][note.anchorParagraphIndex!]!;
    expect(visibleText(anchor)).toMatch(/^5\.1 Verwerker zal/);
    expect(anchor.commentIds).toHaveLength(1);
    expect(after.comments.map((c) => c.text)).toEqual(['Termijn gewijzigd']);
    expect(part(out, 'word/footnotes.xml')).toBe(part(bytes, 'word/footnotes.xml'));
  });

  it('refuses a comment in a header and any edit of an imported part, in Dutch', () => {
    const bytes = everything();
    const stories = readDocx(bytes).stories;
    const header = stories.find((s) => s.placement.story === 'header')!;
    const imported = stories.find((s) => s.placement.story === 'embedded')!;
    expect(() => apply(bytes, { op: 'add-comment', paragraphIndex: firstIndex(header), text: 'x', author: 'Gemeente' })).toThrow('Alinea ' + firstIndex(header) + ' staat in een koptekst: Word toont daar geen opmerkingen.');
    expect(() => apply(bytes, restore(firstIndex(imported), 'x'))).toThrow(/ingevoegd extern document \(altChunk\) en kan hier niet worden aangepast/);
    expect(() => apply(bytes, { op: 'delete-paragraph', paragraphIndex: firstIndex(header) })).toThrow(/staat in een koptekst: daar kunnen geen tabellen/);
  });
});
