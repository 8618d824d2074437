// Batch review on the command line: every input answered in order (also an unusable one), folders,
// --help, a closing summary, English, and deviations the pane's stored review accepted.
import { mkdtempSync, mkdirSync, copyFileSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../../src/cli/main';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { type Decision, findingKey, reviewToStore } from '../../src/core/stored-review';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { memoryIO } from '../helpers/memory-io';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { readFileSync } from 'fs';
import { STD } from '../helpers/standard';

const cases = (name: string): string => join(EXTERNAL_FIXTURES, 'cases', name);
const DUTCH = ['Gebruik', 'bestand', 'afwijking', 'standaardtekst', 'wijkt af', 'nog niet ingevuld', 'invulveld', 'niet te controleren',
  'Geweigerd', 'Dit is geen', 'Nog in te vullen', 'geen afwijkingen', 'LET OP', 'AFWIJKING', 'Onbekend', 'Artikel', 'motivering', 'van de'];
const NL = { LANG: 'C.UTF-8' };

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vo-batch-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    copyFileSync(cases(source), join(dir, name));
  }
  return dir;
}

/** lo-48uur.docx with a review stored as the pane stores it: art. 5.1 accepted with a motivation. */
function acceptedCopy(transform: (d: ReturnType<typeof reviewToStore>) => unknown = (d) => d): string {
  const bytes = new Uint8Array(readFileSync(cases('lo-48uur.docx')));
  const report = checkSnapshot(readDocx(bytes), STD);
  const art51 = report.findings.find((f) => f.clause === 'art-5.1' && f.severity === 'error') as Finding;
  const decisions: Record<string, Decision> = { [findingKey(art51)]: { status: 'accepted', motivation: 'Compensatie in de SLA.' } };
  const json = JSON.stringify(transform(reviewToStore(report.findings, decisions, 'M. Jansen')));
  const dir = mkdtempSync(join(tmpdir(), 'vo-accepted-'));
  const path = join(dir, 'geaccepteerd.docx');
  writeFileSync(path, applyPlanToDocx(bytes, { edits: [{ op: 'store-review', json }], summary: [] }));
  return path;
}

