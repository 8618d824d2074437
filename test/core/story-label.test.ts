// The label of a story: which kind, which pages, and the provision its anchor belongs to.
import { readDocx } from '../../src/docx/package';
import { checkSnapshot } from '../../src/core/check';
import { finding } from '../../src/core/findings';
import { allParagraphs, type StoryPlacement, type StorySnapshot } from '../../src/core/snapshot';
import { findingStoryLabel, storyLabel, storyLabels } from '../../src/core/story-label';
import { textsFor } from '../../src/taskpane/i18n';
import { readFileSync } from 'fs';
import { join } from 'path';
import { clause, STD } from '../helpers/standard';

const nl = textsFor('nl');
const story = (placement: StoryPlacement, anchorParagraphIndex: number | null = null): StorySnapshot => ({ placement, anchorParagraphIndex, blocks: [] });

describe('storyLabel', () => {
  it('names headers and footers by the pages they print on', () => {
    expect(storyLabel(story({ story: 'header', sections: [0], pages: 'default' }), nl, null)).toBe('Koptekst');
    expect(storyLabel(story({ story: 'header', sections: [0], pages: 'first' }), nl, null)).toBe('Koptekst, eerste pagina');
    expect(storyLabel(story({ story: 'footer', sections: [1], pages: 'even' }), nl, null)).toBe('Voettekst, pagina\'s met even nummer');
    expect(storyLabel(story({ story: 'embedded', contentType: 'text/html' }), nl, null)).toBe('Ingevoegd document (altChunk)');
  });

  it('names a note and a text box by the provision of their anchor', () => {
    expect(storyLabel(story({ story: 'footnote', noteId: '1' }), nl, clause('art-5.1'))).toBe('Voetnoot bij Artikel 5.1');
    expect(storyLabel(story({ story: 'endnote', noteId: '2' }), textsFor('en'), clause('art-5.1'))).toBe('Endnote at Artikel 5.1');
    expect(storyLabel(story({ story: 'textbox' }), nl, null)).toBe('Tekstvak');
  });

  it('finds the provision of a note\'s anchor paragraph in a real document, and labels findings by their paragraph', () => {
    const base = readDocx(new Uint8Array(readFileSync(join(__dirname, '../fixtures/external/cases/lo-48uur.docx'))));
    const art51 = checkSnapshot(base, STD).findings.find((f) => f.clause === 'art-5.1' && f.paragraphIndex !== null);
    const next = [...allParagraphs(base)].length;
    const note: StorySnapshot = { ...story({ story: 'footnote', noteId: '1' }, art51?.paragraphIndex ?? null), blocks: [{ kind: 'paragraph', index: next, listLabel: '', styleName: '', headingLevel: 0, segments: [], commentIds: [] }] };
    const snapshot = { ...base, stories: [note] };
    const labels = storyLabels(snapshot, nl, STD);
    expect(labels.get(note)).toBe('Voetnoot bij Artikel 5.1');
    const inNote = finding({ severity: 'error', kind: 'inserted', clause: null, story: 'footnote', reason: { code: 'inserted' }, paragraphIndex: next });
    expect(findingStoryLabel(inNote, snapshot, labels, nl)).toBe('Voetnoot bij Artikel 5.1');
    expect(findingStoryLabel({ ...inNote, paragraphIndex: null, story: 'endnote' }, snapshot, labels, nl)).toBe('Eindnoot');
    expect(findingStoryLabel({ ...inNote, paragraphIndex: art51?.paragraphIndex ?? 0, story: 'body' }, snapshot, labels, nl)).toBeNull();
  });
});
