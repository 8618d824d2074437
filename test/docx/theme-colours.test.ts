// Text coloured with the document's theme (w:color w:themeColor, w:shd w:themeFill) is judged in the
// colours of that document's theme (word/theme/theme1.xml) as settings' w:clrSchemeMapping maps
// them, not in Office's default theme: white-on-white made through the theme is hidden text, and
// a theme colour that is dark in this theme is readable. Built from Word's own file of the template.
import { editDocx, errorsOf, replaceOnce, TEMPLATE_WORD } from '../helpers/edit-docx';

const PHRASE_BEFORE = '<w:r><w:t>5.1 Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, maar uiterlijk binnen 24 uur, informeren';

/** Artikel 5.1 with "maar uiterlijk binnen 24 uur, " in a run of its own with these properties. */
const phrase = (rPr: string) => (xml: string): string => replaceOnce(xml, PHRASE_BEFORE,
  '<w:r><w:t xml:space="preserve">5.1 Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging, </w:t></w:r>'
  + `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">maar uiterlijk binnen 24 uur, </w:t></w:r>`
  + '<w:r><w:t>informeren');

/** The theme's colour scheme with one entry (a:dk2, a:lt2…) set to this sRGB value. */
const schemeColour = (entry: string, rgb: string) => (xml: string): string =>
  replaceOnce(xml, new RegExp(`<a:${entry}>\\s*<a:srgbClr val="[0-9A-F]{6}"/>`), `<a:${entry}><a:srgbClr val="${rgb}"/>`);

describe('theme colours', () => {
  it('the theme\'s text2 made white: text in text2 is hidden, though its w:val is dark', () => {
    const bytes = editDocx(TEMPLATE_WORD, { theme: schemeColour('dk2', 'FFFFFF'), document: phrase('<w:color w:val="1F497D" w:themeColor="text2"/>') });
    expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
  });

  it('the settings map text1 onto light1: text in text1 is white on white', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      settings: (xml) => replaceOnce(xml, 'w:t1="dark1"', 'w:t1="light1"'),
      document: phrase('<w:color w:val="000000" w:themeColor="text1"/>'),
    });
    expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
  });

  it('a theme whose background2 is dark: text in background2 can be read', () => {
    const bytes = editDocx(TEMPLATE_WORD, { theme: schemeColour('lt2', '1F1F1F'), document: phrase('<w:color w:val="EEECE1" w:themeColor="background2"/>') });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('white text on a shading in the theme\'s dark text2 can be read, though the shading\'s w:fill is white', () => {
    const bytes = editDocx(TEMPLATE_WORD, { document: phrase('<w:color w:val="FFFFFF"/><w:shd w:val="clear" w:color="auto" w:fill="FFFFFF" w:themeFill="text2"/>') });
    expect(errorsOf(bytes)).toEqual([]);
  });

  it('dark text on a page in the theme\'s text2 (w:background w:themeColor) is hidden', () => {
    const bytes = editDocx(TEMPLATE_WORD, {
      theme: schemeColour('dk2', '202020'),
      document: (xml) => replaceOnce(phrase('<w:color w:val="222222"/>')(xml), '<w:body>', '<w:background w:color="FFFFFF" w:themeColor="text2"/><w:body>'),
    });
    expect(errorsOf(bytes)).toEqual(['hidden@art-5.1']);
  });
});
