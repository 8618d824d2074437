// Text an HTML altChunk hides with inline CSS (display:none, visibility:hidden, a font-size of 1–2
// pt or less, white without a background, the hidden attribute) is hidden text in the embedded
// story, as Word shows it when it imports the part: not what a reader sees, so no inserted text;
// what the same part shows stays inserted text.
import { STD } from '../helpers/standard';
import { checkSnapshot } from '../../src/core/check';
import { blockParagraphs, visibleText } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/package';
import { craft, WORD_TEMPLATE } from './story-package';

/** Word's file of the template with an HTML part imported after Artikel 5.1. */
const withHtml = (html: string): Uint8Array => craft(WORD_TEMPLATE(), (doc) => {
  const at = doc.indexOf('</w:p>', doc.indexOf('<w:t>5.1 Verwerker zal')) + '</w:p>'.length;
  return `${doc.slice(0, at)}<w:altChunk r:id="rIdC1"/>${doc.slice(at)}`;
}, [{ path: 'word/afchunk1.htm', rel: 'aFChunk', id: 'rIdC1', contentType: 'text/html', bytes: html }]);

const SHOWN = 'Verwerker meldt een Inbreuk binnen 72 uur.';

describe('hidden text in an imported HTML part', () => {
  it.each([
    ['display:none', '<p style="display:none">Geheime bepaling.</p>', 'vanish'],
    ['visibility: hidden on a span', '<p><span style="visibility: hidden">Geheime bepaling.</span></p>', 'vanish'],
    ['the hidden attribute on a div', '<div hidden>Geheime bepaling.</div>', 'vanish'],
    ['font-size 1pt', '<p style="font-size:1pt">Geheime bepaling.</p>', 'tiny'],
    ['font-size 0', '<p><font><span style="FONT-SIZE: 0px">Geheime bepaling.</span></font></p>', 'tiny'],
    ['white text', '<p style="color:#FFFFFF">Geheime bepaling.</p>', 'white'],
    ['white text in rgb()', '<p style="color: rgb(255, 255, 255)">Geheime bepaling.</p>', 'white'],
  ])('%s is hidden, and only it', (_name, hidden, by) => {
    const bytes = withHtml(`<html><body>${hidden}<p>${SHOWN}</p></body></html>`);
    const story = readDocx(bytes).stories[0]!;
    const paragraphs = [...blockParagraphs(story.blocks)];
    expect(paragraphs.map(visibleText)).toEqual(['', SHOWN]);
    expect(paragraphs[0]?.segments.map((s) => [s.text, s.hidden, s.hiddenBy ?? 'vanish'])).toEqual([['Geheime bepaling.', true, by]]);
    const inserted = checkSnapshot(readDocx(bytes), STD).findings.filter((f) => f.severity === 'error');
    expect(inserted).toEqual([expect.objectContaining({ kind: 'inserted', story: 'embedded', actual: SHOWN })]);
  });

  it('white text on a background, and the text after a hidden paragraph HTML closes by itself, show', () => {
    const bytes = withHtml(`<p style="display:none">Weg<p style="color:white;background:#000">${SHOWN}<br><img src="x.png">Ook te zien.`);
    expect([...blockParagraphs(readDocx(bytes).stories[0]!.blocks)].map(visibleText)).toEqual(['', SHOWN, 'Ook te zien.']);
  });
});
