// A short run of the fuzzer (scripts/fuzz.ts; `npm run fuzz` runs 10,000 inputs; a share through
// the real CLI process, which is the build when `npm run build:cli` made one), plus checks that its
// judge really rejects what the contracts forbid.
import { DEFAULT_SEED, type FuzzInput, type FuzzOutcome, fuzz, judge, loadCorpus, makeInput } from '../../scripts/fuzz';

jest.setTimeout(120_000);

const input = (args: string[]): FuzzInput => ({ index: 0, seedName: 't', mutation: 't', bytes: new Uint8Array(0), args, others: {} });
const outcome = (o: Partial<FuzzOutcome>): FuzzOutcome => ({ status: 0, out: '', err: '', threw: null, ms: 1, written: [], intact: true, peakMiB: null, ...o });
const report = (findings: object[]): string => `${JSON.stringify({
  file: 'input.docx', template: { id: 'vng-verwerkersovereenkomst-gemeenten', version: '2.5.3' }, findings, placeholders: { total: 31, unfilled: [] },
})}\n`;
const error = { severity: 'error', kind: 'altered', clause: 'art-5.1', message: 'Artikel 5.1 wijkt af' };

describe('the fuzzer', () => {
  it('makes the same input from the same seed and index, and different ones otherwise', () => {
    const corpus = loadCorpus();
    const a = makeInput(DEFAULT_SEED, 7, corpus);
    const b = makeInput(DEFAULT_SEED, 7, corpus);
    const c = makeInput(DEFAULT_SEED, 8, corpus);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    expect(a.mutation).toBe(b.mutation);
    expect(Buffer.from(a.bytes).equals(Buffer.from(c.bytes)) && a.mutation === c.mutation).toBe(false);
  });

  it('judges outcomes by the contract', () => {
    const json = input(['check', 'input.docx', '--json']);
    expect(judge(json, outcome({ status: 1, out: report([error]) }))).toEqual({ ok: true, internal: false });
    expect(judge(json, outcome({ status: 0, out: report([]) }))).toEqual({ ok: true, internal: false });
    expect(judge(json, outcome({ status: 2, err: 'input.docx: Dit is geen .docx-bestand.\n', out: '{"file":"input.docx","unusable":"Dit is geen .docx-bestand."}\n' }))).toEqual({ ok: true, internal: false });
    expect(judge(json, outcome({ status: 2, err: 'input.docx: Dit is geen .docx-bestand.\n' }))).toEqual({ ok: true, internal: false });
    expect(judge(json, outcome({ status: 2, err: 'input.docx: Onverwachte fout: de invoer kon niet worden verwerkt.\n' }))).toEqual({ ok: true, internal: true });
    const bad: Partial<FuzzOutcome>[] = [
      { status: 3 },
      { status: null, threw: 'TypeError: x is undefined' },
      { status: 0, out: report([error]) },
      { status: 1, out: report([]) },
      { status: 0, out: '{"file": "input.docx"\n' },
      { status: 0, out: report([]) + report([]) },
      { status: 0, out: report([{ ...error, severity: 'fatal' }]) },
      { status: 0, out: report([{ ...error, kind: 'changed' }]) },
      { status: 2, err: '' },
      { status: 2, err: 'regel een\nregel twee\n' },
      { status: 2, err: 'TypeError: Cannot read properties of undefined\n    at readBody (src/docx/body.ts:10:5)\n' },
      { status: 0, out: report([]), err: 'waarschuwing\n' },
    ];
    for (const o of bad) expect(judge(json, outcome(o)).ok).toBe(false);
    expect(judge(input(['check', 'input.docx']), outcome({ status: 0, out: '' })).ok).toBe(false);
  });

  it('judges fill and scan: nothing written on exit 2, never over the input or the answers file, inputs intact', () => {
    const fill = (output: string): FuzzInput => input(['fill', 'input.docx', '--answers', 'answers.json', '-o', output]);
    const wrote = (path: string): Partial<FuzzOutcome> => ({ status: 0, out: `Ingevuld: …\nGeschreven: ${path}\n`, written: [path] });
    expect(judge(fill('out.docx'), outcome(wrote('out.docx')))).toEqual({ ok: true, internal: false });
    expect(judge(fill('input.docx'), outcome({ status: 2, err: 'Het uitvoerbestand is het invoerbestand.\n' }))).toEqual({ ok: true, internal: false });
    expect(judge(fill('./input.docx'), outcome(wrote('./input.docx'))).ok).toBe(false);
    expect(judge(fill('answers.json'), outcome(wrote('answers.json'))).ok).toBe(false);
    expect(judge(fill('out.docx'), outcome({ status: 2, err: 'kapot\n', written: ['out.docx'] })).ok).toBe(false);
    expect(judge(fill('out.docx'), outcome({ ...wrote('out.docx'), intact: false })).ok).toBe(false);
    expect(judge(fill('out.docx'), outcome({ status: 2, err: '' })).ok).toBe(false);
    const scan = input(['scan', 'input.docx', '--json']);
    expect(judge(scan, outcome({ status: 0, out: '{"slots":[],"tables":[]}\n' }))).toEqual({ ok: true, internal: false });
    expect(judge(scan, outcome({ status: 0, out: '{"slots":[],"tables":[]}\n', written: ['input.docx'] })).ok).toBe(false);
    expect(judge(scan, outcome({ status: 1, out: '' })).ok).toBe(false);
  });

  it('finds no contract violation, internal error or hang in 300 mutated fixtures', async () => {
    const summary = await fuzz({ count: 300, seed: DEFAULT_SEED, timeLimitMs: 10_000, workers: 2, outDir: null, log: () => undefined });
    const describe = (f: { index: number; seedName: string; mutation: string; reason: string }): string => `#${f.index} ${f.seedName} [${f.mutation}]: ${f.reason}`;
    expect(summary.failures.map(describe)).toEqual([]);
    expect(summary.internal.map(describe)).toEqual([]);
    expect(summary.exits['0'] + summary.exits['1'] + summary.exits['2']).toBe(300);
    // The mutations reach every outcome: clean, altered and unusable documents.
    expect(summary.exits['0']).toBeGreaterThan(0);
    expect(summary.exits['1']).toBeGreaterThan(0);
    expect(summary.exits['2']).toBeGreaterThan(0);
    // Every command, and a share through the real CLI process, with its peak memory.
    expect(Object.keys(summary.commands).sort()).toEqual(['check', 'fill', 'scan']);
    expect(summary.processRuns).toBeGreaterThan(0);
    expect(summary.highestMemory?.peakMiB).toBeGreaterThan(0);
  });
});
