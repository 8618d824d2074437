// Standard text made unreadable without w:vanish — struck through, white, 1–2 points or squeezed
// as narrow (w:w), special or web-hidden — is hidden text, whether set on the run, through a
// character or paragraph style, along basedOn chains or in the document defaults; text that stays
// readable is not. Built from Word's own file of the template: one phrase of Artikel 5.1 gets the
// formatting.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import { allParagraphs } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { restorePlan } from '../../src/taskpane/check/review';
import { addStyles, editDocx, errorsOf, replaceOnce, TEMPLATE_WORD } from '../helpers/edit-docx';
import { STD } from '../helpers/standard';

const PHRASE_BEFORE = '<w:r><w:t>5.1 Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, maar uiterlijk binnen 24 uur, informeren';

/** Artikel 5.1 with "maar uiterlijk binnen 24 uur, " in a run of its own with these properties. */
const phrase = (rPr: string, wrap = (run: string): string => run): ((xml: string) => string) => (xml) => replaceOnce(xml, PHRASE_BEFORE,
  '<w:r><w:t xml:space="preserve">5.1 Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, </w:t></w:r>'
  + wrap(`<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">maar uiterlijk binnen 24 uur, </w:t></w:r>`)
  + '<w:r><w:t>informeren');

/** Artikel 5.1 as a whole in a paragraph style. */
const paragraphStyled = (styleId: string) => (xml: string): string => replaceOnce(xml, PHRASE_BEFORE, `<w:pPr><w:pStyle w:val="${styleId}"/></w:pPr>${PHRASE_BEFORE}`);

const characterStyle = (id: string, rPr: string, basedOn = ''): string =>
  `<w:style w:type="character" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/>${basedOn ? `<w:basedOn w:val="${basedOn}"/>` : ''}<w:rPr>${rPr}</w:rPr></w:style>`;
const paragraphStyle = (id: string, rPr: string): string =>
  `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="Normal"/><w:rPr>${rPr}</w:rPr></w:style>`;

const HIDING: Record<string, { rPr: string; by: string }> = {
  'struck through': { rPr: '<w:strike/>', by: 'struck' },
  'double struck through': { rPr: '<w:dstrike/>', by: 'struck' },
  'white': { rPr: '<w:color w:val="FFFFFF"/>', by: 'white' },
  'nearly white': { rPr: '<w:color w:val="F4F4F2"/>', by: 'white' },
  'the theme\'s background colour': { rPr: '<w:color w:val="000000" w:themeColor="background1"/>', by: 'white' },
  '2 points': { rPr: '<w:sz w:val="4"/><w:szCs w:val="4"/>', by: 'tiny' },
  '1 point': { rPr: '<w:sz w:val="2"/>', by: 'tiny' },
  'squeezed to 1 percent of its width': { rPr: '<w:w w:val="1"/>', by: 'tiny' },
  'squeezed to the width of 2-point text': { rPr: '<w:w w:val="15"/>', by: 'tiny' },
  'special vanish': { rPr: '<w:specVanish/>', by: undefined as unknown as string },
  'web-hidden': { rPr: '<w:webHidden/>', by: 'web-hidden' },
};

function hiddenBys(bytes: Uint8Array): string[] {
  return [...allParagraphs(readDocx(bytes))].flatMap((p) => p.segments.filter((s) => s.hidden).map((s) => s.hiddenBy ?? 'vanish'));
}

