/** @jest-environment jsdom */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { DocxPort } from '../../src/web/docx-port';
import { FakePort, fixtureBytes, fixtureSnapshot } from './fake-port';
import { clickAndSettle, renderPane } from './render';
import { STD } from '../helpers/standard';

const ALTERED = 'cases/lo-48uur.docx';

function art51(): Finding {
  const finding = checkSnapshot(fixtureSnapshot(ALTERED), STD).findings.find((f) => f.clause === 'art-5.1' && f.severity === 'error');
  if (!finding) throw new Error('the checker reports no error at art-5.1 for lo-48uur');
  return finding;
}

// renderPane and clickAndSettle return with the pane drawn: queries need no waiting (getBy, not findBy).
function findingItem(): HTMLElement {
  return screen.getByRole('heading', { name: 'Artikel 5.1' }).closest('section') as HTMLElement;
}

jest.setTimeout(30_000);

describe('Controleren', () => {
  test('summarises the deviations and lists the altered provision with its redline in words', async () => {
    await renderPane(new FakePort(fixtureSnapshot(ALTERED)), { view: 'controleren' });
    const errors = checkSnapshot(fixtureSnapshot(ALTERED), STD).findings.filter((f) => f.severity === 'error').length;
    expect(screen.getByTestId('check-summary')).toHaveTextContent(errors === 1 ? '1 afwijking in de standaardtekst' : `${errors} afwijkingen in de standaardtekst`);
    const item = findingItem();
    expect(within(item).getByText('Afwijking')).toBeInTheDocument();
    const deleted = item.querySelector('del');
    const inserted = item.querySelector('ins');
    expect(deleted).toHaveTextContent(/weggelaten/);
    expect(deleted).toHaveTextContent(/24/);
    expect(inserted).toHaveTextContent(/toegevoegd/);
    expect(inserted).toHaveTextContent(/48/);
  });

  test('a clean document has no deviations', async () => {
    await renderPane(new FakePort(fixtureSnapshot('base/template-word.docx')), { view: 'controleren' });
    expect(screen.getByTestId('check-summary')).toHaveTextContent('Geen afwijkingen in de standaardtekst.');
    expect(screen.getByTestId('checked-version')).toHaveTextContent('Gecontroleerd tegen versie 2.5.3 van de standaard.');
    expect(screen.queryByText('Afwijking')).not.toBeInTheDocument();
  });

  test('clicking a finding asks the port to select its paragraph', async () => {
    const port = new FakePort(fixtureSnapshot(ALTERED));
    await renderPane(port, { view: 'controleren' });
    const finding = art51();
    const item = findingItem();
    await userEvent.click(within(item).getByRole('button', { name: finding.message }));
    expect(port.selected).toEqual([finding.paragraphIndex]);
  });

  test('restoring applies a tracked restore of the standard text to that paragraph, signed by the reviewer', async () => {
    const port = new FakePort(fixtureSnapshot(ALTERED));
    await renderPane(port, { view: 'controleren' });
    const finding = art51();
    await userEvent.type(screen.getByRole('textbox', { name: 'Naam beoordelaar' }), 'Gemeente');
    await clickAndSettle(within(findingItem()).getByRole('button', { name: 'Standaardtekst herstellen' }));
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]!.edits).toEqual([
      { op: 'restore-paragraph', paragraphIndex: finding.paragraphIndex, text: finding.restore?.kind === 'text' ? finding.restore.text : null, tracked: true, scope: 'words', author: 'Gemeente' },
    ]);
    expect(finding.restore).toMatchObject({ kind: 'text', text: expect.stringMatching(/24 uur/) });
  });

  test('placing a comment anchors it at the paragraph, signed by the reviewer', async () => {
    const port = new FakePort(fixtureSnapshot(ALTERED));
    await renderPane(port, { view: 'controleren' });
    await userEvent.type(screen.getByRole('textbox', { name: 'Naam beoordelaar' }), 'P. de Vries');
    const item = findingItem();
    await userEvent.click(within(item).getByRole('button', { name: 'Opmerking plaatsen' }));
    const box = within(item).getByRole('textbox', { name: 'Opmerking voor de wederpartij' });
    await userEvent.clear(box);
    await userEvent.type(box, 'Graag 24 uur aanhouden.');
    await clickAndSettle(within(item).getByRole('button', { name: 'Plaatsen' }));
    expect(port.applied).toHaveLength(1);
    expect(port.applied[0]!.edits).toEqual([
      { op: 'add-comment', paragraphIndex: art51().paragraphIndex, text: 'Graag 24 uur aanhouden.', author: 'P. de Vries' },
    ]);
  });

  test('an accepted deviation needs a motivation, which is stored in the document and in the report', async () => {
    const port = new FakePort(fixtureSnapshot(ALTERED));
    await renderPane(port, { view: 'controleren' });
    const item = findingItem();
    await userEvent.click(within(item).getByRole('checkbox', { name: /Afwijking accepteren/ }));
    await clickAndSettle(screen.getByRole('button', { name: 'Beoordeling opslaan in document' }));
    const alerts = screen.getAllByRole('alert');
    expect(alerts.some((a) => /Geef een motivering/.test(a.textContent ?? ''))).toBe(true);
    expect(port.applied).toHaveLength(0);
    await userEvent.type(within(item).getByRole('textbox', { name: /Motivering/ }), 'Leverancier meldt binnen 48 uur; compensatie in SLA.');
    await clickAndSettle(screen.getByRole('button', { name: 'Beoordeling opslaan in document' }));
    // Storing the review signs it: the name is asked first.
    const dialog = screen.getByRole('dialog', { name: 'Wie beoordeelt?' });
    await userEvent.type(within(dialog).getByRole('textbox', { name: /Naam beoordelaar/ }), 'A. de Boer');
    await clickAndSettle(within(dialog).getByRole('button', { name: 'Doorgaan' }));
    expect(port.applied).toHaveLength(1);
    const edit = port.applied[0]!.edits[0]!;
    expect(edit.op).toBe('store-review');
    const stored = JSON.parse(edit.op === 'store-review' ? edit.json : '{}') as { decisions: { clause: string; status: string; motivation: string }[] };
    expect(stored.decisions).toContainEqual(expect.objectContaining({ clause: 'art-5.1', status: 'accepted', motivation: 'Leverancier meldt binnen 48 uur; compensatie in SLA.' }));
    const report = screen.getByRole('textbox', { name: 'Beoordelingsrapport' }) as HTMLTextAreaElement;
    expect(report.value).toMatch(/Artikel 5\.1/);
    expect(report.value).toMatch(/Geaccepteerd/);
    expect(report.value).toMatch(/\[-[^\]]*24[^\]]*-\]/);
    expect(report.value).toMatch(/\{\+[^}]*48[^}]*\+\}/);
    expect(report.value).toMatch(/Motivering: Leverancier meldt binnen 48 uur/);
  });

  test('a review saved in the file comes back when the file is opened again: decisions, motivations, reviewer', async () => {
    const port = new DocxPort(fixtureBytes(ALTERED));
    const first = await renderPane(port, { view: 'controleren' });
    let item = findingItem();
    await userEvent.click(within(item).getByRole('checkbox', { name: /Afwijking accepteren/ }));
    await userEvent.type(within(item).getByRole('textbox', { name: /Motivering/ }), 'Compensatie in de SLA.');
    await userEvent.type(screen.getByRole('textbox', { name: 'Naam beoordelaar' }), 'M. Jansen');
    await clickAndSettle(screen.getByRole('button', { name: 'Beoordeling opslaan in document' }));
    expect(port.changeCount).toBe(1);
    first.unmount();

    await renderPane(new DocxPort(port.bytes), { view: 'controleren' });
    item = findingItem();
    expect(within(item).getByRole('checkbox', { name: /Afwijking accepteren/ })).toBeChecked();
    expect(within(item).getByRole('textbox', { name: /Motivering/ })).toHaveValue('Compensatie in de SLA.');
    expect(screen.getByRole('textbox', { name: 'Naam beoordelaar' })).toHaveValue('M. Jansen');
    expect((screen.getByRole('textbox', { name: 'Beoordelingsrapport' }) as HTMLTextAreaElement).value).toMatch(/Motivering: Compensatie in de SLA\./);
  });

  test('a review stored by the version before (keyed on the message) comes back as accepted', async () => {
    await renderPane(new DocxPort(fixtureBytes('../reviews/lo-48uur-accepted-v1.docx')), { view: 'controleren' });
    const item = findingItem();
    expect(within(item).getByRole('checkbox', { name: /Afwijking accepteren/ })).toBeChecked();
    expect(within(item).getByRole('textbox', { name: /Motivering/ })).toHaveValue('Compensatie in de SLA.');
    expect(screen.getByRole('textbox', { name: 'Naam beoordelaar' })).toHaveValue('M. Jansen');
  });

  test('lists the comments in the document', async () => {
    const snapshot = fixtureSnapshot(ALTERED);
    const withComment = { ...snapshot, comments: [{ id: '1', author: 'Leverancier', text: 'Wij rekenen 48 uur.' }] };
    await renderPane(new FakePort(withComment), { view: 'controleren' });
    const section = screen.getByRole('heading', { name: 'Bijgehouden wijzigingen en opmerkingen' }).closest('section') as HTMLElement;
    expect(section).toHaveTextContent('Opmerking van Leverancier: Wij rekenen 48 uur.');
  });
});
