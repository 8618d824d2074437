// Clausules: Bijlage 3 and a single provision inserted into an agreement without Bijlage 3.
import { join } from 'path';
import { FIXTURES, openFile, openSession, RESULTS, runCli, screenshot, type Session } from './harness';

let session: Session;

beforeAll(async () => { session = await openSession(); });
afterAll(async () => { await session.close(); });

test('inserts Bijlage 3 and one provision; the result has Bijlage 3 and the provision at the end', async () => {
  const { page } = session;
  await openFile(page, join(FIXTURES, 'cases/pandoc-filled-no-b3.docx'));
  await page.getByText('Geopend:').waitFor();
  await page.getByRole('tab', { name: 'Clausules' }).click();
  const bijlage3 = page.getByRole('button', { name: 'Bijlage 3 (GIBIT) invoegen' });
  await bijlage3.waitFor();
  const before = await page.locator('.vo-preview [data-paragraph-index]').count();
  await bijlage3.click();
  await page.getByText('Bijlage 3 ingevoegd.').waitFor();
  await expect(bijlage3.isDisabled()).resolves.toBe(true);
  const afterBijlage3 = await page.locator('.vo-preview [data-paragraph-index]').count();
  expect(afterBijlage3).toBeGreaterThan(before);
  await expect(page.locator('.vo-preview').textContent()).resolves.toMatch(/26\.11|GIBIT/);

  await page.getByRole('searchbox', { name: 'Zoek bepaling' }).fill('4.2');
  await page.getByText('1 bepaling gevonden').waitFor();
  await page.getByRole('button', { name: 'Artikel 4.2 invoegen' }).click();
  await page.getByText('Artikel 4.2 ingevoegd.').waitFor();
  const last = await page.locator('.vo-preview [data-paragraph-index]').evaluateAll((els) => els.slice(-6).map((e) => e.textContent ?? '').join('\n'));
  expect(last).toMatch(/Audits|audit/i);
  await screenshot(page, 'clausules.png');

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Download / }).click();
  const download = await downloading;
  const file = join(RESULTS, 'clausules-ingevuld.docx');
  await download.saveAs(file);
  const scan = await runCli(['scan', file, '--json']);
  expect(scan.code).toBe(0);
  expect((JSON.parse(scan.stdout) as { bijlage3: boolean }).bijlage3).toBe(true);
  expect(session.foreignRequests).toEqual([]);
});
