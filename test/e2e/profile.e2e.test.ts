// The municipality profile on the browser page: saved once from the form, remembered by the
// browser, and filled into the next new agreement, which is then downloaded and checked.
import { readFileSync } from 'fs';
import { join } from 'path';
import { readDocx } from '../../src/docx/package';
import { allParagraphs, visibleText } from '../../src/core/snapshot';
import { openSession, RESULTS, runCli, type Session, waitForForm } from './harness';

const PROFILE_TEXT: Record<string, string> = {
  'gemeente.naam': 'Súdwest-Fryslân',
  'gemeente.vertegenwoordiger.naam': 'A. de Jong',
  'gemeente.vertegenwoordiger.functie': 'wethouder',
  'gemeente.fg-email': 'fg@sudwestfryslan.nl',
};
const PROFILE_CHOICES: Record<string, string> = {
  'gemeente.bestuursorgaan': 'het college van Burgemeester en Wethouders',
  'gemeente.vertegenwoordiger.aanhef': 'mevrouw',
  'gemeente.ondertekenaar': 'Het college van burgemeester en wethouders',
};

let session: Session;

beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session.close(); });

/** A new agreement: an empty document, the whole agreement made in it, the form opened. */
async function newAgreement(): Promise<void> {
  const { page } = session;
  await page.getByRole('button', { name: 'Leeg document' }).click();
  await page.getByRole('button', { name: 'Hele overeenkomst maken' }).click();
  await page.getByText('De hele verwerkersovereenkomst is in het document gezet.').waitFor();
  await page.getByRole('tab', { name: 'Invullen' }).click();
  await waitForForm(page);
}

test('a saved profile fills the next new agreement; the downloaded file has its values and checks clean', async () => {
  const { page } = session;
  page.on('dialog', (dialog) => { void dialog.accept(); });
  await newAgreement();
  for (const [id, value] of Object.entries(PROFILE_TEXT)) await page.locator(`[data-slot="${id}"]`).fill(value);
  for (const [id, value] of Object.entries(PROFILE_CHOICES)) await page.locator(`[data-slot="${id}"]`).selectOption(value);
  await page.locator('[data-profile="bijlage"]').fill('7');
  await page.locator('[data-profile="save"]').click();
  await page.getByText('Onthouden voor elke nieuwe overeenkomst:').waitFor();

  // Another session of the page: only the browser's storage remembers.
  await page.reload();
  await newAgreement();
  await page.getByText(/velden zijn vooraf ingevuld uit het gemeenteprofiel/).waitFor();
  for (const [id, value] of Object.entries({ ...PROFILE_TEXT, ...PROFILE_CHOICES })) {
    await expect(page.locator(`[data-slot="${id}"]`).inputValue()).resolves.toBe(value);
  }
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Document invullen' }).click();
  const download = await downloading;
  const file = join(RESULTS, 'gemeenteprofiel-ingevuld.docx');
  await download.saveAs(file);

  const scan = await runCli(['scan', file, '--json']);
  expect(scan.code).toBe(0);
  const scanned = JSON.parse(scan.stdout) as { slots: { id: string; value: string | null }[] };
  for (const [id, value] of Object.entries({ ...PROFILE_TEXT, ...PROFILE_CHOICES })) {
    expect([id, scanned.slots.find((s) => s.id === id)?.value]).toEqual([id, value]);
  }
  const snapshot = readDocx(new Uint8Array(readFileSync(file)));
  const texts = [...allParagraphs(snapshot)].map(visibleText);
  expect(texts[0]).toBe('Bijlage 7');
  expect(texts).toContain('Het college van burgemeester en wethouders van Súdwest-Fryslân');
  const check = await runCli(['check', file, '--json']);
  const report = JSON.parse(check.stdout) as { findings: { severity: string }[] };
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(session.foreignRequests).toEqual([]);
});
