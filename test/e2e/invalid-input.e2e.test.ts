// Bad input gets a Dutch sentence and nothing already typed is lost.
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { FIXTURES, openFile, openSession, screenshot, type Session, waitForForm } from './harness';

let session: Session;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vo-e2e-'));
  session = await openSession({ path: '?voorbeeld=1' });
});
afterAll(async () => { await session.close(); });

async function typed(): Promise<[string, string]> {
  const { page } = session;
  return [await page.locator('[data-slot="verwerker.naam"]').inputValue(), await page.locator('[data-slot="verwerker.kvk"]').inputValue()];
}

test('a KVK number of 7 digits is named, and bad files are refused without losing what was typed', async () => {
  const { page } = session;
  await waitForForm(page);
  await page.locator('[data-slot="verwerker.naam"]').fill('Acme Software B.V.');
  await page.locator('[data-slot="verwerker.kvk"]').fill('1234567');
  await page.getByText('"1234567" is geen KVK-nummer: dat bestaat uit precies 8 cijfers').first().waitFor();
  await screenshot(page, 'invullen-kvk-fout.png');

  const problem = page.locator('.vo-problem');

  const pdf = join(dir, 'retour.docx');
  writeFileSync(pdf, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
  await openFile(page, pdf);
  await expect(problem.textContent()).resolves.toMatch(/“retour\.docx” is een PDF met de extensie \.docx/);
  expect(await typed()).toEqual(['Acme Software B.V.', '1234567']);

  const big = join(dir, 'groot.docx');
  writeFileSync(big, Buffer.alloc(50 * 1024 * 1024, 0x50));
  await openFile(page, big);
  await page.getByText(/“groot\.docx” is 50,0 MB; de VO-assistent opent bestanden tot 25,0 MB/).waitFor();
  expect(await typed()).toEqual(['Acme Software B.V.', '1234567']);

  const good = readFileSync(join(FIXTURES, 'base/template-word.docx'));
  const corrupt = join(dir, 'kapot.docx');
  writeFileSync(corrupt, good.subarray(0, Math.floor(good.length / 2)));
  await openFile(page, corrupt);
  await page.getByText(/“kapot\.docx” kan niet worden geopend/).waitFor();
  expect(await typed()).toEqual(['Acme Software B.V.', '1234567']);

  await openFile(page, join(FIXTURES, 'cases/not-a-zip.docx'));
  await page.getByText(/“not-a-zip\.docx” kan niet worden geopend/).waitFor();
  expect(await typed()).toEqual(['Acme Software B.V.', '1234567']);
  await expect(page.getByTestId('open-file').textContent()).resolves.toMatch(/voorbeeld-verwerkersovereenkomst\.docx/);
  await screenshot(page, 'ongeldig-bestand.png');
  expect(session.foreignRequests).toEqual([]);
});
