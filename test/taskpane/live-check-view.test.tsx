/** @jest-environment jsdom */
// Controleren while the user types in Word: the pane re-checks a second after a burst of changes
// and warns, as an alert, when standard text newly deviates.
import '@testing-library/jest-dom';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkSnapshot } from '../../src/core/check';
import { allParagraphs, type DocumentSnapshot, visibleText } from '../../src/core/snapshot';
import { editParagraph, FakePort, fixtureSnapshot, LiveFakePort } from './fake-port';
import { clickAndSettle, renderPane } from './render';
import { STD } from '../helpers/standard';

jest.setTimeout(30_000);

const CLEAN = fixtureSnapshot('base/template-word.docx');

function indexOf(snapshot: DocumentSnapshot, pattern: RegExp): number {
  const paragraph = [...allParagraphs(snapshot)].find((p) => pattern.test(visibleText(p)));
  if (!paragraph) throw new Error(`no paragraph matches ${pattern}`);
  return paragraph.index;
}

/** Art. 5.1 with 48 hours instead of the standard's 24: a change of standard text. */
const ALTERED_51 = editParagraph(CLEAN, indexOf(CLEAN, /^5\.1 .*binnen 24 uur/), '24 uur', '48 uur');
/** The commencement date filled in: a field, not standard text. */
const DATE_FILLED = editParagraph(CLEAN, indexOf(CLEAN, /^Ingangsdatum: <\.\.\.\.\.>/), '<.....>', '1 maart 2026');

function errorsAt(snapshot: DocumentSnapshot): (string | null)[] {
  return checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error').map((f) => f.clause);
}

/** Moves the clock on; inside act(), so a re-check it starts has been read and drawn when it returns. */
async function advance(ms: number): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(ms);
  });
}

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe('Controleren while editing', () => {
  test('the edits used here are what they claim to be', () => {
    expect(errorsAt(CLEAN)).toEqual([]);
    expect(errorsAt(ALTERED_51)).toEqual(['art-5.1']);
    expect(errorsAt(DATE_FILLED)).toEqual([]);
    expect(checkSnapshot(DATE_FILLED, STD).placeholders.unfilled.length).toBe(checkSnapshot(CLEAN, STD).placeholders.unfilled.length - 1);
  });

  test('a burst of changes to Artikel 5.1 is read once, a second later, and raises a warning naming it', async () => {
    const port = new LiveFakePort(CLEAN);
    await renderPane(port, { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toHaveTextContent('Geen afwijkingen in de standaardtekst.');
    expect(port.reads).toBe(1);
    expect(port.subscribers).toBe(1);

    act(() => port.edit(ALTERED_51, 6)); // six keystrokes
    await advance(999);
    expect(port.reads).toBe(1);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await advance(1);
    expect(port.reads).toBe(2);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Let op: u wijzigt standaardtekst in Artikel 5.1.');
    expect(screen.getByTestId('check-summary')).toHaveTextContent('1 afwijking in de standaardtekst');
    // At the top of the view, before everything else in it.
    const view = screen.getByRole('tabpanel');
    expect(view.querySelector('.vo-view')?.firstElementChild).toBe(alert);

    await advance(10_000);
    expect(port.reads).toBe(2);
  });

  test('the warning stays while Artikel 5.1 deviates, and goes once it is standard text again', async () => {
    const port = new LiveFakePort(CLEAN);
    await renderPane(port, { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toBeInTheDocument();
    act(() => port.edit(ALTERED_51));
    await advance(1000);
    expect(screen.getByRole('alert')).toBeInTheDocument();

    act(() => port.edit(editParagraph(ALTERED_51, indexOf(CLEAN, /^5\.1 /), 'Verwerker zal', 'Verwerker zal zo snel mogelijk')));
    await advance(1000);
    expect(port.reads).toBe(3);
    expect(screen.getByRole('alert')).toHaveTextContent('Artikel 5.1');

    act(() => port.edit(CLEAN));
    await advance(1000);
    expect(screen.getByText('Geen afwijkingen in de standaardtekst.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('filling a field re-checks but warns about nothing', async () => {
    const port = new LiveFakePort(CLEAN);
    await renderPane(port, { view: 'controleren' });
    const before = checkSnapshot(CLEAN, STD).fields;
    const open = before.total - before.filled;
    expect(screen.getByText(`${open} van de ${before.total} invulvelden in dit document zijn nog niet ingevuld`)).toBeInTheDocument();

    act(() => port.edit(DATE_FILLED, 3));
    await advance(1000);
    expect(port.reads).toBe(2);
    expect(await screen.findByText(`${open - 1} van de ${before.total} invulvelden in dit document ${open - 1 === 1 ? 'is' : 'zijn'} nog niet ingevuld`)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByTestId('check-summary')).toHaveTextContent('Geen afwijkingen in de standaardtekst.');
  });

  test('the warning can be closed', async () => {
    const port = new LiveFakePort(CLEAN);
    await renderPane(port, { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toBeInTheDocument();
    act(() => port.edit(ALTERED_51));
    await advance(1000);
    const alert = screen.getByRole('alert');
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(within(alert).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  test('while another view is shown, changes are not read; the check catches up once when shown again', async () => {
    const port = new LiveFakePort(CLEAN);
    await renderPane(port, { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toBeInTheDocument();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    await user.click(screen.getByRole('tab', { name: 'Clausules' }));
    const reads = port.reads;
    act(() => port.edit(ALTERED_51, 4));
    await advance(5000);
    expect(port.reads).toBe(reads);

    await clickAndSettle(screen.getByRole('tab', { name: 'Controleren' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Artikel 5.1');
    expect(port.reads).toBe(reads + 1);
  });

  test('closing the pane ends the subscription and any pending re-check', async () => {
    const port = new LiveFakePort(CLEAN);
    const { unmount } = await renderPane(port, { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toBeInTheDocument();
    act(() => port.edit(ALTERED_51));
    unmount();
    expect(port.subscribers).toBe(0);
    await advance(5000);
    expect(port.reads).toBe(1);
  });

  test('a port without change events is only read on request', async () => {
    const port = new FakePort(CLEAN);
    expect('onDocumentChanged' in port).toBe(false);
    await renderPane(port, { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toBeInTheDocument();
    await advance(10_000);
    expect(port.reads).toBe(1);
  });
});
