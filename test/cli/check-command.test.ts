import { join } from 'path';
import { runCheck } from '../../src/cli/check-command';
import { memoryIO } from '../helpers/memory-io';
import { EXTERNAL_FIXTURES } from '../helpers/paths';

const cases = (name: string): string => join(EXTERNAL_FIXTURES, 'cases', name);

describe('vo-assistent check', () => {
  it('exits 0 for a clean document and prints a Dutch report', async () => {
    const io = memoryIO();
    expect(await runCheck([cases('lo-filled.docx')], io)).toBe(0);
    expect(io.out).toMatch(/lo-filled\.docx: geen afwijkingen van de standaardtekst/);
    expect(io.err).toBe('');
  });

  it('exits 1 and reports the clause, old and new words, in the contract JSON', async () => {
    const io = memoryIO();
    expect(await runCheck([cases('lo-48uur.docx'), '--json'], io)).toBe(1);
    const report = JSON.parse(io.out);
    expect(report.file).toBe('lo-48uur.docx');
    expect(report.template).toEqual({ id: 'vng-verwerkersovereenkomst-gemeenten', version: '2.5.3' });
    const errors = report.findings.filter((f: { severity: string }) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ kind: 'altered', clause: 'art-5.1', message: 'Artikel 5.1 wijkt af van de standaardtekst' });
    expect(errors[0].expected).toContain('binnen 24 uur');
    expect(errors[0].actual).toContain('binnen 48 uur');
    expect(report.placeholders.total).toBeGreaterThan(20);
  });

  it('prints one JSON object per file per line, with the highest status', async () => {
    const io = memoryIO();
    const status = await runCheck([cases('lo-filled.docx'), cases('lo-48uur.docx'), cases('not-a-zip.docx'), '--json'], io);
    expect(status).toBe(2);
    const lines = io.out.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((l: { file: string }) => l.file)).toEqual(['lo-filled.docx', 'lo-48uur.docx', 'not-a-zip.docx']);
    expect(lines[2]).toEqual({ file: 'not-a-zip.docx', unusable: expect.stringMatching(/geen \.docx/) });
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });

  it.each([
    ['not-a-zip.docx', /geen \.docx/],
    ['legacy-doc-renamed.docx', /oud Word-bestand/],
    ['unusable-zip-bomb.docx', /zip-bom/],
    ['unusable-billion-laughs.docx', /DTD/],
  ])('exits 2 for %s with one Dutch line on stderr', async (name, reason) => {
    const io = memoryIO();
    expect(await runCheck([cases(name)], io)).toBe(2);
    expect(io.out).toBe('');
    expect(io.err).toMatch(reason);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('exits 2 for a missing file and for unknown options', async () => {
    const missing = memoryIO();
    expect(await runCheck(['bestaat-niet.docx'], missing)).toBe(2);
    expect(missing.err).toMatch(/kan niet worden gelezen/);
    const option = memoryIO();
    expect(await runCheck([cases('lo-filled.docx'), '--xml'], option)).toBe(2);
    expect(option.err).toMatch(/Onbekende optie/);
  });
});
