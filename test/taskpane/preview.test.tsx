/** @jest-environment jsdom */
// The browser page's preview shows a paragraph as Word shows it with markup: tracked deletions
// struck through, insertions underlined, each named in words; hidden text is not shown.
import '@testing-library/jest-dom';
import { render } from '@testing-library/react';
import type { DocumentSnapshot, ParagraphSnapshot, Revision, StorySnapshot, TextSegment } from '../../src/core/snapshot';
import { textsFor } from '../../src/taskpane/i18n';
import { Preview, readableLabel } from '../../src/web/Preview';

const segment = (text: string, revision: Revision = 'none', hidden = false): TextSegment => ({ text, hidden, revision, controlTag: null });

function paragraph(index: number, segments: TextSegment[], listLabel = ''): ParagraphSnapshot {
  return { kind: 'paragraph', index, segments, listLabel, headingLevel: 0, styleName: '', commentIds: [] };
}

function renderPreview(paragraphs: ParagraphSnapshot[]): HTMLElement {
  const snapshot: DocumentSnapshot = { blocks: paragraphs, stories: [], comments: [], storedAnswers: null, storedReview: null, warnings: [] };
  return render(<Preview snapshot={snapshot} marks={new Map()} selected={null} selectionTick={0} label="Voorbeeld" />).container;
}

describe('Preview', () => {
  it('strikes deleted and underlines inserted text, naming both, and leaves hidden text out', () => {
    const container = renderPreview([paragraph(0, [
      segment('5.1 Verwerker meldt binnen '), segment('4', 'deleted'), segment('8', 'deleted'), segment('24', 'inserted'),
      segment(' uur'), segment(' (verborgen)', 'none', true), segment('.'),
    ])]);
    const p = container.querySelector('[data-paragraph-index="0"]') as HTMLElement;
    expect(p.querySelectorAll('del')).toHaveLength(1);
    expect(p.querySelector('del')).toHaveTextContent('[weggelaten: 48]');
    expect(p.querySelector('ins')).toHaveTextContent('[toegevoegd: 24]');
    expect(p).toHaveTextContent('5.1 Verwerker meldt binnen [weggelaten: 48][toegevoegd: 24] uur.');
    expect(p).not.toHaveTextContent('verborgen');
  });

  it('keeps an empty paragraph visible as a line, and shows list labels from symbol fonts as bullets', () => {
    const container = renderPreview([paragraph(0, [segment('', 'none')]), paragraph(1, [segment('Tekst')], '\uF0B7')]);
    expect(container.querySelector('[data-paragraph-index="0"]')?.textContent).toBe('\u00a0');
    expect(container.querySelector('[data-paragraph-index="1"]')).toHaveTextContent('• Tekst');
    expect(readableLabel('\uF0A7')).toBe('•');
  });

  it('shows headers above the body and footers and notes below it, each under its label, and highlights a story paragraph', () => {
    const story = (placement: StorySnapshot['placement'], index: number, text: string): StorySnapshot => ({ placement, anchorParagraphIndex: null, blocks: [paragraph(index, [segment(text)])] });
    const snapshot: DocumentSnapshot = {
      blocks: [paragraph(0, [segment('Artikel 1')])],
      // The adapter's order (footnote before header) is not the page's: the preview puts headers on top.
      stories: [
        story({ story: 'footnote', noteId: '1' }, 1, 'Een voetnoot.'),
        story({ story: 'header', sections: [0], pages: 'even' }, 2, 'Even koptekst'),
        story({ story: 'footer', sections: [0], pages: 'default' }, 3, 'Pagina 1'),
      ],
      comments: [], storedAnswers: null, storedReview: null, warnings: [],
    };
    const marks = new Map([[3, { severity: 'error' as const, label: 'Afwijking' }]]);
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) { scrolled.push(this); }; // jsdom has no layout
    const { container, rerender } = render(<Preview snapshot={snapshot} marks={marks} selected={3} selectionTick={0} label="Voorbeeld" />);
    const order = [...container.querySelectorAll('[data-paragraph-index]')].map((e) => e.getAttribute('data-paragraph-index'));
    expect(order).toEqual(['2', '0', '3', '1']);
    const labels = [...container.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'));
    expect(labels).toEqual(['Koptekst, pagina\'s met even nummer', 'Voettekst', 'Voetnoot']);
    const footer = container.querySelector('[data-paragraph-index="3"]') as HTMLElement;
    expect(footer).toHaveAttribute('aria-current', 'true');
    expect(footer).toHaveTextContent('Afwijking');
    expect(scrolled).toEqual([footer]);
    rerender(<Preview snapshot={snapshot} marks={marks} selected={3} selectionTick={0} label="Voorbeeld" storyWords={textsFor('en')} />);
    expect([...container.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'))).toEqual(['Header, even pages', 'Footer', 'Footnote']);
  });
});
