// The three views at 320 px, in Dutch and English, on the example agreement: `npm run build && node scripts/screenshots-320.js` writes test-results/<view>-320-<nl|en>.png (copied to docs/screenshots for the README).
const { chromium } = require('playwright-core');
const { serveDist } = require('./serve-dist.js');
(async () => {
  const { server, url } = await serveDist(require('path').join(__dirname, '../dist'), 0);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  for (const lang of ['nl', 'en']) {
    const page = await browser.newPage({ viewport: { width: 320, height: 1000 } });
    await page.goto(`${url}?voorbeeld=1&taal=${lang}`);
    await page.waitForSelector('[role=tab]', { timeout: 30000 });
    await page.waitForTimeout(2500);
    const tabs = lang === 'en' ? ['Fill in', 'Review', 'Clauses'] : ['Invullen', 'Controleren', 'Clausules'];
    for (const [i, tab] of tabs.entries()) {
      await page.getByRole('tab', { name: tab }).click();
      await page.waitForTimeout(2000);
      await page.locator('[role=tabpanel]:not([hidden])').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${require('path').join(__dirname, '../test-results')}/${['invullen', 'controleren', 'clausules'][i]}-320-${lang}.png` });
    }
    await page.close();
  }
  await browser.close();
  server.close();
})().catch((e) => { console.error(e); process.exit(1); });
