// Reviewing a returned agreement: the finding at art-5.1 is listed, clicking it shows the
// paragraph in the preview, and restoring it gives a file the command line finds clean.
import { join } from 'path';
import { FIXTURES, openFile, openSession, RESULTS, runCli, screenshot, type Session } from './harness';

let session: Session;

interface CliReport { readonly findings: readonly { severity: string; clause: string | null; kind: string }[] }

/** Downloads the document from the page and checks the file with the command line. */
async function downloadAndCheck(page: Session['page'], prefix: string): Promise<{ code: number; report: CliReport }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download / }).click();
  const download = await downloading;
  const file = join(RESULTS, `${prefix}${download.suggestedFilename()}`);
  await download.saveAs(file);
  const check = await runCli(['check', file, '--json']);
  return { code: check.code, report: JSON.parse(check.stdout) as CliReport };
}

beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session.close(); });

test('lo-48uur.docx: the findings list shows art-5.1 and clicking it highlights the paragraph in the preview', async () => {
  const { page } = session;
  await screenshot(page, 'startpagina.png');
  await openFile(page, join(FIXTURES, 'cases/lo-48uur.docx'));
  await page.getByText('Geopend:').waitFor();
  await page.getByRole('tab', { name: 'Controleren' }).click();
  await page.getByTestId('check-summary').waitFor();
  await expect(page.getByTestId('check-summary').textContent()).resolves.toMatch(/^\d+ afwijking(en)? in de standaardtekst$/);
  const item = page.locator('li[data-clause="art-5.1"]').first();
  await item.waitFor();
  await expect(item.locator('del').textContent()).resolves.toMatch(/24/);
  await expect(item.locator('ins').textContent()).resolves.toMatch(/48/);
  // The preview marks the paragraph before anything is clicked, with a label in words.
  const marked = page.locator('.vo-mark-error').filter({ hasText: 'Afwijking – Artikel 5.1' });
  await expect(marked.count()).resolves.toBe(1);
  await item.locator('.vo-finding-link').click();
  const selected = page.locator('.vo-preview .vo-selected');
  await selected.waitFor();
  await expect(selected.textContent()).resolves.toMatch(/48 uur/);
  await expect(selected.getAttribute('aria-current')).resolves.toBe('true');
  const inView = await selected.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const pane = el.closest('.vo-work-preview')?.getBoundingClientRect();
    return pane !== undefined && box.top >= pane.top && box.bottom <= pane.bottom;
  });
  expect(inView).toBe(true);
  await screenshot(page, 'controleren.png');
  expect(session.foreignRequests).toEqual([]);
});

test('lo-48uur.docx: restoring art-5.1 in the browser page, then downloading, gives a file the command line finds clean', async () => {
  const { page } = session;
  await openFile(page, join(FIXTURES, 'cases/lo-48uur.docx'));
  await page.getByText('Geopend:').waitFor();
  await page.getByRole('tab', { name: 'Controleren' }).click();
  const item = page.locator('li[data-clause="art-5.1"]').first();
  await item.getByRole('button', { name: 'Standaardtekst herstellen' }).click();
  // The first signed edit asks the reviewer's name once.
  const prompt = page.getByRole('dialog', { name: 'Wie beoordeelt?' });
  await prompt.getByRole('textbox', { name: /Naam beoordelaar/ }).fill('E2E Beoordelaar');
  await prompt.getByRole('button', { name: 'Doorgaan' }).click();
  await page.getByText('Standaardtekst hersteld (als bijgehouden wijziging).').first().waitFor();
  // The preview shows the restore as Word would: "48" struck through, "24" underlined.
  const restored = page.locator('.vo-preview .vo-p').filter({ hasText: 'Verwerker zal Verwerkingsverantwoordelijke zonder onredelijke vertraging' });
  await expect(restored.locator('del').textContent()).resolves.toBe('[weggelaten: 48]');
  await expect(restored.locator('ins').textContent()).resolves.toBe('[toegevoegd: 24]');
  await restored.scrollIntoViewIfNeeded();
  await screenshot(page, 'controleren-hersteld.png');
  const { report } = await downloadAndCheck(page, '');
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(report.findings).toContainEqual(expect.objectContaining({ clause: 'art-5.1', kind: 'tracked-change' }));
  expect(session.foreignRequests).toEqual([]);
});

test('alt-autonumber-removed-art-2.2.docx: the deleted provision goes back in its place, and the downloaded file checks clean', async () => {
  const { page } = session;
  await openFile(page, join(FIXTURES, '..', 'alt-autonumber-removed-art-2.2.docx'));
  await page.getByText('Geopend:').waitFor();
  await page.getByRole('tab', { name: 'Controleren' }).click();
  const item = page.locator('li[data-clause="art-2.2"][data-kind="missing"]').first();
  await item.getByRole('button', { name: 'Standaardtekst op zijn plaats invoegen' }).click();
  await page.getByText('Standaardtekst hersteld (als bijgehouden wijziging).').first().waitFor();
  // In the preview the provision stands between 2.1 and 2.3, marked inserted.
  const back = page.locator('.vo-preview .vo-p').filter({ hasText: 'Deze Verwerkersovereenkomst eindigt op het moment' });
  await expect(back.locator('ins').count()).resolves.toBeGreaterThan(0);
  const { code, report } = await downloadAndCheck(page, 'hersteld-');
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(code).toBe(0);
  expect(session.foreignRequests).toEqual([]);
});
