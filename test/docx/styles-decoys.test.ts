// A style is what a parser of styles.xml finds, never what a byte search finds inside a comment,
// CDATA section or processing instruction, or under a prefix bound elsewhere; of two styles with one
// id the first counts. Built from Word's own file of the template: Artikel 5.1 takes the character
// style "Verborgen", which hides it.
import { addStyles, editDocx, errorsOf, replaceOnce, TEMPLATE_WORD } from '../helpers/edit-docx';

const inStyle = (xml: string): string => replaceOnce(xml, '<w:r><w:t>5.1 Verwerker', '<w:r><w:rPr><w:rStyle w:val="Verborgen"/></w:rPr><w:t>5.1 Verwerker');
const style = (rPr: string, name = 'Verborgen'): string => `<w:style w:type="character" w:customStyle="1" w:styleId="Verborgen"><w:name w:val="${name}"/><w:rPr>${rPr}</w:rPr></w:style>`;
const HIDDEN = style('<w:vanish/>');
const DECOY = style('<w:b/>', 'Lokaas');

describe('the style a document uses is the one Word reads', () => {
  it.each([
    ['a comment', `<!-- ${DECOY} -->`],
    ['a CDATA section', `<![CDATA[${DECOY}]]>`],
    ['a processing instruction', `<?decoy ${DECOY}?>`],
    ['an element of another namespace under the prefix "w"', `<d:w xmlns:w="urn:example:decoy" xmlns:d="urn:example:decoy">${DECOY}</d:w>`],
  ])('a decoy in %s before the real style does not mask it', (_name, decoy) => {
    expect(errorsOf(editDocx(TEMPLATE_WORD, { styles: addStyles(decoy + HIDDEN), document: inStyle }))).toEqual(['hidden@art-5.1']);
  });

  // Word: the first definition of an id counts (dolanmiu/docx#3474 reports Word applying the first
  // of two "Title" styles). LibreOffice 7.4 does the same: of these two files converted with
  // `libreoffice --headless --convert-to pdf`, the PDF lacks Artikel 5.1 only when the first
  // "Verborgen" hides it.
  it('of two styles with one id the first counts', () => {
    expect(errorsOf(editDocx(TEMPLATE_WORD, { styles: addStyles(HIDDEN + DECOY), document: inStyle }))).toEqual(['hidden@art-5.1']);
    expect(errorsOf(editDocx(TEMPLATE_WORD, { styles: addStyles(DECOY + HIDDEN), document: inStyle }))).toEqual([]);
  });
});
