// Every story a reader sees is in the snapshot: headers and footers of every section and kind,
// referenced notes, text boxes (once, however they are written), imported parts, field results
// named by their keyword, and the value a data-bound control shows.
import { readFileSync } from 'fs';
import { join } from 'path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { blockParagraphs, type DocumentSnapshot, type StorySnapshot, visibleText } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/package';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { afterRun, craft, headerPart, inFinalSection, notesPart, p, vmlTextBox, WORD_TEMPLATE, wordTextBox } from './story-package';

const texts = (story: StorySnapshot): string[] => [...blockParagraphs(story.blocks)].map(visibleText);
const bodyIndexOf = (snapshot: DocumentSnapshot, start: string): number => [...blockParagraphs(snapshot.blocks)].find((x) => visibleText(x).startsWith(start))!.index;
const summary = (snapshot: DocumentSnapshot): unknown[] => snapshot.stories.map((s) => ({ ...s.placement, anchor: s.anchorParagraphIndex, text: texts(s) }));
const ARTICLE_5_1 = '5.1 Verwerker zal';

describe('stories of documents other producers made', () => {
  const read = (name: string): DocumentSnapshot => readDocx(new Uint8Array(readFileSync(join(EXTERNAL_FIXTURES, 'stories', name))));

  it('Word: the default header', () => {
    expect(summary(read('alt-word-header-default-5.1.docx'))).toEqual([
      { story: 'header', sections: [0], pages: 'default', anchor: null, text: ['In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.'] },
    ]);
  });

  it('pandoc: the footnote, anchored at 5.1, without the separators', () => {
    const snapshot = read('alt-pandoc-footnote-5.1.docx');
    expect(summary(snapshot)).toEqual([
      { story: 'footnote', noteId: '1', anchor: bodyIndexOf(snapshot, '5.1'), text: [expect.stringContaining('72 uur')] },
    ]);
  });

  it('docx.js: the footer\'s page fields are named PAGE and NUMPAGES', () => {
    const snapshot = read('clean-docxjs-footer-page-x-of-y.docx');
    const [footer] = snapshot.stories;
    expect(footer?.placement).toEqual({ story: 'footer', sections: [0], pages: 'default' });
    const segments = [...blockParagraphs(footer!.blocks)].flatMap((x) => x.segments);
    expect(segments.map((s) => [s.text, s.field])).toEqual([['Pagina ', undefined], ['1', 'PAGE'], [' van ', undefined], ['11', 'NUMPAGES']]);
  });

  it('numbers story paragraphs on from the body\'s', () => {
    const snapshot = read('clean-word-header-municipality.docx');
    const body = [...blockParagraphs(snapshot.blocks)];
    expect([...blockParagraphs(snapshot.stories[0]!.blocks)].map((x) => x.index)).toEqual([body.length]);
  });
});

