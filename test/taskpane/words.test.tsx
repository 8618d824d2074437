/** @jest-environment jsdom */
// Every word the pane shows is right: the reviewer's name before signing, the report after a
// restore, no doubled titles, no internal ids, hints that stay true, labels without the table's
// hyphenation, an empty document that is not an error, and the browser page's download and open.
import '@testing-library/jest-dom';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { checkSnapshot } from '../../src/core/check';
import type { UserSettings } from '../../src/core/port';
import { columnLabel } from '../../src/taskpane/fill/form-model';
import { DocxPort } from '../../src/web/docx-port';
import { emptyDocx } from '../../src/web/empty-docx';
import { WebPage } from '../../src/web/WebPage';
import { FakePort, fixtureBytes, fixtureSnapshot } from './fake-port';
import { renderPane } from './render';
import { STD } from '../helpers/standard';

jest.setTimeout(60_000);
const ALTERED = 'cases/lo-48uur.docx';

function memorySettings(name = ''): UserSettings & { saved: string[] } {
  const saved: string[] = [];
  return { saved, reviewerName: () => saved[saved.length - 1] ?? name, saveReviewerName: async (n) => { saved.push(n); }, profile: () => null, saveProfile: async () => undefined };
}

async function art51(): Promise<HTMLElement> {
  return (await screen.findByRole('heading', { name: 'Artikel 5.1' }, { timeout: 20_000 })).closest('section') as HTMLElement;
}

