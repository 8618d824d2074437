// The piecemeal styles reader (bytes searched, a style parsed only when asked for) must answer as
// the full parse of the part does, for Word's way of writing styles and for every other way.
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { strToU8, unzipSync } from 'fflate';
import { readStyles, readStylesPart, type Styles } from '../../src/docx/styles';
import { parseXml, prologHasDeclaration } from '../../src/docx/xml';
import { OWN_FIXTURES, EXTERNAL_FIXTURES } from '../helpers/paths';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function answers(styles: Styles, ids: readonly (string | undefined)[]): unknown {
  return { defaults: styles.defaults, styles: ids.map((id) => [id, styles.paragraph(id), styles.character(id)]) };
}

function expectSameAsFullParse(xml: string, ids: readonly (string | undefined)[]): void {
  const full = readStyles(parseXml(xml).root);
  expect(answers(readStylesPart(strToU8(xml)), ids)).toEqual(answers(full, ids));
}

const part = (inner: string, rootAttributes = ''): string => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"${rootAttributes}>${inner}</w:styles>`;
const defaults = '<w:docDefaults><w:rPrDefault><w:rPr><w:vanish w:val="0"/></w:rPr></w:rPrDefault></w:docDefaults>';

describe('readStylesPart agrees with the full parse', () => {
  it('on Word\'s way of writing styles, with basedOn chains, hidden text and numbering', () => {
    expectSameAsFullParse(part(`${defaults}
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
      <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Lijst"><w:name w:val="List"/><w:basedOn w:val="Kop1"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style>
      <w:style w:type="character" w:styleId="Verborgen"><w:name w:val="Verborgen"/><w:rPr><w:vanish/></w:rPr></w:style>
      <w:style w:type="character" w:styleId="Erft"><w:basedOn w:val="Verborgen"/></w:style>`), [undefined, 'Normal', 'Kop1', 'Lijst', 'Verborgen', 'Erft', 'Ontbreekt']);
  });

  it('on attributes in another order, single quotes, entities in ids and line breaks in tags', () => {
    expectSameAsFullParse(part(`
      <w:style w:styleId="Eerst" w:default="true" w:type="paragraph"><w:name w:val="Eerst"/><w:rPr><w:vanish/></w:rPr></w:style>
      <w:style w:type='paragraph' w:styleId='Enkel'><w:name w:val="Enkel"/><w:basedOn w:val="Eerst"/></w:style>
      <w:style w:type="paragraph" w:styleId="A&amp;B"><w:name w:val="heading 2"/></w:style>
      <w:style
        w:type="paragraph"
        w:styleId="Regels"><w:name w:val="Regels"/><w:rPr><w:vanish w:val="false"/></w:rPr></w:style>`), [undefined, 'Eerst', 'Enkel', 'A&B', 'Regels']);
  });

  it('on a self-closing style, a ">" inside an attribute and a second style with the same id', () => {
    expectSameAsFullParse(part(`
      <w:style w:type="paragraph" w:styleId="Leeg"/>
      <w:style w:type="paragraph" w:styleId="Pijl" w:customStyle="a>b"><w:name w:val="heading 3"/></w:style>
      <w:style w:type="paragraph" w:styleId="Dubbel"><w:name w:val="Eerste"/></w:style>
      <w:style w:type="paragraph" w:styleId="Dubbel"><w:name w:val="Tweede"/></w:style>`), ['Leeg', 'Pijl', 'Dubbel']);
  });

  it('on decoys in a comment, CDATA, a processing instruction and under a rebound prefix', () => {
    const decoy = '<w:style w:type="character" w:styleId="Verborgen"><w:name w:val="Lokaas"/></w:style>';
    expectSameAsFullParse(part(`<!-- ${decoy} --><![CDATA[${decoy}]]><?pi ${decoy}?><d:x xmlns:d="urn:d" xmlns:w="urn:d">${decoy}</d:x>
      <w:style w:type="character" w:styleId="Verborgen"><w:name w:val="Verborgen"/><w:rPr><w:vanish/></w:rPr></w:style>`), ['Verborgen']);
  });

  it('on a part in the default namespace', () => {
    const xml = `<?xml version="1.0"?><styles xmlns="${W}"><style type="paragraph" default="1" styleId="Normal"><name val="heading 1"/><rPr><strike/></rPr></style></styles>`;
    expectSameAsFullParse(xml, [undefined, 'Normal']);
    expect(readStylesPart(strToU8(xml)).paragraph(undefined).name).toBe('');
  });

  it('on a part that binds WordprocessingML to another prefix', () => {
    const xml = `<?xml version="1.0"?><x:styles xmlns:x="${W}"><x:style x:type="paragraph" x:default="1" x:styleId="Normal"><x:name x:val="heading 1"/><x:rPr><x:vanish/></x:rPr></x:style></x:styles>`;
    expectSameAsFullParse(xml, [undefined, 'Normal']);
  });

  const documents = [
    ...readdirSync(OWN_FIXTURES).filter((n) => n.endsWith('.docx')).map((n) => join(OWN_FIXTURES, n)),
    ...readdirSync(join(EXTERNAL_FIXTURES, 'base')).map((n) => join(EXTERNAL_FIXTURES, 'base', n)),
  ];
  it.each(documents.map((path) => [path.slice(path.lastIndexOf('/') + 1), path]))('on every style of %s', (_name, path) => {
    let styles: Uint8Array | undefined;
    try {
      styles = unzipSync(new Uint8Array(readFileSync(path)))['word/styles.xml'];
    } catch {
      return; // not a zip: nothing to compare
    }
    if (!styles) return;
    const text = new TextDecoder().decode(styles);
    const ids = childIds(text);
    expect(ids.length).toBeGreaterThan(0);
    expectSameAsFullParse(text, [undefined, ...ids]);
  });
});

function childIds(text: string): string[] {
  return parseXml(text).root.children.flatMap((c) => (typeof c !== 'string' && c.name === 'w:style' && c.attributes['w:styleId'] !== undefined ? [c.attributes['w:styleId']] : []));
}

describe('prologHasDeclaration', () => {
  it.each([
    ['a DOCTYPE', '<?xml version="1.0"?><!DOCTYPE w:styles [<!ENTITY a "b">]><w:styles/>', true],
    ['a comment before the root', '<?xml version="1.0"?><!-- opmerking --><w:styles/>', true],
    ['a DOCTYPE behind a processing instruction with "<" in it', '<?xml version="1.0"?><?pi <w:styles?><!DOCTYPE x><w:styles/>', true],
    ['only the XML declaration', '<?xml version="1.0" encoding="UTF-8"?>\n<w:styles><w:style/></w:styles>', false],
    ['a "<!" after the root only', '<w:styles><![CDATA[x]]></w:styles>', false],
  ] as const)('%s', (_name, xml, expected) => {
    expect(prologHasDeclaration(strToU8(xml))).toBe(expected);
  });
});
