/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { blocksForClause, blocksForWholeAgreement } from '../../src/core/generate';
import { readDocx } from '../../src/docx/package';
import { emptyDocx } from '../../src/web/empty-docx';
import { FakePort, fixtureSnapshot } from './fake-port';
import { clickAndSettle, renderPane } from './render';
import { clause, STD } from '../helpers/standard';

function resultTitles(): string[] {
  return screen.queryAllByRole('listitem').filter((li) => li.hasAttribute('data-clause')).map((li) => within(li).getByRole('heading').textContent ?? '');
}


// renderPane and clickAndSettle return with the pane drawn: queries need no waiting (getBy, not findBy).
jest.setTimeout(30_000);

describe('Clausules', () => {
  test('searches by number', async () => {
    await renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'clausules' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek bepaling' }), '5.1');
    expect(resultTitles()).toEqual(['Artikel 5.1']);
    expect(screen.getByText('1 bepaling gevonden')).toBeInTheDocument();
  });

  test('searches by words, all of them, ignoring case', async () => {
    await renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'clausules' });
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek bepaling' }), 'SUBVERWERKER');
    expect(resultTitles().length).toBeGreaterThan(0);
    const some = resultTitles();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek bepaling' }), ' xyzzy');
    expect(resultTitles()).toEqual([]);
    expect(some.length).toBeGreaterThan(0);
  });

  test('inserts one provision after the paragraph at the cursor, and says so', async () => {
    const port = new FakePort(fixtureSnapshot('base/template-word.docx'));
    await renderPane(port, { view: 'clausules' });
    expect(screen.getByText(/wordt ingevoegd na de alinea waar de cursor staat \(in een tabel: na de tabel\)/)).toBeInTheDocument();
    await clickAndSettle(screen.getByRole('button', { name: 'Artikel 4.2 invoegen' }));
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]!.edits).toEqual([{ op: 'insert-blocks', after: 'selection', blocks: blocksForClause(clause('art-4.2'), STD) }]);
    expect(screen.getByText('Artikel 4.2 ingevoegd.')).toBeInTheDocument();
    expect(screen.getByText('Artikel 4.2: standaardtekst ingevoegd na de alinea waar de cursor staat.')).toBeInTheDocument();
  });

  test('in the browser page, says the provision goes after the chosen paragraph, or at the end', async () => {
    const port = new FakePort(fixtureSnapshot('base/template-word.docx'), 'docx');
    await renderPane(port, { view: 'clausules' });
    expect(screen.getByText(/na de gekozen alinea \(in een tabel: na de tabel\), of aan het eind/)).toBeInTheDocument();
    expect(screen.queryByText(/cursor/)).not.toBeInTheDocument();
    await clickAndSettle(screen.getByRole('button', { name: 'Artikel 4.2 invoegen' }));
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]!.edits).toEqual([{ op: 'insert-blocks', after: 'selection', blocks: blocksForClause(clause('art-4.2'), STD) }]);
  });

  test('offers Bijlage 3 only when the document does not have it yet', async () => {
    await renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'clausules' });
    expect(screen.getByRole('button', { name: 'Bijlage 3 (GIBIT) invoegen' })).toBeDisabled();
    expect(screen.getByText('Bijlage 3 staat al in het document.')).toBeInTheDocument();
  });

  test('inserts Bijlage 3 into an agreement without it', async () => {
    const port = new FakePort(fixtureSnapshot('cases/pandoc-filled-no-b3.docx'));
    await renderPane(port, { view: 'clausules' });
    await clickAndSettle(screen.getByRole('button', { name: 'Bijlage 3 (GIBIT) invoegen' }));
    expect(port.applied).toHaveLength(1);
    const inserted = port.applied[0]!.edits.filter((e) => e.op === 'insert-blocks');
    expect(inserted).toHaveLength(1);
    expect(JSON.stringify(inserted)).toContain('GIBIT');
    // Bijlage 3 keeps its own place (after Bijlage 2), not the cursor's.
    expect(inserted[0]).toMatchObject({ after: expect.any(Number) });
  });

  test('creates the whole agreement only in an empty document', async () => {
    const full = new FakePort(fixtureSnapshot('base/template-word.docx'));
    const { unmount } = await renderPane(full, { view: 'clausules' });
    expect(screen.getByRole('button', { name: 'Hele overeenkomst maken' })).toBeDisabled();
    unmount();
    const empty = new FakePort(readDocx(emptyDocx()));
    await renderPane(empty, { view: 'clausules' });
    const button = screen.getByRole('button', { name: 'Hele overeenkomst maken' });
    expect(button).toBeEnabled();
    await clickAndSettle(button);
    expect(empty.applied).toHaveLength(1);
    expect(empty.applied[0]!.edits).toEqual([{ op: 'insert-blocks', after: -1, blocks: blocksForWholeAgreement(STD) }]);
  });
});