describe('vo-assistent check on many files', () => {
  test('one JSON line per input, in order, an unusable file included, and the highest status', async () => {
    const io = memoryIO();
    const inputs = ['lo-48uur.docx', 'not-a-zip.docx', 'lo-filled.docx', 'legacy-doc-renamed.docx', 'bestaat-niet.docx'];
    const status = await runCli(['check', ...inputs.map(cases), '--json'], io, NL);
    expect(status).toBe(2);
    const lines = io.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; unusable?: string; findings?: unknown[] });
    expect(lines.map((l) => l.file)).toEqual(inputs);
    expect(lines[1]!.unusable).toMatch(/geen \.docx/);
    expect(lines[3]!.unusable).toMatch(/oud Word-bestand/);
    expect(lines[4]!.unusable).toMatch(/kan niet worden gelezen/);
    expect(lines[0]!.findings).toBeDefined();
    expect(lines[0]!.unusable).toBeUndefined();
  });

  test('a folder is every .docx below it, recursively and sorted, and a symbolic-link loop ends', async () => {
    const dir = folderWith({ 'b.docx': 'lo-filled.docx', 'a/z.docx': 'lo-48uur.docx', 'a/y.docx': 'not-a-zip.docx', 'notes.txt': 'lo-filled.docx' });
    symlinkSync(dir, join(dir, 'a', 'lus'));
    const io = memoryIO();
    expect(await runCli(['check', dir, '--json'], io, NL)).toBe(2);
    const base = dir.split('/').pop() as string;
    expect(io.out.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([
      join(base, 'a/y.docx'), join(base, 'a/z.docx'), join(base, 'b.docx'),
    ]);
  });

  test('the text report ends with a summary, grammatical for one file and for many', async () => {
    const many = memoryIO();
    await runCli(['check', cases('lo-filled.docx'), cases('lo-48uur.docx'), cases('pandoc-multi.docx'), cases('not-a-zip.docx')], many, NL);
    expect(many.out.trim().split('\n').pop()).toBe('4 bestanden: 1 zonder afwijkingen, 2 met afwijkingen, 1 niet te controleren');
    const one = memoryIO();
    await runCli(['check', folderWith({ 'enige.docx': 'lo-filled.docx' })], one, NL);
    expect(one.out.trim().split('\n').pop()).toBe('1 bestand: 1 zonder afwijkingen, 0 met afwijkingen, 0 niet te controleren');
  });

  test('--help explains the command, in Dutch, and in English with --lang en', async () => {
    const nl = memoryIO();
    expect(await runCli(['check', '--help'], nl, NL)).toBe(0);
    expect(nl.out).toMatch(/^Gebruik:/);
    expect(nl.out).toMatch(/--accepted-ok/);
    expect(nl.err).toBe('');
    const en = memoryIO();
    expect(await runCli(['--help', '--lang', 'en'], en, NL)).toBe(0);
    expect(en.out).toMatch(/^Usage:/);
    expect(await runCli(['check', '--help'], memoryIO(), NL)).toBe(0);
  });

  test.each([
    ['--lang en', ['--lang', 'en'], NL],
    ['LANG=en_GB.UTF-8', [], { LANG: 'en_GB.UTF-8' }],
    ['LC_ALL=en_US.UTF-8 over LANG=nl_NL', [], { LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' }],
  ])('in English (%s) a clean, an altered and an unusable file say nothing in Dutch', async (_, flags, env) => {
    const io = memoryIO();
    const status = await runCli(['check', cases('lo-filled.docx'), cases('lo-48uur.docx'), cases('not-a-zip.docx'), ...flags], io, env);
    expect(status).toBe(2);
    const shown = `${io.out}\n${io.err}`;
    expect(shown).toMatch(/Article 5\.1 differs from the standard text/);
    expect(shown).toMatch(/3 files: 1 without deviations, 1 with deviations, 1 could not be checked/);
    expect(shown).toMatch(/not a \.docx file/);
    for (const word of DUTCH) expect(shown).not.toContain(word);
  });

  test('a deviation the stored review accepted is shown as accepted, with motivation and reviewer, and still counts unless --accepted-ok', async () => {
    const path = acceptedCopy();
    const text = memoryIO();
    expect(await runCli(['check', path], text, NL)).toBe(1);
    expect(text.out).toMatch(/1 afwijking van de standaardtekst, 1 daarvan geaccepteerd/);
    expect(text.out).toMatch(/AFWIJKING, GEACCEPTEERD: Artikel 5\.1 wijkt af van de standaardtekst\n {4}motivering: Compensatie in de SLA\. \(M\. Jansen\)/);
    const json = memoryIO();
    expect(await runCli(['check', path, '--json', '--accepted-ok'], json, NL)).toBe(0);
    const finding = (JSON.parse(json.out) as { findings: { clause: string; accepted?: unknown }[] }).findings.find((f) => f.clause === 'art-5.1');
    expect(finding?.accepted).toEqual({ motivation: 'Compensatie in de SLA.', reviewer: 'M. Jansen' });
  });

  test('an acceptance of other words does not carry over, nor one stored without its words', async () => {
    const otherWords = acceptedCopy((r) => ({ ...r, decisions: r.decisions.map((d) => ({ ...d, words: d.words?.replace('48', '72') })) }));
    const withoutWords = acceptedCopy((r) => ({ ...r, decisions: r.decisions.map(({ words: _words, ...d }) => d) }));
    for (const path of [otherWords, withoutWords]) {
      const io = memoryIO();
      expect(await runCli(['check', path, '--accepted-ok'], io, NL)).toBe(1);
      expect(io.out).not.toMatch(/GEACCEPTEERD/);
      expect(io.out).toMatch(/1 opgeslagen beslissing geldt niet meer/);
    }
  });
});
