// Filling the example agreement through the form, with the keyboard only, and checking the
// downloaded result with the command line.
import { join } from 'path';
import { openSession, RESULTS, runCli, screenshot, type Session, tabTo, waitForForm } from './harness';

const TEXT_VALUES: Record<string, string> = {
  'gemeente.naam': 'Haarlem',
  'gemeente.fg-email': 'FG@haarlem.nl',
  'gemeente.vertegenwoordiger.naam': 'J. Jansen',
  'gemeente.vertegenwoordiger.functie': 'wethouder',
  'verwerker.naam': 'Acme Software B.V.',
  'verwerker.plaats': 'Utrecht',
  'verwerker.kvk': '12345678',
  'verwerker.vertegenwoordiger.naam': 'P. de Vries',
  'verwerker.vertegenwoordiger.functie': 'directeur',
  'hoofdovereenkomst.naam': 'Overeenkomst zaaksysteem',
  'hoofdovereenkomst.datum': '2026-03-01',
  'hoofdovereenkomst.titel': 'Overeenkomst zaaksysteem 2026',
  'hoofdovereenkomst.diensten': 'levering en beheer van een zaaksysteem',
  'contact.verwerkingsverantwoordelijke.naam': 'M. Bakker',
  'contact.verwerkingsverantwoordelijke.gegevens': 'privacy@haarlem.nl',
  'contact.verwerker.naam': 'K. Smit',
  'contact.verwerker.gegevens': 'security@acme.example',
  'ondertekening.ingangsdatum': '1 april 2026',
  'ondertekening.gemeente.naam-functie': 'J. Jansen, wethouder',
  'ondertekening.gemeente.plaats': 'Haarlem',
  'ondertekening.gemeente.datum': '2026-03-20',
  'ondertekening.verwerker.organisatie': 'Acme Software B.V.',
  'ondertekening.verwerker.naam-functie': 'P. de Vries, directeur',
  'ondertekening.verwerker.plaats': 'Utrecht',
  'ondertekening.verwerker.datum': '2026-03-21',
};

/** Choices by the first letter typed on the focused list, as a keyboard user picks them. */
const CHOICE_KEYS: Record<string, [string, string]> = {
  'gemeente.bestuursorgaan': ['h', 'het college van Burgemeester en Wethouders'],
  'gemeente.vertegenwoordiger.aanhef': ['m', 'mevrouw'],
  'verwerker.vertegenwoordiger.aanhef': ['h', 'heer'],
  'gemeente.ondertekenaar': ['h', 'Het college van burgemeester en wethouders'],
};

const ROW = ['Zaakregistratie', 'Uitvoering Wmo', 'Inwoners', 'NAW, BSN', 'Nederland'];

let session: Session;

beforeAll(async () => { session = await openSession({ path: '?voorbeeld=1' }); });
afterAll(async () => { await session.close(); });

test('the example agreement is filled in with the keyboard only and downloaded as …-ingevuld.docx', async () => {
  const { page } = session;
  await waitForForm(page);
  await screenshot(page, 'invullen.png');
  const ids = await page.locator('[data-slot]').evaluateAll((els) => els.map((e) => e.getAttribute('data-slot') ?? ''));
  await page.locator('#tab-invullen').focus();
  for (const id of ids) {
    const choice = CHOICE_KEYS[id];
    const text = TEXT_VALUES[id];
    if (choice === undefined && text === undefined) continue;
    await tabTo(page, `[data-slot="${id}"]`);
    if (choice !== undefined) {
      await page.keyboard.press(choice[0]);
      await page.waitForFunction(([slot, value]) => (document.querySelector(`[data-slot="${slot}"]`) as HTMLSelectElement).value === value, [id, choice[1]]);
    } else {
      await page.keyboard.type(text ?? '');
    }
  }
  // A row in Tabel 1, added and typed with the keyboard.
  await tabTo(page, '[data-table-add="bijlage-1.verwerkingen"]');
  await page.keyboard.press('Enter');
  for (let c = 0; c < ROW.length; c += 1) {
    await tabTo(page, `[data-cell="bijlage-1.verwerkingen:1:${c}"]`);
    await page.keyboard.type(ROW[c] ?? '');
  }
  const filled = Object.keys(TEXT_VALUES).length + Object.keys(CHOICE_KEYS).length;
  await expect(page.getByText(/invulvelden in dit document ingevuld/).first().textContent()).resolves.toMatch(new RegExp(`^${filled} van de \\d+ invulvelden in dit document ingevuld$`));
  await tabTo(page, 'button[type="submit"]');
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('voorbeeld-verwerkersovereenkomst-ingevuld.docx');
  const file = join(RESULTS, 'voorbeeld-verwerkersovereenkomst-ingevuld.docx');
  await download.saveAs(file);
  await page.getByText('Gewijzigd in het document:').waitFor();
  await expect(page.getByRole('status').filter({ hasText: 'Gewijzigd in het document' }).textContent()).resolves.toMatch(/oorspronkelijke bestand is niet gewijzigd/);
  await screenshot(page, 'invullen-resultaat.png');

  const check = await runCli(['check', file, '--json']);
  const report = JSON.parse(check.stdout) as { findings: { severity: string; clause: string | null; message: string }[] };
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(check.code).toBe(0);

  const scan = await runCli(['scan', file, '--json']);
  expect(scan.code).toBe(0);
  const scanned = JSON.parse(scan.stdout) as { slots: { id: string; value: string | null }[]; tables: { id: string; rows: string[][] }[] };
  const value = (id: string): string | null | undefined => scanned.slots.find((s) => s.id === id)?.value;
  expect(value('verwerker.naam')).toBe('Acme Software B.V.');
  expect(value('verwerker.kvk')).toBe('12345678');
  expect(value('hoofdovereenkomst.datum')).toBe('1 maart 2026');
  expect(value('gemeente.vertegenwoordiger.aanhef')).toBe('mevrouw');
  expect(value('gemeente.bestuursorgaan')).toBe('het college van Burgemeester en Wethouders');
  expect(value('ondertekening.verwerker.datum')).toBe('21 maart 2026');
  expect(scanned.tables.find((t) => t.id === 'bijlage-1.verwerkingen')?.rows[0]?.slice(0, ROW.length)).toEqual(ROW);
  expect(session.foreignRequests).toEqual([]);
});
