/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blocksForClause, blocksForWholeAgreement } from '../../src/core/generate';
import { readDocx } from '../../src/docx/package';
import { emptyDocx } from '../../src/web/empty-docx';
import { FakePort, fixtureSnapshot } from './fake-port';
import { renderPane } from './render';

function resultTitles(): string[] {
  return screen.queryAllByRole('listitem').filter((li) => li.hasAttribute('data-clause')).map((li) => within(li).getByRole('heading').textContent ?? '');
}

jest.setTimeout(30_000);

describe('Clausules', () => {
  test('searches by number', async () => {
    renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'clausules' });
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Zoek bepaling' }), '5.1');
    await waitFor(() => expect(resultTitles()).toEqual(['Artikel 5.1']));
    expect(screen.getByText('1 bepaling gevonden')).toBeInTheDocument();
  });

  test('searches by words, all of them, ignoring case', async () => {
    renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'clausules' });
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Zoek bepaling' }), 'SUBVERWERKER');
    await waitFor(() => expect(resultTitles().length).toBeGreaterThan(0));
    const some = resultTitles();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek bepaling' }), ' xyzzy');
    await waitFor(() => expect(resultTitles()).toEqual([]));
    expect(some.length).toBeGreaterThan(0);
  });

  test('inserts one provision after the paragraph at the cursor, and says so', async () => {
    const port = new FakePort(fixtureSnapshot('base/template-word.docx'));
    renderPane(port, { view: 'clausules' });
    expect(await screen.findByText(/wordt ingevoegd na de alinea waar de cursor staat \(in een tabel: na de tabel\)/)).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Artikel 4.2 invoegen' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    expect(port.applied[0]!.edits).toEqual([{ op: 'insert-blocks', after: 'selection', blocks: blocksForClause('art-4.2') }]);
    expect(await screen.findByText('Artikel 4.2 ingevoegd.')).toBeInTheDocument();
    expect(screen.getByText('Artikel 4.2: standaardtekst ingevoegd na de alinea waar de cursor staat.')).toBeInTheDocument();
  });

  test('in the browser page, says the provision goes after the chosen paragraph, or at the end', async () => {
    const port = new FakePort(fixtureSnapshot('base/template-word.docx'), 'docx');
    renderPane(port, { view: 'clausules' });
    expect(await screen.findByText(/na de gekozen alinea \(in een tabel: na de tabel\), of aan het eind/)).toBeInTheDocument();
    expect(screen.queryByText(/cursor/)).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Artikel 4.2 invoegen' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    expect(port.applied[0]!.edits).toEqual([{ op: 'insert-blocks', after: 'selection', blocks: blocksForClause('art-4.2') }]);
  });

  test('offers Bijlage 3 only when the document does not have it yet', async () => {
    renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'clausules' });
    expect(await screen.findByRole('button', { name: 'Bijlage 3 (GIBIT) invoegen' })).toBeDisabled();
    expect(screen.getByText('Bijlage 3 staat al in het document.')).toBeInTheDocument();
  });

  test('inserts Bijlage 3 into an agreement without it', async () => {
    const port = new FakePort(fixtureSnapshot('cases/pandoc-filled-no-b3.docx'));
    renderPane(port, { view: 'clausules' });
    await userEvent.click(await screen.findByRole('button', { name: 'Bijlage 3 (GIBIT) invoegen' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    const inserted = port.applied[0]!.edits.filter((e) => e.op === 'insert-blocks');
    expect(inserted).toHaveLength(1);
    expect(JSON.stringify(inserted)).toContain('GIBIT');
    // Bijlage 3 keeps its own place (after Bijlage 2), not the cursor's.
    expect(inserted[0]).toMatchObject({ after: expect.any(Number) });
  });

  test('creates the whole agreement only in an empty document', async () => {
    const full = new FakePort(fixtureSnapshot('base/template-word.docx'));
    const { unmount } = renderPane(full, { view: 'clausules' });
    expect(await screen.findByRole('button', { name: 'Hele overeenkomst maken' })).toBeDisabled();
    unmount();
    const empty = new FakePort(readDocx(emptyDocx()));
    renderPane(empty, { view: 'clausules' });
    const button = await screen.findByRole('button', { name: 'Hele overeenkomst maken' });
    await waitFor(() => expect(button).toBeEnabled());
    await userEvent.click(button);
    await waitFor(() => expect(empty.applied).toHaveLength(1));
    expect(empty.applied[0]!.edits).toEqual([{ op: 'insert-blocks', after: -1, blocks: blocksForWholeAgreement() }]);
  });
});
