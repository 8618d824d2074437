// Hosting: the shipped nginx configuration (deploy/nginx/vo-assistent.conf) serves dist/ over HTTPS
// with the headers the README promises, and the task pane and the browser page work under its
// Content-Security-Policy in Chromium without a violation and without a request leaving the origin.
import { readdirSync, readFileSync } from 'fs';
import { request } from 'https';
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { DIST, ensureBuilt, launch, waitForForm } from './harness';
import { type Nginx, startNginx } from './nginx';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
// Stands in for Microsoft's office.js: Office is ready in Dutch, and Word answers every Word.run
// with an error the pane shows (no document: this test is about hosting, not about Word).
const FAKE_OFFICE_JS = `
window.Office = {
  onReady: function (callback) {
    var info = { host: 'Word', platform: 'OfficeOnline' };
    if (callback) setTimeout(function () { callback(info); }, 0);
    return Promise.resolve(info);
  },
  context: {
    displayLanguage: 'nl-NL',
    requirements: { isSetSupported: function () { return false; } },
    document: { settings: { get: function () { return null; } } }
  }
};
window.Word = { run: function () { return Promise.reject(new Error('Nabootsing: geen Word-document.')); } };
`;

interface Response {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: Buffer;
}

/** A request that trusts only the test's own certificate (so the TLS set-up is checked too). */
function fetchFrom(server: Nginx, path: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, server.url), { method: options.method ?? 'GET', headers: options.headers, ca: server.certificate }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function hashedScript(entry: string): string {
  const found = readdirSync(DIST).filter((f) => new RegExp(`^${entry}\\.[0-9a-f]{20}\\.js$`).test(f));
  if (found.length !== 1) throw new Error(`dist/ heeft ${found.length} bestanden ${entry}.<hash>.js: bouw opnieuw (npm run build)`);
  return found[0]!;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((d) => d.trim()).filter((d) => d !== '').map((d) => {
    const [name, ...values] = d.split(/\s+/);
    return [name!, values];
  }));
}

let server: Nginx;
let browser: Browser;

beforeAll(async () => {
  ensureBuilt();
  server = await startNginx(DIST);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the shipped nginx configuration', () => {
  const pages = ['', 'index.html', 'taskpane.html', 'commands.html', 'manifest.xml'];

  test.each(pages)('/vo/%s: no caching, nosniff, the Content-Security-Policy, HSTS, and framing left to Office', async (path) => {
    const res = await fetchFrom(server, path);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers.server).toBe('nginx');
    const csp = directives(String(res.headers['content-security-policy']));
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'", 'https://appsforoffice.microsoft.com']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.has('frame-ancestors')).toBe(false);
    expect(res.headers['content-type']).toBe(path.endsWith('.xml') ? 'text/xml; charset=utf-8' : 'text/html; charset=utf-8');
  });

  test('the manifest served is the one the build wrote', async () => {
    const res = await fetchFrom(server, 'manifest.xml');
    expect(res.body.equals(readFileSync(join(DIST, 'manifest.xml')))).toBe(true);
  });

  test.each(['taskpane', 'web', 'commands'])('%s.<hash>.js: cached for a year as immutable, gzipped on request', async (entry) => {
    const file = hashedScript(entry);
    const res = await fetchFrom(server, file, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
  });

  test('a file without a hash, a missing file and a POST are not cached or served', async () => {
    const icon = await fetchFrom(server, 'assets/icon-32.png');
    expect(icon.status).toBe(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    const missing = await fetchFrom(server, 'taskpane.0123456789abcdef0123.js');
    expect(missing.status).toBe(404);
    expect(missing.headers['x-content-type-options']).toBe('nosniff');
    const post = await fetchFrom(server, 'taskpane.html', { method: 'POST' });
    expect(post.status).toBe(403);
  });
});

interface Watched {
  readonly page: Page;
  /** Requests to anywhere but the server's origin, office.js included (it is routed to the fake). */
  readonly elsewhere: string[];
  readonly violations: () => Promise<string[]>;
  readonly consoleErrors: string[];
}

async function openWatched(path: string, width: number): Promise<Watched> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: 'nl-NL', viewport: { width, height: 800 } });
  const origin = new URL(server.url).origin;
  const elsewhere: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (req) => {
    const target = req.url();
    if (!target.startsWith('data:') && !target.startsWith('blob:') && new URL(target).origin !== origin) elsewhere.push(target);
  });
  await context.route('https://appsforoffice.microsoft.com/**', (route) => (route.request().url() === OFFICE_JS
    ? route.fulfill({ status: 200, contentType: 'application/javascript', body: FAKE_OFFICE_JS })
    : route.abort()));
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { voViolations: string[] }).voViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  await page.goto(new URL(path, server.url).href);
  return {
    page, elsewhere, consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as { voViolations: string[] }).voViolations),
  };
}

describe('in Chromium over HTTPS, under the served policy', () => {
  test('the task pane renders with Fluent UI styles; only office.js is asked of another origin', async () => {
    const { page, elsewhere, violations, consoleErrors } = await openWatched('taskpane.html?view=invullen', 320);
    const tab = page.getByRole('tab', { name: 'Invullen' });
    await tab.waitFor();
    await expect(tab.getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Nabootsing: geen Word-document.');
    // Fluent UI's run-time styles (in <style> elements it writes) applied: a bare <button> is inline-block.
    await expect(tab.evaluate((el) => getComputedStyle(el).display)).resolves.not.toBe('inline-block');
    await expect(violations()).resolves.toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(elsewhere).toEqual([OFFICE_JS]);
    await page.context().close();
  });

  test('the browser page opens the example agreement; nothing leaves the origin', async () => {
    const { page, elsewhere, violations, consoleErrors } = await openWatched('?voorbeeld=1', 1280);
    await waitForForm(page);
    await page.locator('.vo-preview .vo-p').first().waitFor();
    await expect(violations()).resolves.toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(elsewhere).toEqual([]);
    await page.context().close();
  });
});
