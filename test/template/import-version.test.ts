// `vo-assistent standaard importeer`: a version folder from the tagged text, without programming.
import { readFileSync } from 'fs';
import { join } from 'path';
import { runCli } from '../../src/cli/main';
import { checkSnapshot } from '../../src/core/check';
import { blocksForWholeAgreement } from '../../src/core/generate';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { importVersion } from '../../src/template/import-version';
import { VERSION as VNG_2_5_3 } from '../../src/template/vng-2.5.3';
import { VERSION as TEST_VERSION } from '../fixtures/standards/vng-2.9-test';
import { emptyDocx } from '../fill/helpers';
import { memoryIO } from '../helpers/memory-io';

const FOLDER = join(__dirname, '..', '..', 'src', 'template', 'vng-2.5.3');
const SOURCE = join(FOLDER, 'source', 'canonical-reference.md');

describe('vo-assistent standaard importeer', () => {
  it('reproduces the 2.5.3 folder of the repository byte for byte from its source', async () => {
    const io = memoryIO();
    expect(await runCli(['standaard', 'importeer', SOURCE, '--uit', 'uit/vng-2.5.3'], io, {})).toBe(0);
    const written = Object.keys(io.written).sort();
    expect(written).toEqual(['uit/vng-2.5.3/index.ts', 'uit/vng-2.5.3/slots.ts', 'uit/vng-2.5.3/source/canonical-reference.md', 'uit/vng-2.5.3/standard-text.ts']);
    for (const path of written) {
      const file = path.slice('uit/vng-2.5.3/'.length);
      expect([file, Buffer.from(io.written[path]!).toString('utf8')]).toEqual([file, readFileSync(join(FOLDER, file), 'utf8')]);
    }
    expect(io.out).toBe([
      'Map uit/vng-2.5.3 gemaakt: versie 2.5.3 (25-12-2025), 56 clausules.',
      '35 velden overgenomen van versie 2.5.3.',
      "Nog te doen: zet LICENSE.md in de map, en neem de versie op met één regel in src/template/registry.ts (import { VERSION as … } from './vng-2.5.3').",
      '',
    ].join('\n'));
  });

  it('gives the test-only version a folder that checks a document made from it', () => {
    const imported = importVersion(TEST_VERSION.text, 'vng-2.9.md', VNG_2_5_3);
    expect(imported.folder).toBe('vng-2.9');
    expect([imported.added, imported.dropped]).toEqual([[], []]);
    const doc = applyPlanToDocx(emptyDocx(), { edits: [{ op: 'insert-blocks', after: 'end', blocks: blocksForWholeAgreement(imported.standard) }], summary: [] });
    const report = checkSnapshot(readDocx(doc), imported.standard);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(imported.standard.clauseIds).toContain('art-4.8');
  });

  it('labels a new placeholder after itself and reports a field whose words went', () => {
    const text = VNG_2_5_3.text
      .replace('<Bedrijf>, gevestigd te', 'De leverancier, gevestigd te')
      .replace('maar uiterlijk binnen 24 uur,', 'maar uiterlijk binnen <termijn>,');
    const imported = importVersion(text, 'nieuw.md', VNG_2_5_3);
    expect(imported.dropped).toEqual(['verwerker.naam']);
    expect(imported.added).toEqual([{
      id: 'art-5.1.termijn', label: 'Termijn', labelEn: 'Termijn', group: 'Hoofdovereenkomst', kind: 'text', required: false,
      places: [{ clause: 'art-5.1', literal: '<termijn>', nth: 1 }],
    }]);
    expect(imported.standard.slots.map((s) => s.id)).toContain('art-5.1.termijn');
  });

  it('refuses a file that is not the tagged text, in the chosen language', async () => {
    const io = memoryIO({ 'los.md': new TextEncoder().encode('# Zomaar een tekst\n\nZonder versieregel.\n') });
    expect(await runCli(['--lang', 'en', 'standaard', 'importeer', 'los.md'], io, {})).toBe(2);
    expect(io.err).toMatch(/^los\.md: not a text of the standard in the format of docs\/standard-format\.md: /);
    expect(io.written).toEqual({});
  });
});