describe('headers and footers of every section and kind', () => {
  const H = (n: number, text: string) => headerPart(n, 'header', p(text));
  const F = (n: number, text: string) => headerPart(n, 'footer', p(text));
  const ref = (kind: 'header' | 'footer', type: string, n: number) => `<w:${kind}Reference w:type="${type}" r:id="rIdS${kind}${n}"/>`;
  // Section 0 ends at the first paragraph; section 1 is the rest of the document.
  const twoSections = (first: string, last: string) => (doc: string) => inFinalSection(
    doc.replace('<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>', `<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:sectPr>${first}</w:sectPr></w:pPr>`),
    last,
  );

  it('reads each part once, lists the sections that print it, in order of first use', () => {
    const bytes = craft(WORD_TEMPLATE(), twoSections(
      ref('header', 'default', 1) + ref('header', 'first', 2) + ref('footer', 'default', 3) + '<w:titlePg/>',
      ref('header', 'first', 4) + ref('footer', 'default', 5),
    ), [H(1, 'Kop standaard'), H(2, 'Kop eerste pagina'), F(3, 'Voet een'), H(4, 'Kop eerste pagina twee'), F(5, 'Voet twee')]);
    // Section 1 inherits header 1 (no default reference of its own, §17.10.5) and has no titlePg:
    // header 4 is never printed and is skipped, with a warning because it holds text.
    const snapshot = readDocx(bytes);
    expect(summary(snapshot)).toEqual([
      { story: 'header', sections: [0, 1], pages: 'default', anchor: null, text: ['Kop standaard'] },
      { story: 'header', sections: [0], pages: 'first', anchor: null, text: ['Kop eerste pagina'] },
      { story: 'footer', sections: [0], pages: 'default', anchor: null, text: ['Voet een'] },
      { story: 'footer', sections: [1], pages: 'default', anchor: null, text: ['Voet twee'] },
    ]);
    expect(snapshot.warnings).toContainEqual({ code: 'unprinted-header-footer' });
  });

  it('prints even-page headers only with w:evenAndOddHeaders in the settings', () => {
    const parts = [H(1, 'Kop oneven'), H(2, 'Kop even')];
    const edit = (doc: string) => inFinalSection(doc, ref('header', 'default', 1) + ref('header', 'even', 2));
    expect(summary(readDocx(craft(WORD_TEMPLATE(), edit, parts))).map((s) => (s as { pages: string }).pages)).toEqual(['default']);
    const withEven = readDocx(craft(WORD_TEMPLATE(), edit, parts, (xml) => xml.replace('</w:settings>', '<w:evenAndOddHeaders/></w:settings>')));
    expect(summary(withEven)).toEqual([
      { story: 'header', sections: [0], pages: 'default', anchor: null, text: ['Kop oneven'] },
      { story: 'header', sections: [0], pages: 'even', anchor: null, text: ['Kop even'] },
    ]);
  });

  it('says nothing about an unprinted header without text', () => {
    const snapshot = readDocx(craft(WORD_TEMPLATE(), (doc) => inFinalSection(doc, ref('header', 'first', 1)), [headerPart(1, 'header', '<w:p/>')]));
    expect(snapshot.stories).toEqual([]);
    expect(snapshot.warnings).toEqual([]);
  });
});

