// Filling real documents from every producer: the output reads back, checks clean, scans with every
// value, fills again to the same bytes, keeps unchanged parts byte for byte, and opens in LibreOffice.
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { answerProblemText } from '../../src/core/answer-text';
import { normalizeValue } from '../../src/core/answers';
import { checkSnapshot } from '../../src/core/check';
import { planFill } from '../../src/core/fill-plan';
import { scanSnapshot } from '../../src/core/scan';
import { allParagraphs, visibleText } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { COMPLETE_ANSWERS } from './answers-fixture';
import { BASES, generatedAgreement, hasLibreOffice, readFixture, unzipParts, wordStyleSplit } from './helpers';
import { STD } from '../helpers/standard';

const producers: [string, () => Uint8Array][] = [
  ...BASES.map((name): [string, () => Uint8Array] => [name, () => readFixture(name)]),
  ['eigen: Word-achtig gesplitste runs', () => wordStyleSplit(readFixture('template-lo.docx'))],
  ['eigen: hele overeenkomst gegenereerd', generatedAgreement],
];

function fill(input: Uint8Array, answers: unknown): Uint8Array {
  const result = planFill(readDocx(input), answers, STD);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return applyPlanToDocx(input, result.plan);
}

describe.each(producers)('invullen van %s', (_name, make) => {
  const input = make();
  const output = fill(input, COMPLETE_ANSWERS);
  const snapshot = readDocx(output);

  test('de uitvoer leest terug en check meldt geen fout of waarschuwing', () => {
    const report = checkSnapshot(snapshot, STD);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.placeholders.unfilled.map((p) => p.text)).not.toContain('<Bedrijf>');
  });

  test('scan geeft elke ingevulde waarde terug, de tabellen en Bijlage 3', () => {
    const scan = scanSnapshot(snapshot, STD);
    for (const [id, value] of Object.entries(COMPLETE_ANSWERS.slots ?? {})) {
      expect({ id, value: scan.slots.find((s) => s.id === id)?.value }).toEqual({ id, value: normalizeValue(id, value, STD) });
    }
    for (const [id, rows] of Object.entries(COMPLETE_ANSWERS.tables ?? {})) {
      expect(scan.tables.find((t) => t.id === id)?.rows).toEqual(rows);
    }
    expect(scan.bijlage3).toBe(true);
    expect(scan.bijlage2Options.filter((o) => !o.present).map((o) => o.id).sort()).toEqual(['gedragscode', 'norm-anders', 'norm-overheid']);
  });

  test('elke plaats van een veld is ingevuld (de gemeente staat er drie keer)', () => {
    const text = [...allParagraphs(snapshot)].map(visibleText).join('\n');
    expect(text).not.toMatch(/Haarlem|<Bedrijf>|<persoonsnaam>|<\.\.\.\.\.>/);
    expect(text.match(/Utrecht/g)?.length).toBeGreaterThanOrEqual(3);
  });

  test('nog eens invullen met dezelfde antwoorden verandert niets', () => {
    const again = planFill(snapshot, COMPLETE_ANSWERS, STD);
    expect(again.ok && again.plan.edits).toEqual([]);
    expect(Buffer.from(fill(output, COMPLETE_ANSWERS)).equals(Buffer.from(output))).toBe(true);
  });

  test('onderdelen die niet hoefden te veranderen zijn byte voor byte gelijk', () => {
    const before = unzipParts(input);
    const after = unzipParts(output);
    const touched = new Set(['word/document.xml', '[Content_Types].xml', 'word/_rels/document.xml.rels']);
    for (const [path, bytes] of Object.entries(before)) {
      if (touched.has(path)) continue;
      expect({ path, same: Buffer.from(after[path] ?? new Uint8Array()).equals(Buffer.from(bytes)) }).toEqual({ path, same: true });
    }
    expect(Object.keys(after).filter((p) => !(p in before)).every((p) => p.startsWith('customXml/'))).toBe(true);
  });
});

