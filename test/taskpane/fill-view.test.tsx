/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planNoteText } from '../../src/core/plan-summary';
import { scanSnapshot } from '../../src/core/scan';
import { FakePort, fixtureSnapshot } from './fake-port';
import { clickAndSettle, renderPane } from './render';
import { STD } from '../helpers/standard';

const TEMPLATE = 'base/template-word.docx';

function expectedProgress(relative: string): { filled: number; total: number } {
  const scan = scanSnapshot(fixtureSnapshot(relative), STD);
  const present = scan.slots.filter((s) => s.occurrences > 0);
  return { filled: present.filter((s) => s.value !== null && s.value.trim() !== '').length, total: present.length };
}

// renderPane and clickAndSettle return with the pane drawn: queries need no waiting (getBy, not findBy).
// A field by its <label> (what gives it its accessible name): getByRole would compute the name of
// every one of the form's fields on each call, seconds on a busy machine.
function field(label: RegExp): HTMLElement {
  return screen.getByLabelText(label, { selector: 'input, textarea' });
}

function clickFill(): Promise<void> {
  return clickAndSettle(screen.getByRole('button', { name: 'Document invullen' }));
}

jest.setTimeout(30_000);

describe('Invullen', () => {
  test('shows progress over the fields the document has and updates it while typing', async () => {
    const port = new FakePort(fixtureSnapshot(TEMPLATE));
    await renderPane(port);
    const { filled, total } = expectedProgress(TEMPLATE);
    expect(total).toBeGreaterThan(20);
    expect(screen.getByText(`${filled} van de ${total} invulvelden in dit document ingevuld`)).toBeInTheDocument();
    await userEvent.type(field(/^Naam Verwerker/), 'Acme B.V.');
    expect(screen.getByText(`${filled + 1} van de ${total} invulvelden in dit document ingevuld`)).toBeInTheDocument();
  });

  test('groups the form as the agreement is', async () => {
    await renderPane(new FakePort(fixtureSnapshot(TEMPLATE)));
    for (const name of ['Partijen', 'Hoofdovereenkomst', /^Bijlage 1/, /^Bijlage 2/, /^Bijlage 3/, 'Ondertekening']) {
      expect(screen.getByRole('heading', { name })).toBeInTheDocument();
    }
  });

  test('validates the KVK number as you type with the answers model message', async () => {
    await renderPane(new FakePort(fixtureSnapshot(TEMPLATE)));
    const kvk = field(/^KVK-nummer Verwerker/);
    await userEvent.type(kvk, '1234567');
    expect(screen.getByText(/8 cijfers/)).toBeInTheDocument();
    expect(kvk).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(kvk, '8');
    expect(screen.queryByText(/8 cijfers/)).not.toBeInTheDocument();
  });

  test('does not fill with an invalid value and keeps what was typed', async () => {
    const port = new FakePort(fixtureSnapshot(TEMPLATE));
    await renderPane(port);
    await userEvent.type(field(/^Naam Verwerker/), 'Acme B.V.');
    await userEvent.type(field(/^KVK-nummer Verwerker/), '1234567');
    await clickFill();
    const title = screen.getByText('Los eerst deze problemen op:');
    expect(title.closest('[role="alert"]')).toHaveTextContent(/KVK-nummer Verwerker.*"1234567" is geen KVK-nummer/);
    expect(port.applied).toHaveLength(0);
    expect(field(/^Naam Verwerker/)).toHaveValue('Acme B.V.');
  });

  test('fills the document through one plan and says what changed and that Word can undo it', async () => {
    const port = new FakePort(fixtureSnapshot(TEMPLATE));
    await renderPane(port);
    await userEvent.type(field(/^Naam Verwerker/), 'Acme B.V.');
    await userEvent.type(field(/^KVK-nummer Verwerker/), '12345678');
    await clickFill();
    expect(port.applied).toHaveLength(1);
    const plan = port.applied[0]!;
    const texts = plan.edits.filter((e) => e.op === 'replace-text').map((e) => (e.op === 'replace-text' ? [e.slotId, e.text] : []));
    expect(texts).toEqual(expect.arrayContaining([['verwerker.naam', 'Acme B.V.'], ['verwerker.kvk', '12345678']]));
    const status = screen.getByText('Gewijzigd in het document:');
    const bar = status.closest('[role="status"]') as HTMLElement;
    for (const note of plan.summary) expect(bar).toHaveTextContent(planNoteText(note));
    expect(bar).toHaveTextContent(/Ongedaan maken/);
  });

  test('adds and removes Bijlage 1 table rows and sends them as answers', async () => {
    const port = new FakePort(fixtureSnapshot(TEMPLATE));
    await renderPane(port);
    const section = screen.getByRole('heading', { name: 'Tabel 1: verwerkingen' }).closest('section') as HTMLElement;
    await userEvent.click(within(section).getByRole('button', { name: 'Rij toevoegen' }));
    await userEvent.click(within(section).getByRole('button', { name: 'Rij toevoegen' }));
    const first = within(section).getAllByLabelText(/^Rij 1:/, { selector: 'input, textarea' })[0]!;
    await userEvent.type(first, 'Zaakregistratie');
    expect(within(section).getAllByRole('group')).toHaveLength(2);
    await userEvent.click(within(section).getByRole('button', { name: 'Rij 2 verwijderen' }));
    expect(within(section).getAllByRole('group')).toHaveLength(1);
    await clickFill();
    expect(port.applied).toHaveLength(1);
    const rows = port.applied[0]!.edits.filter((e) => e.op === 'append-table-rows' || e.op === 'set-table-row');
    expect(JSON.stringify(rows)).toContain('Zaakregistratie');
  });

  test('in the browser page it reports where the result went instead of Word undo', async () => {
    const port = new FakePort(fixtureSnapshot(TEMPLATE), 'docx');
    await renderPane(port, { host: { afterApply: () => 'gedownload als x-ingevuld.docx' } });
    await userEvent.type(field(/^Naam Verwerker/), 'Acme B.V.');
    await clickFill();
    expect(screen.getByText(/x-ingevuld\.docx/)).toBeInTheDocument();
    expect(screen.queryByText(/Ongedaan maken/)).not.toBeInTheDocument();
  });

  test('speaks English when Office does', async () => {
    await renderPane(new FakePort(fixtureSnapshot(TEMPLATE)), { language: 'en' });
    expect(screen.getByRole('tab', { name: 'Fill in' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Processor \(company name\)/ })).toBeInTheDocument();
  });

  test('says plainly when the document is not the agreement', async () => {
    const port = new FakePort(fixtureSnapshot('base/template-word.docx'));
    port.readSnapshot = async () => { throw new Error('Dit is geen verwerkersovereenkomst.'); };
    await renderPane(port);
    expect(screen.getByRole('alert')).toHaveTextContent('Dit is geen verwerkersovereenkomst.');
  });
});