describe('footnotes and endnotes', () => {
  const footnoteRef = (id: string) => `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;

  it('reads the referenced notes in the order of their references, anchored where they are referenced; not those never referenced or referenced only inside a tracked deletion', () => {
    const deleted = `<w:del w:id="90" w:author="Leverancier">${footnoteRef('4')}</w:del>`;
    const bytes = craft(WORD_TEMPLATE(), (doc) => afterRun(afterRun(doc, ARTICLE_5_1, footnoteRef('3') + footnoteRef('1') + deleted), 'Op verzoek van', `<w:r><w:endnoteReference w:id="1"/></w:r>`), [
      notesPart('footnote', { 1: 'In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.', 2: 'Nergens naar verwezen.', 3: 'Eerste verwijzing.', 4: 'Met de verwijzing verwijderd.' }),
      notesPart('endnote', { 1: 'Een eindnoot.' }),
    ]);
    const snapshot = readDocx(bytes);
    const at51 = bodyIndexOf(snapshot, ARTICLE_5_1);
    expect(summary(snapshot)).toEqual([
      { story: 'footnote', noteId: '3', anchor: at51, text: [' Eerste verwijzing.'] },
      { story: 'footnote', noteId: '1', anchor: at51, text: [' In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.'] },
      { story: 'endnote', noteId: '1', anchor: bodyIndexOf(snapshot, 'Op verzoek van'), text: [' Een eindnoot.'] },
    ]);
  });
});

describe('text boxes', () => {
  it('counts a DrawingML text box with its VML fallback once, and reads VML-only ones too', () => {
    const bytes = craft(WORD_TEMPLATE(), (doc) => afterRun(afterRun(doc, ARTICLE_5_1, wordTextBox('Binnen 72 uur.')), 'Op verzoek van', vmlTextBox('Oud tekstvak.')));
    const snapshot = readDocx(bytes);
    expect(summary(snapshot)).toEqual([
      { story: 'textbox', anchor: bodyIndexOf(snapshot, 'Op verzoek van'), text: ['Oud tekstvak.'] },
      { story: 'textbox', anchor: bodyIndexOf(snapshot, ARTICLE_5_1), text: ['Binnen 72 uur.'] },
    ].sort((a, b) => a.anchor - b.anchor));
    // The paragraph that holds the box does not show the box's text.
    expect(visibleText([...blockParagraphs(snapshot.blocks)][bodyIndexOf(snapshot, ARTICLE_5_1)]!)).not.toContain('72');
  });

  it('reads the VML fallback when Word would not understand the DrawingML choice', () => {
    const box = wordTextBox('Keuze').replace('Requires="wps"', 'Requires="xyz"');
    const fallback = box.lastIndexOf('Keuze');
    const unknown = `${box.slice(0, fallback)}Terugval${box.slice(fallback + 'Keuze'.length)}`;
    expect(summary(readDocx(craft(WORD_TEMPLATE(), (doc) => afterRun(doc, ARTICLE_5_1, unknown)))).map((s) => (s as { text: string[] }).text)).toEqual([['Terugval']]);
  });

  it('reads text boxes in table cells, headers and notes, anchored at what holds them', () => {
    const CELL = 'Verwerkings- doeleinden';
    const cellDoc = (doc: string) => inFinalSection(afterRun(doc, CELL, wordTextBox('In een cel.')), '<w:headerReference w:type="default" r:id="rIdSheader1"/>');
    const withNote = (doc: string) => afterRun(cellDoc(doc), ARTICLE_5_1, '<w:r><w:footnoteReference w:id="1"/></w:r>');
    const notes = notesPart('footnote', { 1: 'noot' });
    const noteWithBox = { ...notes, bytes: (notes.bytes as string).replace(' noot</w:t></w:r>', ` noot</w:t></w:r>${vmlTextBox('In een noot.')}`) };
    const snapshot = readDocx(craft(WORD_TEMPLATE(), withNote, [headerPart(1, 'header', `<w:p>${wordTextBox('In de koptekst.')}</w:p>`), noteWithBox]));
    const stories = summary(snapshot) as { story: string; anchor: number | null; text: string[] }[];
    expect(stories.map((s) => s.story)).toEqual(['header', 'footnote', 'textbox', 'textbox', 'textbox']);
    const boxes = stories.filter((s) => s.story === 'textbox');
    const cellParagraph = snapshot.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat(2) : [])).find((x) => visibleText(x) === CELL)!;
    expect(boxes).toEqual([
      { story: 'textbox', anchor: cellParagraph.index, text: ['In een cel.'] },
      { story: 'textbox', anchor: null, text: ['In de koptekst.'] },
      { story: 'textbox', anchor: bodyIndexOf(snapshot, ARTICLE_5_1), text: ['In een noot.'] },
    ]);
  });
});

describe('fields', () => {
  const complex = (instr: string, result: string) => `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;

  it('shows each field\'s result, named by the keyword of the innermost field, however it is written', () => {
    const nested = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>${complex('MERGEFIELD naam', 'x')}<w:r><w:instrText> = "" "a" "b"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>voor </w:t></w:r>${complex('REF bm1 \\h', 'verwijzing')}<w:r><w:t> na</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const spanning = `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>DATE \\@ "d MMMM yyyy"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1 maart</w:t></w:r></w:p><w:p><w:r><w:t>2026</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t> daarna</w:t></w:r></w:p>`;
    const footer = `<w:p><w:r><w:t xml:space="preserve">Pagina </w:t></w:r><w:fldSimple w:instr=" page "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> van </w:t></w:r>${complex('NUMPAGES \\* Arabic', '11')}</w:p><w:p>${nested}</w:p>${spanning}`;
    const snapshot = readDocx(craft(WORD_TEMPLATE(), (doc) => inFinalSection(doc, '<w:footerReference w:type="default" r:id="rIdSfooter1"/>'), [headerPart(1, 'footer', footer)]));
    const segments = [...blockParagraphs(snapshot.stories[0]!.blocks)].map((x) => x.segments.map((s) => [s.text, s.field ?? null]));
    expect(segments).toEqual([
      [['Pagina ', null], ['3', 'PAGE'], [' van ', null], ['11', 'NUMPAGES']],
      [['x', 'MERGEFIELD'], ['voor ', 'IF'], ['verwijzing', 'REF'], [' na', 'IF']],
      [['1 maart', 'DATE']],
      [['2026', 'DATE'], [' daarna', null]],
    ]);
  });
});

