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
