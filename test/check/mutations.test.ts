// Generalisation beyond the labelled documents: random alterations of the standard text in a
// real filled document are each reported at their clause; random layout-only changes never are.
import { STD } from '../helpers/standard';
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { basename, join } from 'path';
import { matchUnits } from '../../src/core/align';
import { checkSnapshot } from '../../src/core/check';
import { allParagraphs, type BlockSnapshot, type DocumentSnapshot, type ParagraphSnapshot } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/package';
import { EXTERNAL_FIXTURES } from '../helpers/paths';

const base = readDocx(new Uint8Array(readFileSync(join(EXTERNAL_FIXTURES, 'cases', 'word-filled-tables-b2.docx'))));
const aligned = matchUnits(base, STD);

/** Fixed words of mandatory standard text, with the paragraph and offset where each stands. */
const fixedWords = aligned.byTemplate.flatMap((m) => {
  if (!m || m.template.block.omission.kind !== 'mandatory' || m.template.block.clause === null) return [];
  return m.diff.ops.flatMap((op) => (op.kind === 'equal' && op.actual.paragraphIndex >= 0 && /^\p{L}{3,}$/u.test(op.actual.norm)
    ? [{ clause: m.template.block.clause, paragraphIndex: op.actual.paragraphIndex, start: op.actual.start, end: op.actual.end }]
    : []));
});

function mapParagraphs(snapshot: DocumentSnapshot, change: (p: ParagraphSnapshot) => ParagraphSnapshot): DocumentSnapshot {
  const mapBlock = (b: BlockSnapshot): BlockSnapshot => (b.kind === 'paragraph' ? change(b) : { ...b, rows: b.rows.map((row) => row.map((cell) => cell.map(change))) });
  return { ...snapshot, blocks: snapshot.blocks.map(mapBlock) };
}

/** Rewrites a paragraph's text as one segment (its text has no hidden or tracked parts here). */
function withText(p: ParagraphSnapshot, text: string): ParagraphSnapshot {
  return { ...p, segments: [{ text, hidden: false, revision: 'none', controlTag: null }] };
}

const textOf = (p: ParagraphSnapshot): string => p.segments.map((s) => s.text).join('');
const baseText = new Map([...allParagraphs(base)].map((p) => [p.index, textOf(p)]));

describe('check generalises', () => {
  it('finds the standard text of the base document', () => {
    expect(fixedWords.length).toBeGreaterThan(1000);
    expect(checkSnapshot(base, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reports any replaced word of the standard text at its clause', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: fixedWords.length - 1 }), fc.constantFrom('niet', 'altijd', 'Leverancier', 'dertig'), (at, replacement) => {
      const word = fixedWords[at]!;
      const changed = mapParagraphs(base, (p) => {
        if (p.index !== word.paragraphIndex) return p;
        const text = textOf(p);
        return withText(p, text.slice(0, word.start) + replacement + text.slice(word.end));
      });
      fc.pre(baseText.get(word.paragraphIndex)?.slice(word.start, word.end) !== replacement);
      const errors = checkSnapshot(changed, STD).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.clause)).toContain(word.clause);
    }), { numRuns: 150, seed: 20261127 });
  });

  it('reports a removed provision at its clause', () => {
    const provisions = aligned.byTemplate.filter((m) => m && m.template.block.omission.kind === 'mandatory' && m.template.block.kind === 'paragraph' && m.template.fixed.length > 8);
    fc.assert(fc.property(fc.integer({ min: 0, max: provisions.length - 1 }), (at) => {
      const match = provisions[at]!;
      const gone = match.document.paragraphs[0]!.index;
      const changed = { ...base, blocks: base.blocks.filter((b) => b.kind !== 'paragraph' || b.index !== gone) };
      const errors = checkSnapshot(changed, STD).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.clause)).toContain(match.template.block.clause);
    }), { numRuns: 60, seed: 7 });
  });

  it('reports nothing for layout-only changes: split runs, other white space, typographic quotes', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 5 }), fc.constantFrom(' ', '\u00A0', '  ', '\t'), (cuts, space) => {
      const changed = mapParagraphs(base, (p) => {
        const text = textOf(p).replace(/ /g, space).replace(/"([^"]*)"/g, '\u201C$1\u201D');
        const points = [...new Set(cuts.map((c) => c % Math.max(1, text.length)))].sort((a, b) => a - b);
        const pieces: string[] = [];
        let last = 0;
        for (const point of points) {
          pieces.push(text.slice(last, point));
          last = point;
        }
        pieces.push(text.slice(last));
        return { ...p, segments: pieces.filter((t) => t !== '').map((t) => ({ text: t, hidden: false, revision: 'none' as const, controlTag: null })) };
      });
      expect(checkSnapshot(changed, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
    }), { numRuns: 30, seed: 27112026 });
  });
});

describe('restoring the standard text', () => {
  const bases = [
    join(EXTERNAL_FIXTURES, 'cases', 'word-filled-tables-b2.docx'),
    join(__dirname, '..', 'fixtures', 'clean-autonumbering-all.docx'),
  ];
  it.each(bases.map((file) => [basename(file), file]))('puts an altered paragraph of %s back, values and numbering kept', (_name, file) => {
    const original = readDocx(new Uint8Array(readFileSync(file)));
    const words = matchUnits(original, STD).byTemplate.flatMap((m) => {
      if (!m || m.template.block.omission.kind !== 'mandatory' || m.template.block.kind === 'table' || m.document.paragraphs.length !== 1) return [];
      return m.diff.ops.flatMap((op) => (op.kind === 'equal' && op.actual.paragraphIndex >= 0 && /^\p{L}{4,}$/u.test(op.actual.norm)
        ? [{ paragraphIndex: op.actual.paragraphIndex, start: op.actual.start, end: op.actual.end }] : []));
    });
    fc.assert(fc.property(fc.integer({ min: 0, max: words.length - 1 }), (at) => {
      const word = words[at]!;
      const edit = (p: ParagraphSnapshot, text: (old: string) => string): ParagraphSnapshot => withText(p, text(textOf(p)));
      const altered = mapParagraphs(original, (p) => (p.index === word.paragraphIndex ? edit(p, (t) => `${t.slice(0, word.start)}nimmer${t.slice(word.end)}`) : p));
      const finding = checkSnapshot(altered, STD).findings.find((f) => f.severity === 'error' && f.paragraphIndex === word.paragraphIndex);
      const restore = finding?.restore;
      expect(restore).toMatchObject({ kind: 'text', paragraphIndex: word.paragraphIndex, scope: 'words' });
      const text = restore?.kind === 'text' ? restore.text : '';
      const restored = mapParagraphs(altered, (p) => (p.index === word.paragraphIndex ? withText(p, text) : p));
      expect(checkSnapshot(restored, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
    }), { numRuns: 60, seed: 42 });
  });
});
