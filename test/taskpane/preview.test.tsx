/** @jest-environment jsdom */
// The browser page's preview shows a paragraph as Word shows it with markup: tracked deletions
// struck through, insertions underlined, each named in words; hidden text is not shown.
import '@testing-library/jest-dom';
import { render } from '@testing-library/react';
import type { DocumentSnapshot, ParagraphSnapshot, Revision, TextSegment } from '../../src/core/snapshot';
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
});
