// Drives the production build of the browser page in Debian's Chromium (never a downloaded
// browser), served from dist/ on localhost, and watches that no request leaves the page's origin.
import { execFile } from 'child_process';
import { existsSync, mkdirSync } from 'fs';
import type { Server } from 'http';
import { join, resolve } from 'path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist } = require('../../scripts/serve-dist.js') as {
  serveDist(root?: string, port?: number): Promise<{ server: Server; url: string }>;
};

export const ROOT = resolve(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'external');
export const RESULTS = join(ROOT, 'test-results');
export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

export interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly url: string;
  /** Requests to anywhere but the page's own origin. */
  readonly foreignRequests: string[];
  close(): Promise<void>;
}

export function ensureBuilt(): void {
  for (const file of ['index.html', 'taskpane.html', 'cli/vo-assistent.js']) {
    if (!existsSync(join(DIST, file))) throw new Error(`dist/${file} ontbreekt: voer eerst "npm run build" uit.`);
  }
  mkdirSync(RESULTS, { recursive: true });
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true });
}

export async function openSession(options: { width?: number; height?: number; path?: string } = {}): Promise<Session> {
  ensureBuilt();
  const { server, url } = await serveDist(DIST, 0);
  const browser = await launch();
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, locale: 'nl-NL' });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const target = request.url();
    if (target.startsWith('data:') || target.startsWith('blob:')) return;
    if (new URL(target).origin !== origin) foreignRequests.push(target);
  });
  await page.goto(`${url}${options.path ?? ''}`);
  return {
    browser, context, page, url, foreignRequests,
    async close() {
      await context.close();
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

/** Waits until the Invullen form shows the document's fields. */
export async function waitForForm(page: Page): Promise<void> {
  await page.locator('[data-slot="verwerker.naam"]').waitFor({ state: 'visible', timeout: 30_000 });
}

/** Presses Tab until the focused element matches `selector` (keyboard only, like a user). */
export async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) === true, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Met Tab niet bereikt: ${selector}`);
}

export function runCli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [join(DIST, 'cli/vo-assistent.js'), ...args], { cwd: ROOT }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

export async function openFile(page: Page, path: string): Promise<void> {
  await page.locator('#bestand').setInputFiles(path);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = join(RESULTS, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
