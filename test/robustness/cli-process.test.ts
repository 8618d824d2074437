// The real command line as a user starts it (a separate node process): unreadable inputs give
// exit 2 and one Dutch line on stderr, never a stack trace. Runs the built dist/cli/vo-assistent.js
// when it exists, and always the source entry point through tsx.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { billionLaughs, cfbFile, deflateBomb, deflatedEntry, expectOneLineReason, fixture, minimalDocx, rawZip, W_NS, xxe } from './craft';
import { type CliEntry, DIST_ENTRY, runCliProcess, SOURCE_ENTRY } from './spawn';

jest.setTimeout(120_000);

const entries: CliEntry[] = [SOURCE_ENTRY, ...(DIST_ENTRY ? [DIST_ENTRY] : [])];

let dir = '';
const files: Record<string, Uint8Array> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vo-cli-'));
  const filled = fixture('clean-filled.docx');
  const bomb = deflateBomb(`<?xml version="1.0"?>\n<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`, 0x20, 200);
  Object.assign(files, {
    'platte-tekst.docx': new TextEncoder().encode('Geen Word-document.\n'),
    'leeg.docx': new Uint8Array(0),
    'half.docx': filled.slice(0, filled.length >> 1),
    'versleuteld.docx': cfbFile(),
    'lachen.docx': minimalDocx(billionLaughs()),
    'xxe.docx': minimalDocx(xxe()),
    'liegende-bom.docx': rawZip([{ name: 'word/document.xml', stored: bomb.stored, method: 8, declaredSize: 4096, crc: 0 }]),
    'geen-document.docx': rawZip([deflatedEntry('[Content_Types].xml', '<Types/>')]),
    'brief.docx': fixture('unusable-letter.docx'),
    'schoon.docx': filled,
    '48uur.docx': fixture('alt-number-art-5.1-48uur.docx'),
  });
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function run(entry: CliEntry, args: string[]): { status: number | null; stdout: string; stderr: string } {
  return runCliProcess(entry, args, dir);
}

describe.each(entries)('vo-assistent check, $name', (entry) => {
  const unusable = ['platte-tekst.docx', 'leeg.docx', 'half.docx', 'versleuteld.docx', 'lachen.docx', 'xxe.docx', 'liegende-bom.docx', 'geen-document.docx', 'brief.docx', 'bestaat-niet.docx'];

  it.each(unusable)('%s: exit 2, one line on stderr', (name) => {
    for (const args of [['check', name], ['check', name, '--json']]) {
      const r = run(entry, args);
      expect(r.status).toBe(2);
      expectOneLineReason(r.stderr);
      expect(r.stderr).not.toMatch(/onverwachte fout/i);
      expect(r.stderr).not.toContain('root:');
      // --json answers every input: an unusable file with its reason (test/cli/batch.test.ts has folders).
      if (args.includes('--json')) expect(JSON.parse(r.stdout)).toEqual({ file: name, unusable: expect.any(String) });
      else expect(r.stdout.trim()).toBe('');
    }
  });

  it('exit 0 with one JSON object for the filled agreement, exit 1 for 48 uur', () => {
    const clean = run(entry, ['check', 'schoon.docx', '--json']);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    expect(clean.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(clean.stdout)).toMatchObject({ file: 'schoon.docx', template: { version: '2.5.3' } });
    const altered = run(entry, ['check', '48uur.docx', '--json']);
    expect(altered.status).toBe(1);
    const report = JSON.parse(altered.stdout) as { findings: { severity: string; clause: string | null }[] };
    expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.clause)).toContain('art-5.1');
  });
});
