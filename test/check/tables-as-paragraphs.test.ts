// Calligra Words' .docx export writes the Bijlage 1 tables as paragraphs, cell after cell in the
// standard's order. That is layout: the check finds nothing, and scan and fill agree on its fields.
import { readDocx } from '../../src/docx/package';
import { checkSnapshot } from '../../src/core/check';
import { planFill } from '../../src/core/fill-plan';
import { scanSnapshot } from '../../src/core/scan';
import { allParagraphs } from '../../src/core/snapshot';
import { FILLED, readFixture, tablesAsParagraphs } from './story-builder';
import { STD } from '../helpers/standard';

const asTables = readFixture(FILLED);
const asParagraphs = readDocx(tablesAsParagraphs(FILLED));

describe('Bijlage 1 tables written as paragraphs', () => {
  it('is a document without tables', () => {
    expect(asParagraphs.blocks.some((b) => b.kind === 'table')).toBe(false);
    expect([...allParagraphs(asParagraphs)].length).toBe([...allParagraphs(asTables)].length);
  });

  it('checks as the same agreement: no error, no warning', () => {
    expect(checkSnapshot(asParagraphs, STD).findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a changed header cell or IBD detail is still an alteration of Bijlage 1', () => {
    const changed = readDocx(tablesAsParagraphs(FILLED));
    const edited = {
      ...changed,
      blocks: changed.blocks.map((b) => (b.kind === 'paragraph' && b.segments.map((s) => s.text).join('') === 'telefoonnummer: 070-204 55 11'
        ? { ...b, segments: [{ ...b.segments[0]!, text: 'telefoonnummer: 070-373 80 00' }] } : b)),
    };
    const errors = checkSnapshot(edited, STD).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.kind}@${f.clause}`)).toEqual(['altered@bijlage-1']);
  });

  it('scan reads the same fields as from the tables', () => {
    const fields = (s: typeof asTables): Record<string, string | null> => Object.fromEntries(scanSnapshot(s, STD).slots.filter((x) => x.occurrences > 0).map((x) => [x.id, x.value]));
    const fromParagraphs = fields(asParagraphs);
    expect(fromParagraphs).toEqual(fields(asTables));
    expect(fromParagraphs['contact.verwerker.naam']).toBe('K. Smit');
  });

  it('fill accepts every field scan lists, the same fields as in the tables', () => {
    const listed = scanSnapshot(asParagraphs, STD).slots.filter((x) => x.occurrences > 0);
    expect(listed.map((x) => x.id)).toEqual(scanSnapshot(asTables, STD).slots.filter((x) => x.occurrences > 0).map((x) => x.id));
    for (const slot of listed) {
      const result = planFill(asParagraphs, { slots: { [slot.id]: slot.value ?? 'x' } }, STD);
      const problems = result.ok ? [] : result.problems;
      expect(problems.filter((p) => p.code === 'not-in-document')).toEqual([]);
    }
  });
});
