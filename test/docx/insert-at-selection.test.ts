// insert-blocks after 'selection' in a file: the adapter knows no cursor, so the blocks go at the
// end (before the section properties), exactly where 'end' puts them.
import { allParagraphs, visibleText } from '../../src/core/snapshot';
import type { NewBlock } from '../../src/core/plan';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { makeDocx, p, r } from '../helpers/make-docx';

const texts = (bytes: Uint8Array): string[] => [...allParagraphs(readDocx(bytes))].map(visibleText);
const blocks: NewBlock[] = [{ role: 'body', runs: [{ text: 'Nieuwe bepaling', bold: false, italic: false }], pageBreakBefore: false }];

describe(".docx insert-blocks after 'selection'", () => {
  it('inserts at the end, before the section properties, like after the end', () => {
    const bytes = makeDocx({ body: `${p(r('Artikel 1'))}${p(r('Artikel 2'))}<w:sectPr/>` });
    const atSelection = applyPlanToDocx(bytes, { edits: [{ op: 'insert-blocks', after: 'selection', blocks }], summary: [] });
    const atEnd = applyPlanToDocx(bytes, { edits: [{ op: 'insert-blocks', after: 'end', blocks }], summary: [] });
    expect(texts(atSelection)).toEqual(['Artikel 1', 'Artikel 2', 'Nieuwe bepaling']);
    expect(atSelection).toEqual(atEnd);
  });
});

describe('.docx insert-blocks never goes into a table', () => {
  const cell = (inner: string): string => `<w:tc>${inner}</w:tc>`;
  const table = (...rows: string[][]): string => `<w:tbl><w:tblPr/>${rows.map((row) => `<w:tr>${row.map((c) => cell(c)).join('')}</w:tr>`).join('')}</w:tbl>`;
  const bodyOf = (bytes: Uint8Array): string[] => {
    const snapshot = readDocx(bytes);
    return snapshot.blocks.map((b) => (b.kind === 'paragraph' ? `p:${visibleText(b)}` : `table:${b.rows.flat(2).map(visibleText).join('/')}`));
  };
  const insert = (bytes: Uint8Array, after: number, extra: NewBlock[] = blocks): Uint8Array =>
    applyPlanToDocx(bytes, { edits: [{ op: 'insert-blocks', after, blocks: extra }], summary: [] });

  it('after a paragraph in a cell, the blocks follow the table', () => {
    const bytes = makeDocx({ body: `${p(r('Bijlage 1'))}${table([p(r('Naam'))], [p(r('Adres'))])}${p(r('Bijlage 2'))}<w:sectPr/>` });
    expect(bodyOf(insert(bytes, 1))).toEqual(['p:Bijlage 1', 'table:Naam/Adres', 'p:Nieuwe bepaling', 'p:Bijlage 2']);
  });

  it('after a paragraph in a nested table, the blocks follow the outermost table', () => {
    const inner = table([p(r('Binnen'))]);
    const bytes = makeDocx({ body: `${table([`${p(r('Buiten'))}${inner}${p('')}`])}${p(r('Einde'))}<w:sectPr/>` });
    const out = insert(bytes, 1);
    expect(bodyOf(out).slice(1)).toEqual(['p:Nieuwe bepaling', 'p:Einde']);
    expect(bodyOf(out)[0]).toMatch(/^table:Buiten/);
  });

  it('a new table right after a table gets a paragraph between, so the two do not merge', () => {
    const bytes = makeDocx({ body: `${table([p(r('Oud'))])}${p(r('Einde'))}<w:sectPr/>` });
    const newTable: NewBlock = { role: 'table', hasHeaderRow: false, rows: [['Nieuw']], pageBreakBefore: false };
    expect(bodyOf(insert(bytes, 0, [newTable]))).toEqual(['table:Oud', 'p:', 'table:Nieuw', 'p:', 'p:Einde']);
  });
});
