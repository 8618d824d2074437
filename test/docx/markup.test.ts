// The reader reads XML as XML: names by their namespace wherever it is declared, Markup
// Compatibility resolved as Word resolves it (ECMA-376 Part 3), comments never taken for text. Each
// case rewrites Artikel 5.1 of Word's own file of the template; "48 uur" for "24 uur" is an
// alteration the check must see wherever the reader is made to look.
import { strFromU8, unzipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { parseXml } from '../../src/docx/xml';
import { restorePlan } from '../../src/taskpane/check/review';
import { editDocx, errorsOf, replaceOnce, TEMPLATE_WORD, W_NS } from '../helpers/edit-docx';
import { STD } from '../helpers/standard';

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const FUTURE = 'urn:example:future-word';

const ARTICLE_51 = /<w:p><w:r><w:t>5\.1 Verwerker[^<]*<\/w:t><\/w:r><\/w:p>/;
const TEXT_51 = (xml: string): string => (ARTICLE_51.exec(xml)?.[0] ?? '').replace(/<[^>]+>/g, '');
const altered = (text: string): string => text.replace('24 uur', '48 uur');

/** Article 5.1 replaced by what `make` builds from its text. */
const rewrite51 = (make: (text: string) => string) => (xml: string): string => replaceOnce(xml, ARTICLE_51, make(TEXT_51(xml)));
const paragraph = (text: string): string => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
/** The root element's start tag gets these attributes too. */
const onRoot = (attributes: string) => (xml: string): string => xml.replace('<w:document ', `<w:document ${attributes} `);

describe('names are read by their namespace', () => {
  it('a paragraph whose prefix is declared on itself', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: rewrite51((t) => `<x:p xmlns:x="${W_NS}"><x:r><x:t>${altered(t)}</x:t></x:r></x:p>`) });
    expect(errorsOf(bytes)).toEqual(['altered@art-5.1']);
  });

  it('a paragraph in a default namespace', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: rewrite51((t) => `<p xmlns="${W_NS}"><r><t>${altered(t)}</t></r></p>`) });
    expect(errorsOf(bytes)).toEqual(['altered@art-5.1']);
  });

  it('"w" bound to another namespace is not WordprocessingML', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: rewrite51((t) => `<x:p xmlns:x="${W_NS}" xmlns:w="urn:example:decoy"><x:r><x:t>${altered(t)}</x:t></x:r><w:r><w:t>${t}</w:t></w:r></x:p>`) });
    expect(errorsOf(bytes)).toEqual(['altered@art-5.1']);
  });

  it('a comment inside the text is no text, and splits no word', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: rewrite51((t) => `<w:p><w:r><w:t>${t.replace('24 uur', '24 <!-- 48 -->u<?pi 48?>ur')}</w:t></w:r></w:p>`) });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('a restore writes the renamed tree back as XML that reads the same', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: rewrite51((t) => `<p xmlns="${W_NS}"><r><t>${altered(t)}</t></r></p>`) });
    const finding = checkSnapshot(readDocx(bytes), STD).findings.find((f) => f.clause === 'art-5.1' && f.severity === 'error');
    expect(finding).toBeDefined();
    const restored = applyPlanToDocx(bytes, restorePlan(finding!, 'Gemeente', readDocx(bytes), STD));
    expect(() => parseXml(strFromU8(unzipSync(restored)['word/document.xml']!))).not.toThrow();
    expect(errorsOf(restored)).toEqual([]);
  });
});

describe('Markup Compatibility is resolved as Word resolves it', () => {
  const alternatives = (requires: string, choice: string, fallback: string): string =>
    `<mc:AlternateContent><mc:Choice Requires="${requires}">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`;

  it('the first Choice whose namespaces Word understands is read, not the Fallback', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: rewrite51((t) => alternatives('w14', paragraph(altered(t)), paragraph(t))) });
    expect(errorsOf(bytes)).toEqual(['altered@art-5.1']);
  });

  it('a Choice requiring a namespace Word does not know gives way to the Fallback', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      document: (xml) => rewrite51((t) => alternatives('q', paragraph(t), paragraph(altered(t))))(onRoot(`xmlns:q="${FUTURE}"`)(xml)),
    });
    expect(errorsOf(bytes)).toEqual(['altered@art-5.1']);
  });

  it('inside a paragraph, the chosen runs are read once', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      document: rewrite51((t) => `<w:p>${alternatives('wps', `<w:r><w:t>${t}</w:t></w:r>`, `<w:r><w:t>${altered(t)}</w:t></w:r>`)}</w:p>`),
    });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('an element of an ignorable namespace Word does not know is left out', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      document: (xml) => rewrite51((t) => `<w:p><w:r><w:t>${t}</w:t></w:r><q:note><w:r><w:t> Niet van toepassing.</w:t></w:r></q:note></w:p>`)(
        onRoot(`xmlns:q="${FUTURE}"`)(xml).replace('mc:Ignorable="w14 wp14"', 'mc:Ignorable="w14 wp14 q"')),
    });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('an ignored element that mc:ProcessContent names gives its content', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      document: (xml) => rewrite51((t) => `<q:group>${paragraph(altered(t))}</q:group>`)(
        onRoot(`xmlns:q="${FUTURE}"`)(xml).replace('mc:Ignorable="w14 wp14"', 'mc:Ignorable="w14 wp14 q"').replace('<w:body>', '<w:body mc:ProcessContent="q:group">')),
    });
    expect(errorsOf(bytes)).toEqual(['altered@art-5.1']);
  });

  it('prefixes in Ignorable and Requires are the file\'s own, resolved like any other', () => {
    const doc = parseXml(`<x:document xmlns:x="${W_NS}" xmlns:k="${MC}" xmlns:f="${FUTURE}" xmlns:n="http://schemas.microsoft.com/office/word/2010/wordml" k:Ignorable="f n">`
      + `<x:body><k:AlternateContent><k:Choice Requires="f"><x:p>toekomst</x:p></k:Choice><k:Choice Requires="n"><x:p>keuze</x:p></k:Choice><k:Fallback><x:p>terugval</x:p></k:Fallback></k:AlternateContent>`
      + '<f:extra><x:p>genegeerd</x:p></f:extra><n:extra><x:p>begrepen</x:p></n:extra></x:body></x:document>').root;
    expect(doc.attributes['mc:Ignorable']).toBe('f w14');
    const body = doc.children[0] as { children: { name: string }[] };
    expect(body.children.map((c) => c.name)).toEqual(['w:p', 'w14:extra']);
  });
});