describe('unreadable standard text is hidden text', () => {
  it('the template itself is clean', () => {
    expect(errorsOf(editDocx(TEMPLATE_WORD, { document: phrase('') }))).toEqual([]);
  });

  describe.each(Object.entries(HIDING))('%s', (_name, { rPr, by }) => {
    const expected = by ?? 'vanish';
    it('directly on the run', () => {
      const bytes = editDocx(TEMPLATE_WORD, { document: phrase(rPr) });
      expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
      expect(hiddenBys(bytes)).toEqual([expected]);
    });
    it('through a character style based on one that sets it', () => {
      const bytes = editDocx(TEMPLATE_WORD, {
        styles: addStyles(characterStyle('Basis', rPr) + characterStyle('Afgeleid', '<w:b/>', 'Basis')),
        document: phrase('<w:rStyle w:val="Afgeleid"/>'),
      });
      expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
    });
    it('through a paragraph style', () => {
      const bytes = editDocx(TEMPLATE_WORD, { styles: addStyles(paragraphStyle('Onleesbaar', rPr)), document: paragraphStyled('Onleesbaar') });
      expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
    });
    it('through the document defaults', () => {
      // Word's defaults set the size already: the edit takes its place.
      const defaults = (xml: string): string => replaceOnce(xml.replace('<w:sz w:val="22"/><w:szCs w:val="22"/>', ''), '<w:rPrDefault><w:rPr>', `<w:rPrDefault><w:rPr>${rPr}`);
      const bytes = editDocx(TEMPLATE_WORD, { styles: defaults });
      expect(errorsOf(bytes)).toContain('hidden@art-5.1');
    });
  });

  it('direct formatting overrides a style property by property', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      styles: addStyles(characterStyle('Doorgehaald', '<w:strike/><w:color w:val="FFFFFF"/>')),
      document: phrase('<w:rStyle w:val="Doorgehaald"/><w:strike w:val="0"/><w:color w:val="auto"/>'),
    });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('a toggle set off in a character style leaves the paragraph style\'s on (§17.7.3)', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      styles: addStyles(paragraphStyle('Doorgehaald', '<w:strike/>') + characterStyle('NietDoorgehaald', '<w:strike w:val="0"/>')),
      document: (xml) => phrase('<w:rStyle w:val="NietDoorgehaald"/>')(paragraphStyled('Doorgehaald')(xml)),
    });
    expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
  });

  it('a toggle set on in both the paragraph and the character style is off (§17.7.3)', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      styles: addStyles(paragraphStyle('Doorgehaald', '<w:strike/>') + characterStyle('OokDoorgehaald', '<w:strike/>')),
      document: (xml) => phrase('<w:rStyle w:val="OokDoorgehaald"/>')(paragraphStyled('Doorgehaald')(xml)),
    });
    // Only the phrase is readable: the rest of 5.1 is struck through by the paragraph style.
    const paragraph = [...allParagraphs(readDocx(bytes))].find((p) => p.segments.some((s) => s.text.startsWith('maar uiterlijk')));
    expect(paragraph?.segments.map((s) => [s.text.slice(0, 14), s.hidden])).toEqual([['5.1 Verwerker ', true], ['maar uiterlijk', false], ['informeren na ', true]]);
  });

  it.each([
    ['white on a dark shading', '<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>'],
    ['white on a dark highlight', '<w:color w:val="FFFFFF"/><w:highlight w:val="darkBlue"/>'],
    ['automatic colour', '<w:color w:val="auto"/>'],
    ['light grey that can still be read', '<w:color w:val="A6A6A6"/>'],
    ['9 points', '<w:sz w:val="18"/>'],
    ['half as wide', '<w:w w:val="50"/>'],
    ['a 2-point complex-script size on Latin text', '<w:szCs w:val="4"/>'],
  ])('%s is not hidden', (_name, rPr) => {
    expect(errorsOf(editDocx(TEMPLATE_WORD, { document: phrase(rPr) }))).toEqual([]);
  });

  it('white text in a dark paragraph shading is not hidden', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: (xml) => replaceOnce(phrase('<w:color w:val="FFFFFF"/>')(xml), '<w:r><w:t xml:space="preserve">5.1', '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:pPr><w:r><w:t xml:space="preserve">5.1') });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('dark text on a page of the same colour is hidden on screen', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: (xml) => replaceOnce(phrase('<w:color w:val="1A1A1A"/>')(xml), '<w:body>', '<w:background w:color="111111"/><w:body>') });
    expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
  });

  it('struck-through text inside a tracked deletion is a deletion, not hidden text', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      document: phrase('<w:strike/>', (run) => `<w:del w:id="901" w:author="Leverancier">${run.replace(/w:t\b/g, 'w:delText')}</w:del>`),
    });
    const errors = errorsOf(bytes);
    expect(errors).not.toContain('hidden@art-5.1');
    expect(errors).toContain('tracked-change@art-5.1');
  });
});

describe('restoring unreadable standard text makes it readable', () => {
  /** The whole of 5.1 in one run with these properties (or in a paragraph style with them). */
  const whole = (rPr: string) => (xml: string): string => replaceOnce(xml, PHRASE_BEFORE, PHRASE_BEFORE.replace('<w:r>', `<w:r><w:rPr>${rPr}</w:rPr>`));
  const cases = Object.entries(HIDING).flatMap(([name, { rPr }]) => [
    [`${name}, directly`, { document: whole(rPr) }],
    [`${name}, through the paragraph style`, { styles: addStyles(paragraphStyle('Onleesbaar', rPr)), document: paragraphStyled('Onleesbaar') }],
  ] as const);

  it.each(cases)('%s', (_name, edits) => {
    const bytes = editDocx(TEMPLATE_WORD, edits);
    const finding = checkSnapshot(readDocx(bytes), STD).findings.find((f) => f.kind === 'hidden' && f.clause === 'art-5.1');
    expect(finding).toBeDefined();
    const restored = applyPlanToDocx(bytes, restorePlan(finding!, 'Gemeente', readDocx(bytes), STD));
    expect(errorsOf(restored)).toEqual([]);
    // And once the other party accepts the changes, struck text no longer in a tracked change.
    expect(errorsOf(acceptAll(restored))).toEqual([]);
  });
});

function acceptAll(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  files['word/document.xml'] = strToU8(xml.replace(/<w:del [^>]*>[\s\S]*?<\/w:del>/g, '').replace(/<\/?w:ins\b[^>]*>/g, ''));
  return zipSync(files);
}