describe('Bijlage 3 en Bijlage 2', () => {
  test.each(BASES)('Bijlage 3 eruit en weer erin (%s): check blijft schoon', (name) => {
    const without = fill(readFixture(name), { bijlage3: false });
    const report = checkSnapshot(readDocx(without), STD);
    expect(report.bijlage3).toBe(false);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const text = [...allParagraphs(readDocx(without))].map(visibleText).join('\n');
    expect(text).not.toMatch(/GIBIT|facultatief/);
    const back = readDocx(fill(without, { bijlage3: true }));
    const backReport = checkSnapshot(back, STD);
    expect(backReport.bijlage3).toBe(true);
    expect(backReport.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    // The instruction line is not put back: it is a drafting note, not part of the annex.
    expect([...allParagraphs(back)].map(visibleText).join('\n')).not.toMatch(/facultatief/);
  });

  test('een verwijderde optie terugvragen wordt geweigerd, met de optie genoemd', () => {
    const without = fill(readFixture('template-word.docx'), { bijlage2Options: { 'norm-anders': false } });
    const result = planFill(readDocx(without), { bijlage2Options: { 'norm-anders': true } }, STD);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => answerProblemText(p, 'nl', { ids: true })).join('\n')).toMatch(/norm-anders/);
  });

  test('de subdatum verdwijnt met de gecertificeerde norm', () => {
    const out = readDocx(fill(readFixture('template-pandoc.docx'), { bijlage2Options: { 'norm-certificering': false } }));
    const text = [...allParagraphs(out)].map(visibleText).join('\n');
    expect(text).not.toMatch(/Datum laatste certificering|algemeen erkende norm voor informatiebeveiliging/);
    expect(checkSnapshot(out, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('opnieuw invullen en andermans invulling', () => {
  test('een andere waarde vervangt de vorige in hetzelfde invulveld, zonder nesten', () => {
    const first = fill(readFixture('template-word.docx'), COMPLETE_ANSWERS);
    const second = fill(first, { slots: { 'verwerker.naam': 'Nieuwe Naam B.V.', 'ondertekening.verwerker.organisatie': 'Nieuwe Naam B.V.' } });
    const scan = scanSnapshot(readDocx(second), STD);
    expect(scan.slots.find((s) => s.id === 'verwerker.naam')?.value).toBe('Nieuwe Naam B.V.');
    const xml = Buffer.from(unzipParts(second)['word/document.xml'] ?? new Uint8Array()).toString('utf8');
    expect(xml.split('w:val="verwerker.naam"').length - 1).toBe(1);
    expect(xml).not.toContain('Zaakwijs');
  });

  test('een document dat een ander hulpmiddel met content controls invulde, laat zich bijwerken', () => {
    const input = readFixture('cases/clean-lo-content-controls.docx');
    const out = readDocx(fill(input, { slots: { 'verwerker.kvk': '87654321', 'hoofdovereenkomst.datum': '2026-05-04' } }));
    const scan = scanSnapshot(out, STD);
    expect(scan.slots.find((s) => s.id === 'verwerker.kvk')?.value).toBe('87654321');
    expect(scan.slots.find((s) => s.id === 'hoofdovereenkomst.datum')?.value).toBe('4 mei 2026');
    expect(scan.slots.find((s) => s.id === 'verwerker.naam')?.value).toBe('Zaakwijs B.V.');
    expect(checkSnapshot(out, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  test('de opmaak van de plaatshouder blijft: een vetgedrukte kop houdt zijn vet', () => {
    const xml = Buffer.from(unzipParts(fill(generatedAgreement(), COMPLETE_ANSWERS))['word/document.xml'] ?? new Uint8Array()).toString('utf8');
    // "Gemeente Haarlem" is bold in the standard: the municipality's name in it is bold too.
    expect(xml).toMatch(/<w:tag w:val="gemeente\.naam"\/>(?:(?!<\/w:sdt>).)*<w:b\/>(?:(?!<\/w:sdt>).)*Utrecht/);
  });
});

const libreoffice = hasLibreOffice();
(libreoffice ? describe : describe.skip)('LibreOffice opent de uitvoer', () => {
  test.each(BASES)('%s ingevuld → pdf met de ingevulde waarden', (name) => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-fill-lo-'));
    try {
      const docx = join(dir, `ingevuld-${name}`);
      writeFileSync(docx, fill(readFixture(name), COMPLETE_ANSWERS));
      // A profile of its own, so a LibreOffice running elsewhere on the machine does not interfere.
      execFileSync(libreoffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 170_000 });
      const pdf = docx.replace(/\.docx$/, '.pdf');
      expect(existsSync(pdf)).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      try {
        const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' });
        expect(text).toContain('Zaakwijs B.V.');
        expect(text).toContain('12345678');
        // Text of the appended table row and of a contact cell (short words: narrow columns break
        // long ones, and pdftotext interleaves the columns of a table row).
        expect(text).toContain('Support');
        expect(text).toContain('Claassen');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);

  // A supplier who opens the filled agreement in LibreOffice and saves it changes nothing that counts.
  test('opnieuw opgeslagen door LibreOffice: scan geeft dezelfde waarden, check blijft schoon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vo-fill-resave-'));
    try {
      const filled = BASES.map((name) => {
        const path = join(dir, name);
        writeFileSync(path, fill(readFixture(name), COMPLETE_ANSWERS));
        return path;
      });
      execFileSync(libreoffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'opgeslagen'), ...filled], { stdio: 'ignore', timeout: 170_000 });
      for (const path of filled) {
        const before = readDocx(new Uint8Array(readFileSync(path)));
        const after = readDocx(new Uint8Array(readFileSync(join(dir, 'opgeslagen', path.slice(dir.length + 1)))));
        expect(checkSnapshot(after, STD).findings.filter((f) => f.severity === 'error')).toEqual([]);
        const scanned = scanSnapshot(after, STD);
        expect(scanned.slots).toEqual(scanSnapshot(before, STD).slots);
        expect(scanned.tables).toEqual(scanSnapshot(before, STD).tables);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