describe('data-bound content controls', () => {
  const ITEM_ID = '{5D3E7A10-1B2C-4D5E-8F90-A1B2C3D4E5F6}';
  const bound = (xpath: string, cached: string, store = ITEM_ID) => `<w:sdt><w:sdtPr><w:alias w:val="Termijn"/><w:tag w:val="termijn"/><w:dataBinding w:prefixMappings="xmlns:ns0='urn:vo:test'" w:xpath="${xpath}" w:storeItemID="${store}"/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>${cached}</w:t></w:r></w:sdtContent></w:sdt>`;
  const withItem = (inner: string, edit = (doc: string) => afterRun(doc, ARTICLE_5_1, inner)): Uint8Array => {
    const base = craft(WORD_TEMPLATE(), edit);
    const files = unzipSync(base);
    files['customXml/item9.xml'] = strToU8('<?xml version="1.0"?><t:root xmlns:t="urn:vo:test"><t:termijn>24 uur</t:termijn><t:termijn>72 uur</t:termijn></t:root>');
    files['customXml/itemProps9.xml'] = strToU8(`<?xml version="1.0"?><ds:datastoreItem ds:itemID="${ITEM_ID.toLowerCase()}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`);
    files['customXml/_rels/item9.xml.rels'] = strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps9.xml"/></Relationships>');
    return zipSync(files);
  };
  const article51 = (snapshot: DocumentSnapshot): string => visibleText([...blockParagraphs(snapshot.blocks)][bodyIndexOf(snapshot, ARTICLE_5_1)]!);

  it('reads the bound value Word shows, not the cached text', () => {
    const snapshot = readDocx(withItem(bound('/ns0:root[1]/ns0:termijn[2]', 'GECACHED')));
    expect(article51(snapshot)).toMatch(/72 uur$/);
    expect(article51(snapshot)).not.toContain('GECACHED');
    expect(snapshot.warnings).toEqual([]);
  });

  it('reads the bound value of a block-level control in its first paragraph', () => {
    const block = bound('/ns0:root[1]/ns0:termijn[2]', 'GECACHED').replace('<w:sdtContent><w:r><w:t>GECACHED</w:t></w:r></w:sdtContent>', `<w:sdtContent>${p('GECACHED')}${p('ook gecached')}</w:sdtContent>`);
    const snapshot = readDocx(withItem('', (doc) => doc.replace('<w:body>', `<w:body>${block}`)));
    expect([...blockParagraphs(snapshot.blocks)].slice(0, 3).map(visibleText)).toEqual(['72 uur', '', 'Bijlage 5']);
  });

  it('keeps the cached text where the store or node is not there, and warns for an XPath it cannot read', () => {
    expect(article51(readDocx(withItem(bound('/ns0:root[1]/ns0:termijn[3]', 'GECACHED'))))).toMatch(/GECACHED$/);
    expect(article51(readDocx(withItem(bound('/ns0:root[1]/ns0:termijn[1]', 'GECACHED', '{00000000-0000-0000-0000-000000000000}'))))).toMatch(/GECACHED$/);
    const unsupported = readDocx(withItem(bound("//ns0:termijn[last()]", 'GECACHED')));
    expect(article51(unsupported)).toMatch(/GECACHED$/);
    expect(unsupported.warnings).toEqual([{ code: 'binding-unsupported' }]);
  });
});

