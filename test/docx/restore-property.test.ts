// Restoring works on what real producers write, not only on our own fixtures: a random word of the
// standard text in a document Word made is replaced (through the .docx writer, so runs are split as
// an edit splits them), the checker reports it, and restoring its finding makes the check clean
// again, with the replaced word and the standard's word as the only tracked changes.
import { STD } from '../helpers/standard';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { matchUnits } from '../../src/core/align';
import { checkSnapshot } from '../../src/core/check';
import { allParagraphs } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { restorePlan } from '../../src/taskpane/check/review';
import { EXTERNAL_FIXTURES } from '../helpers/paths';

const PATH = join(EXTERNAL_FIXTURES, 'cases', 'word-filled-tables-b2.docx');

describe('restore round trip on a document Word made', () => {
  const bytes = new Uint8Array(readFileSync(PATH));
  const base = readDocx(bytes);
  // Words of mandatory provisions outside tables, with where they stand in the visible text.
  const words = matchUnits(base, STD).byTemplate.flatMap((m) => {
    if (!m || m.template.block.omission.kind !== 'mandatory' || m.template.block.clause === null || m.document.table !== null) return [];
    return m.diff.ops.flatMap((op) => (op.kind === 'equal' && op.actual.paragraphIndex >= 0 && /^\p{L}{4,}$/u.test(op.actual.norm)
      ? [{ clause: m.template.block.clause, paragraphIndex: op.actual.paragraphIndex, start: op.actual.start, end: op.actual.end, besideField: m.template.slotCount > 0 }]
      : []));
  });

  it('starts from a clean document with words to replace', () => {
    expect(words.length).toBeGreaterThan(500);
    expect(checkSnapshot(base, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  // Next to a field, which words were the field's value is a matter of reading: the restore keeps
  // what the checker reads as the value. Elsewhere exactly the replaced word goes back.
  it('restores a replaced word as a tracked change, after which the check is clean', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: words.length - 1 }), fc.constantFrom('nooit', 'Leverancier', 'dertig dagen'), (at, replacement) => {
      const word = words[at]!;
      const original = [...allParagraphs(base)][word.paragraphIndex]!.segments.map((s) => s.text).join('');
      fc.pre(original.slice(word.start, word.end) !== replacement);
      const altered = applyPlanToDocx(bytes, { edits: [{ op: 'replace-text', paragraphIndex: word.paragraphIndex, start: word.start, end: word.end, text: replacement, slotId: null }], summary: [] });
      const finding = checkSnapshot(readDocx(altered), STD).findings.find((f) => f.severity === 'error' && f.clause === word.clause && f.paragraphIndex === word.paragraphIndex);
      expect(finding).toBeDefined();
      const after = readDocx(applyPlanToDocx(altered, restorePlan(finding!, '', readDocx(altered), STD)));
      expect(checkSnapshot(after, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
      if (word.besideField) return;
      const paragraph = [...allParagraphs(after)][word.paragraphIndex]!;
      // The diff may take a space along on both sides ("dertig dagen " for "Verwerker ").
      expect(paragraph.segments.filter((s) => s.revision === 'deleted').map((s) => s.text).join('').trim()).toBe(replacement);
      expect(paragraph.segments.filter((s) => s.revision === 'inserted').map((s) => s.text).join('').trim()).toBe(original.slice(word.start, word.end));
    }), { numRuns: 60 });
  });
});