describe('the words of the pane', () => {
  test('the reviewer is asked once before the first signed edit, and the name is remembered', async () => {
    const settings = memorySettings();
    const port = Object.assign(new FakePort(fixtureSnapshot(ALTERED)), { userSettings: settings });
    await renderPane(port, { view: 'controleren' });
    await userEvent.click(within(await art51()).getByRole('button', { name: 'Standaardtekst herstellen' }));
    const prompt = await screen.findByRole('dialog', { name: 'Wie beoordeelt?' });
    expect(port.applied).toHaveLength(0);
    await userEvent.type(within(prompt).getByRole('textbox', { name: /Naam beoordelaar/ }), 'P. de Vries');
    await userEvent.click(within(prompt).getByRole('button', { name: 'Doorgaan' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    expect(port.applied[0]!.edits[0]).toMatchObject({ op: 'restore-paragraph', author: 'P. de Vries' });
    expect(settings.saved).toEqual(['P. de Vries']);
    await userEvent.click(within(await art51()).getByRole('button', { name: 'Opmerking plaatsen' }));
    await userEvent.click(within(await art51()).getByRole('button', { name: 'Plaatsen' }));
    await waitFor(() => expect(port.applied).toHaveLength(2));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(port.applied[1]!.edits[0]).toMatchObject({ op: 'add-comment', author: 'P. de Vries' });
  });

  test('a remembered name signs without asking', async () => {
    const port = Object.assign(new FakePort(fixtureSnapshot(ALTERED)), { userSettings: memorySettings('M. Jansen') });
    await renderPane(port, { view: 'controleren' });
    await userEvent.click(within(await art51()).getByRole('button', { name: 'Standaardtekst herstellen' }));
    await waitFor(() => expect(port.applied).toHaveLength(1));
    expect(port.applied[0]!.edits[0]).toMatchObject({ author: 'M. Jansen' });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  test('after a restore the report keeps what the supplier had written and what it was restored to', async () => {
    const port = new DocxPort(fixtureBytes(ALTERED));
    Object.assign(port, { userSettings: memorySettings('M. Jansen') });
    await renderPane(port, { view: 'controleren' });
    await userEvent.click(within(await art51()).getByRole('button', { name: 'Standaardtekst herstellen' }));
    await waitFor(() => expect(port.changeCount).toBe(1));
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Beoordelingsrapport' }) as HTMLTextAreaElement).value).toMatch(/Hersteld/));
    const report = (screen.getByRole('textbox', { name: 'Beoordelingsrapport' }) as HTMLTextAreaElement).value;
    expect(report).toMatch(/Artikel 5\.1: Artikel 5\.1 wijkt af van de standaardtekst\n {2}stond in het document: [^\n]*48 uur/);
    expect(report).toMatch(/hersteld naar: [^\n]*24 uur/);
  });

  test('the list of tracked changes names the provision once', async () => {
    await renderPane(new FakePort(fixtureSnapshot('cases/lo-tracked-del-4.2.docx')), { view: 'controleren' });
    const list = (await screen.findByRole('heading', { name: 'Bijgehouden wijzigingen en opmerkingen' }, { timeout: 20_000 })).closest('section') as HTMLElement;
    expect(within(list).getAllByRole('listitem')[0]!.textContent).toMatch(/^Artikel 4\.2 [a-z]/);
    expect(list.textContent).not.toMatch(/Artikel 4\.2: Artikel 4\.2/);
  });

  test('a wrong value is named by its label, never by its internal id, and the document hint goes once a value is typed', async () => {
    await renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')));
    const kvk = await screen.findByRole('textbox', { name: /^KVK-nummer Verwerker/ }, { timeout: 20_000 });
    const field = kvk.closest('.vo-field') as HTMLElement;
    expect(field.textContent).toMatch(/In het document:/);
    await userEvent.type(kvk, '1234');
    expect(field.textContent).toMatch(/8 cijfers/);
    expect(field.textContent).not.toMatch(/In het document:/);
    await userEvent.click(screen.getByRole('button', { name: 'Document invullen' }));
    const problems = await screen.findByText('Los eerst deze problemen op:');
    const notice = problems.closest('.fui-MessageBar') as HTMLElement;
    expect(notice.textContent).toMatch(/KVK-nummer Verwerker/);
    expect(notice.textContent).not.toMatch(/\(verwerker\.kvk\)|\([a-z0-9-]+\.[a-z0-9.-]+\)/);
  });

  test('table headings become labels without the table\'s hyphenation', () => {
    expect(columnLabel('Verwerkings -locatie')).toBe('Verwerkingslocatie');
    expect(columnLabel('(Bijzondere) Persoons- gegevens')).toBe('(Bijzondere) Persoonsgegevens');
    expect(columnLabel('Doorgifte- instrument (indien van toepassing)')).toBe('Doorgifte-instrument (indien van toepassing)');
    expect(columnLabel('KvK-nummer')).toBe('KvK-nummer');
  });

  test('an empty document is no error: the pane says what to do with it', async () => {
    await renderPane(new DocxPort(emptyDocx()), { view: 'controleren' });
    expect(await screen.findByText(/Het document is nog leeg/, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByText('Dit document kan niet worden gebruikt')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the browser page', () => {
  test('offers a download only after a change, named for what was done, and opens an empty document on Clausules', async () => {
    render(<WebPage language="nl" theme={webLightTheme} />);
    await userEvent.click(screen.getByRole('button', { name: 'Leeg document' }));
    expect(await screen.findByRole('tab', { name: 'Clausules', selected: true }, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Download/ })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Hele overeenkomst maken' }, { timeout: 20_000 }));
    expect(await screen.findByRole('button', { name: 'Download nieuw-document-aangevuld.docx' }, { timeout: 20_000 })).toBeInTheDocument();
  });

  test('opening another document with changes not downloaded asks first, and keeps them when the answer is no', async () => {
    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    render(<WebPage language="nl" theme={webLightTheme} />);
    await userEvent.click(screen.getByRole('button', { name: 'Leeg document' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Hele overeenkomst maken' }, { timeout: 20_000 }));
    await screen.findByRole('button', { name: /^Download/ }, { timeout: 20_000 });
    await userEvent.click(screen.getByRole('button', { name: 'Leeg document' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0]).toMatch(/nieuw-document\.docx/);
    expect(screen.getByTestId('open-file')).toHaveTextContent('1 keer gewijzigd');
    confirm.mockRestore();
  });
});

test('the check report of the fixture has the deviation the tests rely on', () => {
  expect(checkSnapshot(fixtureSnapshot(ALTERED), STD).findings.some((f) => f.clause === 'art-5.1' && f.severity === 'error')).toBe(true);
});
