// axe-core on every view, in the browser page and at task-pane width (320 px).
import AxeBuilder from '@axe-core/playwright';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { FIXTURES, openFile, openSession, screenshot, type Session, waitForForm } from './harness';

async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent's focus manager (Tabster) puts aria-hidden <i tabindex="0"> sentinels around the tab
  // list that pass focus on at once; they are never a stop for a keyboard or screen reader user.
  const result = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} – ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('; ')}`);
}

describe.each([
  { name: 'breed', width: 1280, height: 900 },
  { name: '320', width: 320, height: 700 },
])('accessibility at $name px', ({ name, width, height }) => {
  let session: Session;
  beforeAll(async () => { session = await openSession({ width, height }); });
  afterAll(async () => { await session.close(); });

  test('start page, Invullen, Controleren and Clausules have no serious or critical violations', async () => {
    const { page } = session;
    expect(await seriousViolations(page)).toEqual([]);
    await openFile(page, join(FIXTURES, 'cases/lo-48uur.docx'));
    await waitForForm(page);
    expect(await seriousViolations(page)).toEqual([]);
    if (width === 320) await screenshot(page, 'invullen-320.png');
    await page.getByRole('tab', { name: 'Controleren' }).click();
    await page.locator('li[data-clause="art-5.1"]').first().waitFor();
    await page.locator('li[data-clause="art-5.1"]').first().getByRole('checkbox').check();
    expect(await seriousViolations(page)).toEqual([]);
    if (width === 320) await screenshot(page, 'controleren-320.png');
    await page.getByRole('tab', { name: 'Clausules' }).click();
    await page.getByRole('searchbox', { name: 'Zoek bepaling' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    if (width === 320) await screenshot(page, 'clausules-320.png');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect({ name, overflow }).toEqual({ name, overflow: 0 });
    expect(session.foreignRequests).toEqual([]);
  });
});
