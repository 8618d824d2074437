// The aligner's second step: a standard unit not in its place is paired with what stands for it
// elsewhere (moved, the version line spelled otherwise, deleted as a tracked change) or is missing,
// and the check reports each as such.
import { STD } from '../helpers/standard';
import { join } from 'path';
import { matchUnits } from '../../src/core/align';
import { checkSnapshot } from '../../src/core/check';
import { type DocumentSnapshot, visibleText } from '../../src/core/snapshot';
import { pairUnmatched, type Unmatched } from '../../src/core/unmatched';
import { OWN_FIXTURES } from '../helpers/paths';
import { editBody, FILLED, paragraphStarting, readFixture, segment } from '../check/story-builder';

const versionOf = (d: { tokens: readonly { source: string; start: number; end: number }[] }): string | null => {
  const text = d.tokens.map((t) => t.source.slice(t.start, t.end)).join(' ');
  return /versie\s+2\s*\.\s*42/i.test(text) ? '2.42' : null;
};

function pairing(snapshot: DocumentSnapshot): { unmatched: Unmatched[]; leftovers: number } {
  const result = pairUnmatched(matchUnits(snapshot, STD), versionOf);
  return { unmatched: [...result.byTemplate.values()], leftovers: result.leftovers.length };
}

const summary = (u: Unmatched): [string, string | null] => [u.kind, u.template.block.clause];

describe('pairUnmatched', () => {
  const filled = readFixture(FILLED);

  it('a clean document has nothing unmatched and nothing left over', () => {
    expect(pairing(filled)).toEqual({ unmatched: [], leftovers: 0 });
  });

  it('a provision deleted as a tracked change is paired with its deleted paragraph, not missing', () => {
    // 2.2 gone and 2.3 deleted as a tracked change: two provisions for one paragraph between 2.1 and
    // Artikel 3, so the ordered alignment cannot pair them by place.
    const gone = paragraphStarting(filled, '2.2 Deze Verwerkersovereenkomst eindigt');
    const at = paragraphStarting(filled, '2.3 Wanneer Partijen');
    const deleted = editBody(filled, (blocks) => blocks.flatMap((b) => {
      if (b.kind !== 'paragraph' || (b.index !== at && b.index !== gone)) return [b];
      return b.index === gone ? [] : [{ ...b, segments: b.segments.map((s) => ({ ...s, revision: 'deleted' as const })) }];
    }));
    const { unmatched } = pairing(deleted);
    expect(unmatched.map(summary)).toEqual([['missing', 'art-2.2'], ['tracked-deletion', 'art-2.3']]);
    const paired = unmatched[1];
    expect(paired?.kind === 'tracked-deletion' && visibleText(paired.unit.paragraphs[0]!)).toBe('');
    expect(checkSnapshot(deleted, STD).findings.filter((f) => f.severity === 'error').map((f) => [f.kind, f.clause, f.reason.code]))
      .toEqual([['missing', 'art-2.2', 'missing'], ['tracked-change', 'art-2.3', 'deleted-tracked']]);
  });

  it('the same paragraph gone without a trace is missing', () => {
    const at = paragraphStarting(filled, '2.3 Wanneer Partijen');
    const gone = editBody(filled, (blocks) => blocks.filter((b) => !(b.kind === 'paragraph' && b.index === at)));
    expect(pairing(gone).unmatched.map(summary)).toEqual([['missing', 'art-2.3']]);
  });

  it('provisions in each other\'s place: at least one is paired as moved with the unit where it stands', () => {
    const { unmatched, leftovers } = pairing(readFixture(join(OWN_FIXTURES, 'alt-moved-art-5.2-5.3.docx')));
    expect(unmatched.length).toBeGreaterThan(0);
    expect(unmatched.every((u) => u.kind === 'moved' && ['art-5.2', 'art-5.3'].includes(u.template.block.clause ?? ''))).toBe(true);
    expect(leftovers).toBe(0);
  });

  it('a version line rewritten beyond its field, with a line added before it, is the version line with the version it names', () => {
    const at = paragraphStarting(filled, 'VNG standaard verwerkersovereenkomst gemeenten versie');
    const other = editBody(filled, (blocks) => blocks.flatMap((b) => (b.kind === 'paragraph' && b.index === at
      ? [{ ...b, segments: [segment('Concept')] }, { ...b, segments: [segment('Model-verwerkersovereenkomst, versie 2.42')] }] : [b])));
    const unmatched = pairing(other).unmatched;
    expect(unmatched.map((u) => (u.kind === 'version-line' ? [u.kind, u.label] : [u.kind]))).toEqual([['version-line', '2.42']]);
  });
});
