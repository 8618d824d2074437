/** @jest-environment jsdom */
// English mode says nothing in Dutch: the three views on a real altered document, and the
// browser page around them. Document content (the preview, values typed or found) is not the pane's words.
import '@testing-library/jest-dom';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { webLightTheme } from '@fluentui/react-components';
import { FakePort, fixtureSnapshot } from './fake-port';
import { clickAndSettle, renderPane } from './render';
import { dutchWordsIn } from './dutch-words';
import { WebPage } from '../../src/web/WebPage';

jest.setTimeout(60_000);

describe('English mode', () => {
  test.each(['invullen', 'controleren', 'clausules'] as const)('the %s view on an altered document has no Dutch words', async (view) => {
    const { container } = await renderPane(new FakePort(fixtureSnapshot('cases/lo-48uur.docx')), { view, language: 'en' });
    await screen.findByRole('tab', { name: 'Review' });
    await screen.findAllByRole(view === 'clausules' ? 'searchbox' : view === 'controleren' ? 'heading' : 'progressbar', {}, { timeout: 20_000 }).catch(() => undefined);
    await act(async () => { await new Promise((r) => setTimeout(r, 500)); });
    const pane = container.querySelector(`#paneel-${view}`) as HTMLElement;
    expect(pane.textContent).not.toBe('');
    expect(dutchWordsIn(container as HTMLElement)).toEqual([]);
  });

  test('the form: labels, Bijlage 2 options, a validation message and what a fill changed are English', async () => {
    const port = new FakePort(fixtureSnapshot('base/template-word.docx'));
    const { container } = await renderPane(port, { view: 'invullen', language: 'en' });
    const input = (label: RegExp): HTMLElement => screen.getByLabelText(label, { selector: 'input, textarea' });
    expect(screen.getByRole('checkbox', { name: /^Approved code of conduct/ })).toBeInTheDocument();
    await userEvent.type(input(/^Processor: Chamber of Commerce number/), '1234567');
    expect(screen.getByText(/"1234567" is no Chamber of Commerce \(KVK\) number: that is exactly 8 digits/)).toBeInTheDocument();
    expect(dutchWordsIn(container as HTMLElement)).toEqual([]);
    await userEvent.type(input(/^Processor: Chamber of Commerce number/), '8');
    await userEvent.type(input(/^Processor \(company name\)/), 'Acme B.V.');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Approved code of conduct/ }));
    await clickAndSettle(screen.getByRole('button', { name: 'Fill in document' }));
    const status = screen.getByText('Changed in the document:').closest('[role="status"]') as HTMLElement;
    expect(status).toHaveTextContent(/Filled in: Processor \(company name\) = "Acme B\.V\."/);
    expect(status).toHaveTextContent(/Annex 2: option "Approved code of conduct" removed/);
    expect(dutchWordsIn(status)).toEqual([]);
  });

  test('a finding is worded in English in the list, the tracked list and the report', async () => {
    await renderPane(new FakePort(fixtureSnapshot('cases/lo-tracked-del-4.2.docx')), { view: 'controleren', language: 'en' });
    expect((await screen.findAllByText(/Article 4\.2/, {}, { timeout: 20_000 })).length).toBeGreaterThan(0);
    expect(screen.queryByText(/Artikel/)).not.toBeInTheDocument();
    const report = (screen.getByRole('textbox', { name: 'Review report' }) as HTMLTextAreaElement).value;
    expect(report).toMatch(/^Review report/);
    for (const word of ['Artikel', 'Beoordelingsrapport', 'afwijking', 'Hersteld', 'standaard', 'bijgehouden']) expect(report).not.toContain(word);
  });

  test('the browser page around the pane is English', async () => {
    const { container } = render(<WebPage language="en" theme={webLightTheme} />);
    expect(screen.getByRole('button', { name: 'Open document…' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Empty document' }));
    expect(await screen.findByText(/Opened:/)).toBeInTheDocument();
    await screen.findByRole('tab', { name: 'Clauses', selected: true });
    const header = container.querySelector('header') as HTMLElement;
    expect(dutchWordsIn(header)).toEqual([]);
    expect(within(container as HTMLElement).getByRole('region', { name: 'Preview' })).toBeInTheDocument();
    expect(dutchWordsIn(container.querySelector('aside') as HTMLElement)).toEqual([]);
  });
});