describe('imported parts (altChunk)', () => {
  const chunk = (n: number, path: string, contentType: string, bytes: string | Uint8Array) => ({ path, rel: 'aFChunk', id: `rIdC${n}`, contentType, bytes });
  const nestedDocx = zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/inner.txt" ContentType="text/plain"/></Types>'),
    'word/_rels/document.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="inner.txt"/></Relationships>'),
    'word/inner.txt': strToU8('Twee niveaus diep.'),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${p('Genest document.')}<w:altChunk r:id="rId5"/></w:body></w:document>`),
  });
  const html = '<html><head><title>Niet te zien</title><style>p { color: red }</style><script>var a = "<p>geen tekst</p>";</script></head><body><p>Verwerker meldt binnen&nbsp;72&#160;uur &amp; niet later.</p><!-- weg --><div>Tweede<br>regel &#x20AC;5</div></body></html>';
  const rtf = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\colortbl;\red0\green0\blue0;}{\stylesheet{\s0 Normal;}}{\*\generator Msftedit;}\f0 Binnen 72 uur\par Caf\'e9 \u8364? en {\b vet}\par}`;

  it('reads an imported WordprocessingML main part, and steps over RTF binary data', () => {
    const main = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${p('Als XML-deel.')}</w:body></w:document>`;
    const rtfWithPicture = String.raw`{\rtf1\ansi{\pict\pngblip\bin4 {{{{}Na het plaatje\par}`;
    const bytes = craft(WORD_TEMPLATE(), (doc) => doc.replace('<w:body>', '<w:body><w:altChunk r:id="rIdC1"/><w:altChunk r:id="rIdC2"/>'), [
      chunk(1, 'word/afchunk1.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', main),
      chunk(2, 'word/afchunk2.rtf', 'application/rtf', rtfWithPicture),
    ]);
    expect(readDocx(bytes).stories.map(texts)).toEqual([['Als XML-deel.'], ['Na het plaatje']]);
  });

  it('reads HTML, plain text, RTF and a nested .docx as embedded stories at their place in the body', () => {
    const bytes = craft(WORD_TEMPLATE(), (doc) => {
      const start = doc.indexOf('<w:body>') + '<w:body>'.length;
      const withFirst = `${doc.slice(0, start)}<w:altChunk r:id="rIdC1"/>${doc.slice(start)}`;
      const at = withFirst.indexOf('</w:p>', withFirst.indexOf(`<w:t>${ARTICLE_5_1}`)) + '</w:p>'.length;
      return `${withFirst.slice(0, at)}<w:altChunk r:id="rIdC2"/><w:altChunk r:id="rIdC3"/><w:altChunk r:id="rIdC4"/>${withFirst.slice(at)}`;
    }, [
      chunk(1, 'word/afchunk1.htm', 'text/html', html),
      chunk(2, 'word/afchunk2.txt', 'text/plain', 'Regel een\r\nRegel twee\r\n'),
      chunk(3, 'word/afchunk3.rtf', 'application/rtf', rtf),
      chunk(4, 'word/afchunk4.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', nestedDocx),
    ]);
    const snapshot = readDocx(bytes);
    const at51 = bodyIndexOf(snapshot, ARTICLE_5_1);
    expect(summary(snapshot)).toEqual([
      { story: 'embedded', contentType: 'text/html', anchor: null, text: ['Verwerker meldt binnen\u00a072\u00a0uur & niet later.', 'Tweede', 'regel €5'] },
      { story: 'embedded', contentType: 'text/plain', anchor: at51, text: ['Regel een', 'Regel twee'] },
      { story: 'embedded', contentType: 'application/rtf', anchor: at51, text: ['Binnen 72 uur', 'Café € en vet'] },
      { story: 'embedded', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', anchor: at51, text: ['Genest document.'] },
    ]);
    // One level deep: what the nested document imports itself is not read, and that is said.
    expect(snapshot.warnings).toContainEqual({ code: 'embedded-nested-stories' });
  });
});
