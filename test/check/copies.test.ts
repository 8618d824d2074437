// Standard text twice: a second copy of the agreement, a provision once more elsewhere, a provision
// moved out of its place; and standard words made unreadable, and the version line.
import { checkSnapshot } from '../../src/core/check';
import { findingText } from '../../src/core/finding-text';
import type { Finding } from '../../src/core/findings';
import { type BlockSnapshot, type DocumentSnapshot, type HiddenBy, visibleText } from '../../src/core/snapshot';
import { blockHolding, editBody, FILLED, markWords, paragraph, paragraphStarting, readFixture, replaceWords, WORD_BASE } from './story-builder';
import { clause, STD } from '../helpers/standard';

const filled = readFixture(FILLED);
const wordBase = readFixture(WORD_BASE);

function errors(snapshot: DocumentSnapshot): Finding[] {
  return checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');
}

const brief = (f: Finding): string => `${f.kind}@${f.clause}`;

/** A fresh copy of a paragraph block (the builder renumbers it). */
function copyOf(block: BlockSnapshot): BlockSnapshot {
  return block.kind === 'paragraph' ? { ...block, segments: [...block.segments] } : { ...block };
}

describe('copies of standard text', () => {
  const at52 = paragraphStarting(filled, '5.2 In geval van een Inbreuk');
  const bijlage3 = paragraphStarting(filled, 'Bijlage 3');
  const after52 = (blocks: BlockSnapshot[]): BlockSnapshot[] => {
    const stray = copyOf(blocks[blockHolding(blocks, at52)] as BlockSnapshot);
    const where = blockHolding(blocks, bijlage3);
    return [...blocks.slice(0, where), stray, ...blocks.slice(where)];
  };
  const atEnd = (blocks: BlockSnapshot[]): BlockSnapshot[] => [...blocks, copyOf(blocks[blockHolding(blocks, at52)] as BlockSnapshot)];

  it('a second copy of the agreement is reported once at the title, and its deviations at their clauses', () => {
    const at51 = paragraphStarting(filled, '5.1 Verwerker zal');
    const changed = replaceWords(filled, at51, 'binnen 24 uur', 'binnen 72 uur');
    const twice = editBody(filled, (blocks) => [...blocks, ...changed.blocks.map(copyOf)]);
    const found = errors(twice);
    expect(found.map(brief).sort()).toEqual(['altered@art-5.1', 'inserted@titel']);
    const copy = found.find((f) => f.clause === 'titel');
    expect(copy?.message).toBe('Het document bevat een tweede exemplaar van de overeenkomst');
    const altered = found.find((f) => f.clause === 'art-5.1');
    expect(altered?.actual).toContain('72');
    // The deviation is in the copy, after the first copy's paragraphs.
    expect(altered?.paragraphIndex).toBeGreaterThan(at51 + 100);
  });

  it('a stray copy of 5.2 after Bijlage 2, with 5.2 in its place, is inserted at art-5.2', () => {
    const found = errors(editBody(filled, after52));
    expect(found.map(brief)).toEqual(['inserted@art-5.2']);
    expect(found[0]?.message).toContain('Artikel 5.2 staat nog een keer in het document');
  });

  it.each([['after Bijlage 2', after52], ['at the end, after the last Bijlage', atEnd]])('5.2 taken out of its place and standing %s is moved', (_where, place) => {
    const found = errors(editBody(filled, (blocks) => {
      const moved = place(blocks);
      return moved.filter((_, i) => i !== blockHolding(moved, at52));
    }));
    expect(found.map(brief)).toEqual(['moved@art-5.2']);
  });
});

describe('unreadable standard text', () => {
  it('a struck option of the Bijlage 2 wel/niet choice is the choice', () => {
    const at = paragraphStarting(wordBase, 'De verwerker werkt volgens een algemeen erkende norm voor');
    expect(visibleText([...wordBase.blocks].flatMap((b) => (b.kind === 'paragraph' && b.index === at ? [b] : []))[0] as never)).toContain('wel/niet');
    expect(errors(markWords(wordBase, at, 'niet', 'struck'))).toEqual([]);
  });

  it.each<[HiddenBy, string]>([['struck', 'doorgehaald'], ['white', 'wit of bijna wit'], ['tiny', '1–2 punt'], ['web-hidden', 'verborgen in LibreOffice'], ['vanish', 'verborgen tekst']])(
    'standard words %s are hidden, and the finding says how', (how, words) => {
      const at = paragraphStarting(wordBase, '5.1 Verwerker zal');
      const found = errors(markWords(wordBase, at, 'maar uiterlijk binnen 24 uur', how));
      expect(found.map(brief)).toEqual(['hidden@art-5.1']);
      expect(found[0]?.message).toContain(words);
      expect(found[0]?.reason).toEqual({ code: 'hidden', how });
      expect(findingText(found[0]!.reason, clause('art-5.1'), 'en')).not.toBe(findingText({ code: 'hidden' }, clause('art-5.1'), 'en'));
    });
});

describe('the version line', () => {
  const at = paragraphStarting(filled, 'VNG standaard verwerkersovereenkomst gemeenten versie');

  it('names the version as the document writes it', () => {
    const report = checkSnapshot(replaceWords(filled, at, '2.5.3', '2.42'), STD);
    const version = report.findings.filter((f) => f.kind === 'version');
    expect(version).toEqual([expect.objectContaining({ severity: 'warning', actual: '2.42' })]);
    expect(version[0]?.message).toBe('Het document noemt versie 2.42; gecontroleerd is tegen versie 2.5.3 van de standaard');
    expect(report.detectedVersion).toBe('2.42');
  });

  it('"2.53" is this version', () => {
    const report = checkSnapshot(replaceWords(filled, at, '2.5.3', '2.53'), STD);
    expect(report.findings.filter((f) => f.kind === 'version' || f.severity === 'error')).toEqual([]);
  });

  it('a version line spelled otherwise is a version, not new text', () => {
    const other = editBody(filled, (blocks) => blocks.map((b) => (b.kind === 'paragraph' && b.index === at ? { ...paragraph(['VNG Standaard Verwerkersovereenkomst Gemeenten, Versie 2.3-3']), index: b.index } : b)));
    const report = checkSnapshot(other, STD);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.filter((f) => f.kind === 'version').map((f) => f.actual)).toEqual(['2.3-3']);
  });
});
