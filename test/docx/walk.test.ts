// The writer must find exactly the paragraphs the reader numbered, in the same order.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { allParagraphs, presentText } from '../../src/core/snapshot';
import { openDocx, snapshotOf } from '../../src/docx/package';
import { locateParagraphs } from '../../src/docx/write-locate';
import { textContent, type XmlElement } from '../../src/docx/xml';
import { makeDocx, p, r } from '../helpers/make-docx';
import { OWN_FIXTURES, EXTERNAL_FIXTURES } from '../helpers/paths';

const DRAWINGS = new Set(['w:drawing', 'w:pict', 'mc:AlternateContent']);

function agree(bytes: Uint8Array): void {
  const pkg = openDocx(bytes);
  const read = [...allParagraphs(snapshotOf(pkg))];
  const located = locateParagraphs(pkg.document.root);
  expect(located).toHaveLength(read.length);
  // Tabs and breaks are elements, not text, in the XML: compare without white space.
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  // Text boxes in drawings are stories of their own, not the paragraph's text.
  const current = (e: XmlElement): string => e.children.map((c) => (typeof c === 'string' || DRAWINGS.has(c.name) ? '' : c.name === 'w:t' ? textContent(c) : current(c))).join('');
  located.forEach((l, i) => expect(squeeze(current(l.element))).toBe(squeeze(presentText(read[i]!))));
}

describe('reader and writer walk the same paragraphs', () => {
  const files = [
    ...readdirSync(join(EXTERNAL_FIXTURES, 'base')).map((f) => join(EXTERNAL_FIXTURES, 'base', f)),
    ...readdirSync(OWN_FIXTURES).filter((f) => f.endsWith('.docx') && !f.startsWith('unusable')).map((f) => join(OWN_FIXTURES, f)),
  ];
  it.each(files)('%s', (file) => agree(new Uint8Array(readFileSync(file))));

  it('in nested tables and content controls around rows, cells and blocks', () => {
    const cell = (inner: string) => `<w:tc>${inner}</w:tc>`;
    const nested = `<w:tbl><w:tr>${cell(p(r('binnen')))}</w:tr></w:tbl>`;
    const body = `<w:sdt><w:sdtPr><w:tag w:val="blok"/></w:sdtPr><w:sdtContent>${p(r('een'))}</w:sdtContent></w:sdt>`
      + `<w:tbl><w:sdt><w:sdtContent><w:tr>${cell(p(r('twee')) + nested)}<w:sdt><w:sdtContent>${cell(p(r('drie')))}</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>`
      + p(r('vier'));
    agree(makeDocx({ body }));
    const pkg = openDocx(makeDocx({ body }));
    expect([...allParagraphs(snapshotOf(pkg))].map(presentText)).toEqual(['een', 'twee', 'binnen', 'drie', 'vier']);
  });
});
