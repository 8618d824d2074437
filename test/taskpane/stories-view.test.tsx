/** @jest-environment jsdom */
// Findings outside the body (headers, footers, notes) are listed under their story, labelled by
// where they are ("Voetnoot bij Artikel 5.1"), and clicking one selects its paragraph.
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { allParagraphs, type DocumentSnapshot, type ParagraphSnapshot, type StorySnapshot } from '../../src/core/snapshot';
import { FakePort, fixtureSnapshot } from './fake-port';
import { renderPane } from './render';
import { STD } from '../helpers/standard';

jest.setTimeout(30_000);

function paragraph(index: number, text: string): ParagraphSnapshot {
  return { kind: 'paragraph', index, listLabel: '', styleName: '', headingLevel: 0, segments: [{ text, hidden: false, revision: 'none', controlTag: null }], commentIds: [] };
}

/** The altered fixture with a first-page header and a footnote at Artikel 5.1, and a finding in each. */
function withStories(): { snapshot: DocumentSnapshot; inHeader: Finding; inNote: Finding } {
  const base = fixtureSnapshot('cases/lo-48uur.docx');
  const art51 = checkSnapshot(base, STD).findings.find((f) => f.clause === 'art-5.1' && f.paragraphIndex !== null);
  if (!art51 || art51.paragraphIndex === null) throw new Error('no finding at art-5.1');
  const next = [...allParagraphs(base)].length;
  const header: StorySnapshot = { placement: { story: 'header', sections: [0], pages: 'first' }, anchorParagraphIndex: null, blocks: [paragraph(next, 'Concept, niet ondertekenen')] };
  const note: StorySnapshot = { placement: { story: 'footnote', noteId: '1' }, anchorParagraphIndex: art51.paragraphIndex, blocks: [paragraph(next + 1, 'Binnen 48 uur volstaat ook.')] };
  const snapshot = { ...base, stories: [header, note] };
  const findings = checkSnapshot(snapshot, STD).findings;
  const inHeader = findings.find((f) => f.story === 'header');
  const inNote = findings.find((f) => f.story === 'footnote');
  if (!inHeader || !inNote) throw new Error('the check reports no finding in the header or the note');
  return { snapshot, inHeader, inNote };
}

describe('Controleren: findings outside the body', () => {
  test('are listed under their story, a note under the provision it belongs to', async () => {
    const { snapshot, inHeader, inNote } = withStories();
    await renderPane(new FakePort(snapshot), { view: 'controleren' });
    const note = (await screen.findByRole('heading', { name: 'Voetnoot bij Artikel 5.1' })).closest('section') as HTMLElement;
    expect(within(note).getByRole('button', { name: inNote.message })).toBeInTheDocument();
    const header = screen.getByRole('heading', { name: 'Koptekst, eerste pagina' }).closest('section') as HTMLElement;
    expect(within(header).getByRole('button', { name: inHeader.message })).toBeInTheDocument();
    expect(within(header).queryByRole('button', { name: inNote.message })).not.toBeInTheDocument();
    // The body's own provision keeps its findings and no others.
    const art51 = screen.getByRole('heading', { name: 'Artikel 5.1' }).closest('section') as HTMLElement;
    expect(within(art51).queryByRole('button', { name: inNote.message })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Overig' })).not.toBeInTheDocument();
    // The report to copy says the same.
    const reportText = (screen.getByRole('textbox', { name: 'Beoordelingsrapport' }) as HTMLTextAreaElement).value;
    expect(reportText).toContain(`Voetnoot bij Artikel 5.1\n- ${inNote.message}`);
    expect(reportText).toContain(`Koptekst, eerste pagina\n- ${inHeader.message}`);
  });

  test('clicking one asks the port to select its paragraph in the story', async () => {
    const { snapshot, inNote } = withStories();
    const port = new FakePort(snapshot);
    await renderPane(port, { view: 'controleren' });
    const note = (await screen.findByRole('heading', { name: 'Voetnoot bij Artikel 5.1' })).closest('section') as HTMLElement;
    await userEvent.click(within(note).getByRole('button', { name: inNote.message }));
    expect(port.selected).toEqual([inNote.paragraphIndex]);
  });

  test('in English', async () => {
    const { snapshot } = withStories();
    await renderPane(new FakePort(snapshot), { view: 'controleren', language: 'en' });
    expect(await screen.findByRole('heading', { name: 'Footnote at Artikel 5.1' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Header, first page' })).toBeInTheDocument();
  });
});
