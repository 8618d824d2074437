// Review edits on any paragraph of any of our documents (headings, list items, table cells, filled
// fields in content controls, tracked changes, comments): the result always reads back, the
// paragraph then says exactly the text that was restored, and a comment is where it was placed.
import fc from 'fast-check';
import { readdirSync } from 'fs';
import type { Edit } from '../../src/core/plan';
import { allParagraphs, type ParagraphSnapshot, visibleText } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { OWN_FIXTURES } from '../helpers/paths';
import { fixture } from '../robustness/craft';

const documents = readdirSync(OWN_FIXTURES).filter((n) => n.endsWith('.docx') && !n.startsWith('unusable-')).map((name) => {
  const bytes = fixture(name);
  return { name, bytes, paragraphs: [...allParagraphs(readDocx(bytes))] };
});
const showsAll = (p: ParagraphSnapshot): boolean => p.segments.every((s) => !s.hidden);
const texts = fc.constantFrom('Verwerker meldt binnen 24 uur.', '', 'a < b & "c"', 'twee\nregels', 'Één woord', '5.1 Verwerker zal binnen 48 uur informeren');

describe('review edits on any paragraph', () => {
  it('read back with the restored text and the comment in place (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: documents.length - 1 }), fc.nat(), texts, fc.boolean(), fc.constantFrom('words', 'paragraph') as fc.Arbitrary<'words' | 'paragraph'>,
      (d, k, text, tracked, scope) => {
        const doc = documents[d]!;
        const paragraph = doc.paragraphs[k % doc.paragraphs.length]!;
        fc.pre(scope === 'paragraph' || showsAll(paragraph));
        const edits: Edit[] = [
          { op: 'restore-paragraph', paragraphIndex: paragraph.index, text, tracked, scope, author: 'Gemeente' },
          { op: 'add-comment', paragraphIndex: paragraph.index, text: 'Graag toelichten.', author: 'Gemeente' },
        ];
        const after = readDocx(applyPlanToDocx(doc.bytes, { edits, summary: [] }));
        const restored = [...allParagraphs(after)][paragraph.index]!;
        // Line breaks are written as w:br and read back as '\n'.
        expect(visibleText(restored)).toBe(text);
        const comment = after.comments.find((c) => c.text === 'Graag toelichten.');
        expect(comment).toBeDefined();
        expect(restored.commentIds).toContain(comment!.id);
      },
    ), { numRuns: 150 });
  });
});
