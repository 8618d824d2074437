// ADDIN_URL: the production build writes the manifest for the address the organisation serves the
// add-in from, every URL in it under that address, and the result still validates against
// Microsoft's schemas. The build's own manifest transform is run here (not a copy of it).
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '../..');
const GEMEENTE = 'https://addin.gemeente.example/vo/';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, DEFAULT_ADDIN_URL } = require('../../scripts/addin-url.js') as { addinUrl(value: string | undefined): string; DEFAULT_ADDIN_URL: string };

interface CopyPattern { from: string; transform?: (content: Buffer) => string | Buffer }

/** The manifest as `webpack --mode <mode>` writes it with ADDIN_URL set to `url`. */
async function builtManifest(url: string | undefined, mode: 'production' | 'development'): Promise<string> {
  const saved = process.env.ADDIN_URL;
  if (url === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = url;
  try {
    let makeConfig: (env: unknown, options: { mode: string }) => Promise<{ plugins: unknown[] }>;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      makeConfig = require('../../webpack.config.js') as typeof makeConfig;
    });
    const config = await makeConfig!({}, { mode });
    const patterns = config.plugins.flatMap((p) => ((p as { patterns?: CopyPattern[] }).patterns ?? []));
    const manifest = patterns.find((p) => p.from === 'manifest*.xml');
    if (manifest?.transform === undefined) throw new Error('webpack.config.js kopieert manifest.xml niet meer met een transform');
    return manifest.transform(readFileSync(join(ROOT, 'manifest.xml'))).toString();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_URL;
    else process.env.ADDIN_URL = saved;
  }
}

/** Every URL the manifest points Office to (element text and attribute values, not namespace names). */
function urlsIn(manifest: string): string[] {
  const withoutNamespaces = manifest.replace(/\sxmlns(:\w+)?="[^"]*"/g, '');
  return [...withoutNamespaces.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
}

function validate(manifest: string): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vo-manifest-'));
  try {
    const file = join(dir, 'manifest.xml');
    writeFileSync(file, manifest);
    const run = spawnSync('bash', [join(ROOT, 'scripts/validate-manifest.sh'), file], { encoding: 'utf8' });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('ADDIN_URL', () => {
  test('the production manifest points only to the given address, and validates', async () => {
    const manifest = await builtManifest(GEMEENTE, 'production');
    const urls = urlsIn(manifest);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url === 'https://addin.gemeente.example' || url.startsWith(GEMEENTE)).toBe(true);
    expect(manifest).not.toContain('localhost');
    expect(manifest).toContain(`<SourceLocation DefaultValue="${GEMEENTE}taskpane.html"/>`);
    expect(manifest).toContain(`<bt:Url id="VoUrlControleren" DefaultValue="${GEMEENTE}taskpane.html?view=controleren"/>`);
    expect(manifest).toContain('<AppDomain>https://addin.gemeente.example</AppDomain>');
    const result = validate(manifest);
    expect(result.output).not.toMatch(/fails to validate|error/i);
    expect(result.status).toBe(0);
  });

  test('without ADDIN_URL the production manifest uses the documented default; development keeps localhost', async () => {
    const production = await builtManifest(undefined, 'production');
    expect(urlsIn(production).every((u) => u.startsWith(DEFAULT_ADDIN_URL) || u === new URL(DEFAULT_ADDIN_URL).origin)).toBe(true);
    const development = await builtManifest(GEMEENTE, 'development');
    expect(development).toBe(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'));
  });

  test('an address without the closing slash gets one; one Office cannot load stops the build in Dutch', async () => {
    expect(addinUrl('https://addin.gemeente.example/vo')).toBe(GEMEENTE);
    expect(addinUrl('  ')).toBe(DEFAULT_ADDIN_URL);
    expect(() => addinUrl('http://addin.gemeente.example/')).toThrow('moet met https:// beginnen');
    expect(() => addinUrl('addin.gemeente.example')).toThrow('is geen geldig adres');
    expect(() => addinUrl('https://addin.gemeente.example/?x=1')).toThrow('mag geen ?, # of gebruikersnaam bevatten');
    await expect(builtManifest('http://addin.gemeente.example/', 'production')).rejects.toThrow('moet met https:// beginnen');
  });
});
