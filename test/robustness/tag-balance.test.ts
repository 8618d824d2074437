// The byte-level nesting check for parts read piecemeal (styles): it must agree with the parser on
// what balances, what is too deep and what is damaged.
import { strToU8 } from 'fflate';
import { MAX_XML_DEPTH, parseXml, tagBalance, XmlDepthError } from '../../src/docx/xml';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const nested = (depth: number): string => `<w:styles ${W}>${'<w:rPr>'.repeat(depth - 1)}${'</w:rPr>'.repeat(depth - 1)}</w:styles>`;

describe('tagBalance', () => {
  const ok = [
    `<?xml version="1.0"?>\n<w:styles ${W}><w:style w:styleId="a&gt;b"><w:name w:val="x > y"/></w:style></w:styles>`,
    `<w:styles ${W}><!-- <w:style> --><w:style w:name='een "ander"'/><![CDATA[ </w:styles> ]]></w:styles>`,
    `<w:styles ${W}/>`,
    nested(MAX_XML_DEPTH),
  ];
  const malformed = [
    `<w:styles ${W}><w:style></w:styles>`,
    `<w:styles ${W}><w:style w:styleId="a"></w:styl></w:styles>`,
    `<w:styles ${W}><w:style w:styleId="a`,
    `<w:styles ${W}></w:styles><w:styles/>`,
    `<!DOCTYPE x [<!ENTITY a "b">]><w:styles ${W}/>`,
    `<w:styles ${W}><w:style><!-- open`,
    '',
  ];

  it.each(ok)('accepts what the parser accepts: %s', (xml) => {
    expect(tagBalance(strToU8(xml))).toBe('ok');
    expect(() => parseXml(xml)).not.toThrow();
  });

  it.each(malformed)('calls damaged what the parser refuses: %s', (xml) => {
    expect(tagBalance(strToU8(xml))).toBe('malformed');
    expect(() => parseXml(xml)).toThrow();
  });

  it('calls deep exactly what the parser refuses for depth', () => {
    expect(tagBalance(strToU8(nested(MAX_XML_DEPTH + 1)))).toBe('deep');
    expect(() => parseXml(nested(MAX_XML_DEPTH + 1))).toThrow(XmlDepthError);
    expect(() => parseXml(nested(MAX_XML_DEPTH))).not.toThrow();
  });
});
