// A message box must wrap whatever it shows: a value without a place to break (a long compound word,
// an address) once clipped the success box after a fill at 320 and at 1280 px (issue 12).
import { openSession, type Session, waitForForm } from './harness';

const UNBREAKABLE = 'Zaaksysteemlevering'.repeat(9);

describe.each([320, 1280])('at %i px', (width) => {
  let session: Session;
  beforeAll(async () => { session = await openSession({ width, path: '?voorbeeld=1' }); });
  afterAll(async () => { await session.close(); });

  test('the box after a fill holds a value that cannot break, within the pane', async () => {
    const { page } = session;
    await waitForForm(page);
    await page.locator('[data-slot="hoofdovereenkomst.diensten"]').fill(UNBREAKABLE);
    const downloading = page.waitForEvent('download');
    await page.locator('button[type="submit"]').click();
    await downloading;
    const box = page.getByRole('status').filter({ hasText: UNBREAKABLE.slice(0, 40) });
    await expect(box.count()).resolves.toBe(1);
    const fits = await box.evaluate((el) => {
      const right = el.getBoundingClientRect().right;
      return { overflow: el.scrollWidth - el.clientWidth, beyond: right - document.documentElement.clientWidth };
    });
    expect(fits.overflow).toBeLessThanOrEqual(1);
    expect(fits.beyond).toBeLessThanOrEqual(1);
  });
});
