// The shading a table style gives a table (whole table, or a region its w:tblLook turns on) is what
// is behind the text of its cells: white text in a header row the style shades dark can be read,
// dark text in a table the style shades dark cannot. Built from Word's own file of the template,
// whose first Bijlage 1 table (style TableGrid, w:tblLook firstRow on) gets another style.
import { addStyles, editDocx, errorsOf, replaceOnce, TEMPLATE_WORD } from '../helpers/edit-docx';

const HEADER_CELL = '<w:r><w:rPr><w:b/></w:rPr><w:t>Naam verwerking/ Welke dienst en/of product</w:t>';

/** The first table in style `id`, and its first header cell's text in this colour. */
const styledTable = (id: string, colour: string) => (xml: string): string =>
  replaceOnce(xml.replace('<w:tblStyle w:val="TableGrid"/>', `<w:tblStyle w:val="${id}"/>`), HEADER_CELL, HEADER_CELL.replace('<w:b/>', `<w:b/><w:color w:val="${colour}"/>`));

const tableStyle = (id: string, inner: string, basedOn = 'TableGrid'): string =>
  `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${id}"/><w:basedOn w:val="${basedOn}"/>${inner}</w:style>`;
const shd = (fill: string): string => `<w:shd w:val="clear" w:color="auto" w:fill="${fill}"/>`;
const DARK_HEADER = tableStyle('DonkereKop', `<w:tblPr/><w:tblStylePr w:type="firstRow"><w:tcPr>${shd('1F3864')}</w:tcPr></w:tblStylePr>`);
const DARK_TABLE = tableStyle('Donker', `<w:tblPr/><w:tcPr>${shd('111111')}</w:tcPr>`);

describe('table style shading', () => {
  it('white text in a header row the table style shades dark can be read', () => {
    const bytes = editDocx(TEMPLATE_WORD, { styles: addStyles(DARK_HEADER), document: styledTable('DonkereKop', 'FFFFFF') });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('the same through a style based on it', () => {
    const bytes = editDocx(TEMPLATE_WORD, { styles: addStyles(DARK_HEADER + tableStyle('Afgeleid', '<w:tblPr/>', 'DonkereKop')), document: styledTable('Afgeleid', 'FFFFFF') });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('dark text in a table the style shades as dark is hidden', () => {
    const bytes = editDocx(TEMPLATE_WORD, { styles: addStyles(DARK_TABLE), document: styledTable('Donker', '1A1A1A') });
    expect(errorsOf(bytes)).toEqual(['hidden@bijlage-1']);
  });

  it('a header region the table\'s w:tblLook turns off shades nothing', () => {
    const lookOff = (xml: string): string => styledTable('DonkereKop', 'FFFFFF')(xml).replace('w:firstRow="1"', 'w:firstRow="0"');
    expect(errorsOf(editDocx(TEMPLATE_WORD, { styles: addStyles(DARK_HEADER), document: lookOff }))).toEqual(['hidden@bijlage-1']);
  });
});
