// Benchmark of `check` on a 300-page document (`npm run bench`, or `tsx scripts/bench/check.ts
// [--verify-pages]` alone).
//
// The document: the filled agreement made by LibreOffice with a header and a page-number footer
// (test/fixtures/clean-story-header-municipality.docx, 9 pages when LibreOffice prints it) followed by paragraphs of unrelated Dutch-looking text, made by
// duplicating a body paragraph of that fixture (its w:pPr and w:rPr kept) with other words.
// Page estimate: ~500 words a page (3,000 words per 6 pages of 10-11 pt text, ~45 lines of ~11
// words), so 291 extra pages = 145,500 words in paragraphs of ~90 words. `--verify-pages` prints
// the document with LibreOffice and counts the PDF's pages instead of trusting the estimate (the
// added text is set in 12 pt; LibreOffice 7 printed it on 320 A4 pages when this was written).
//
// Measured from one run of each, after a warm-up, median of several iterations:
// - check: readDocx (unzip, parse every part, build the snapshot) + checkSnapshot;
// - floor: unzipping with fflate the parts the check reads (the main document, styles, numbering,
//   comments, headers, footers, notes, settings, imported parts, custom XML, relationships and
//   content types: what openDocx inflates) and parsing each whole with src/docx/xml.ts;
// - peer:  mammoth.extractRawText on the same bytes.
// Target: check <= 2x floor, and faster than mammoth.
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import { openDocx, readDocx } from '../../src/docx/package';
import { parseXml } from '../../src/docx/xml';
import { mulberry32 } from '../fuzz';
import { newestStandard } from '../../src/template/registry';

/** The standard the command line checks a 2.5.3 document against. */
const STD = newestStandard();

export interface BenchRow {
  readonly name: string;
  readonly ms: number;
  readonly note?: string;
}

const REPO = resolve(__dirname, '..', '..');
const BASE_FIXTURE = join(REPO, 'test', 'fixtures', 'clean-story-header-municipality.docx');
export const WORDS_PER_PAGE = 500;
export const BASE_PAGES = 9;
export const TARGET_PAGES = 300;
const WORDS_PER_PARAGRAPH = 90;

const WORDS = ('de het een en van in op te voor met bij aan door over naar uit als dat die dit wordt worden zijn is was heeft hebben kan '
  + 'gemeente wijk bewoners straat plein park school bibliotheek fiets parkeren vergunning aanvraag besluit raad wethouder '
  + 'college buurt gebouw onderhoud groen water dijk brug markt zomer winter jaar maand week dag ochtend avond plan '
  + 'begroting subsidie vereniging sport cultuur muziek theater museum haven station bus trein route verkeer veilig '
  + 'nieuw oud groot klein mooi druk rustig belangrijk eerste laatste volgende vorige samen altijd soms vaak nog al '
  + 'ontwikkeling onderzoek resultaat overleg afspraak uitnodiging bijeenkomst informatie toelichting bijlage kaart tekening').split(' ');

function sentence(rng: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i += 1) out.push(WORDS[Math.floor(rng() * WORDS.length)] ?? 'de');
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The 300-page document and how its size was estimated. */
export function buildLargeDocument(pages = TARGET_PAGES): { bytes: Uint8Array; paragraphs: number; words: number; estimate: string } {
  const parts = unzipSync(new Uint8Array(readFileSync(BASE_FIXTURE)));
  const docBytes = parts['word/document.xml'];
  if (!docBytes) throw new Error('no word/document.xml in the base fixture');
  const xml = strFromU8(docBytes);
  // A body paragraph of the fixture (the first "Body Text" paragraph) is the model for every
  // added paragraph: same properties, one run with new text.
  const model = /<w:p>(<w:pPr><w:pStyle w:val="BodyText"\/>.*?<\/w:pPr>)<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t[ >]/s.exec(xml);
  if (!model) throw new Error('no Body Text paragraph in the base fixture');
  const pPr = model[1] ?? '';
  // The added text is set in 12 pt, where ~500 words fill a page; the agreement keeps its 10 pt.
  const rPr = (model[2] ?? '<w:rPr></w:rPr>').replace('</w:rPr>', '<w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr>');
  const extraWords = (pages - BASE_PAGES) * WORDS_PER_PAGE;
  const count = Math.ceil(extraWords / WORDS_PER_PARAGRAPH);
  const rng = mulberry32(300);
  const added: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const text = [sentence(rng, 14), sentence(rng, 22), sentence(rng, 18), sentence(rng, 20), sentence(rng, 16)].join(' ');
    added.push(`<w:p>${pPr}<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`);
  }
  const at = xml.lastIndexOf('<w:sectPr');
  const bodyEnd = at >= 0 ? at : xml.lastIndexOf('</w:body>');
  const out = xml.slice(0, bodyEnd) + added.join('') + xml.slice(bodyEnd);
  const bytes = zipSync({ ...parts, 'word/document.xml': strToU8(out) }, { level: 6 });
  return {
    bytes,
    paragraphs: count,
    words: count * WORDS_PER_PARAGRAPH,
    estimate: `${BASE_PAGES} pages of agreement (LibreOffice's print of the fixture) + ${count} paragraphs x ${WORDS_PER_PARAGRAPH} words `
      + `= ${count * WORDS_PER_PARAGRAPH} words at ${WORDS_PER_PAGE} words/page (~45 lines of ~11 words) = ~${BASE_PAGES + Math.round((count * WORDS_PER_PARAGRAPH) / WORDS_PER_PAGE)} pages`,
  };
}

/** Counts pages by letting LibreOffice print the document (slow; for checking the estimate). */
export function pagesByLibreOffice(bytes: Uint8Array): number | null {
  const dir = mkdtempSync(join(tmpdir(), 'vo-bench-'));
  try {
    writeFileSync(join(dir, 'groot.docx'), bytes);
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'groot.docx')], { stdio: 'ignore', timeout: 300_000 });
    const info = execFileSync('pdfinfo', [join(dir, 'groot.pdf')], { encoding: 'utf8' });
    const m = /Pages:\s+(\d+)/.exec(info);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] ?? 0 : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

async function timeIt(fn: () => unknown | Promise<unknown>, warmup: number, iterations: number): Promise<number> {
  for (let i = 0; i < warmup; i += 1) await fn();
  const times: number[] = [];
  for (let i = 0; i < iterations; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface CheckBenchResult {
  readonly coldMs: number;
  readonly checkMs: number;
  readonly floorMs: number;
  readonly mammothMs: number;
  readonly readDocxMs: number;
  readonly checkSnapshotMs: number;
  readonly bytes: number;
  readonly paragraphs: number;
  readonly estimate: string;
  readonly findings: number;
  /** The parts the check (and the floor) reads. */
  readonly parts: string;
}

export async function measureCheck(options: { warmup?: number; iterations?: number } = {}): Promise<CheckBenchResult> {
  // Enough warm-up for V8 to optimise every contender, and enough rounds for a stable median on a
  // shared machine; the first, cold check is reported too (what a single CLI run pays).
  const warmup = options.warmup ?? 10;
  const iterations = options.iterations ?? 21;
  const doc = buildLargeDocument();
  const bytes = doc.bytes;
  let findings = 0;
  const check = (): void => {
    const report = checkSnapshot(readDocx(bytes), STD);
    findings = report.findings.length;
  };
  const snapshot = readDocx(bytes);
  const readOnly = (): void => { readDocx(bytes); };
  const checkOnly = (): void => { checkSnapshot(snapshot, STD); };
  // The parts the check reads, listed once outside the timing.
  const read = new Set(Object.keys(openDocx(bytes).files));
  const floor = (): void => {
    const parts = unzipSync(bytes, { filter: (f) => read.has(f.name) });
    if (!parts['word/document.xml']) throw new Error('no document.xml');
    for (const [name, part] of Object.entries(parts)) if (/\.(?:xml|rels)$/.test(name)) parseXml(strFromU8(part));
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mammoth = require('mammoth') as { extractRawText(input: { buffer: Buffer }): Promise<{ value: string }> };
  const buffer = Buffer.from(bytes);
  const peer = async (): Promise<void> => {
    await mammoth.extractRawText({ buffer });
  };
  // Interleaved rounds so that no contender gets a quieter machine than another.
  const checkTimes: number[] = [];
  const floorTimes: number[] = [];
  const peerTimes: number[] = [];
  const readTimes: number[] = [];
  const checkOnlyTimes: number[] = [];
  const coldMs = await timeIt(check, 0, 1);
  await timeIt(check, warmup, 0);
  await timeIt(floor, warmup, 0);
  await timeIt(peer, warmup, 0);
  for (let i = 0; i < iterations; i += 1) {
    checkTimes.push(await timeIt(check, 0, 1));
    floorTimes.push(await timeIt(floor, 0, 1));
    peerTimes.push(await timeIt(peer, 0, 1));
    readTimes.push(await timeIt(readOnly, 0, 1));
    checkOnlyTimes.push(await timeIt(checkOnly, 0, 1));
  }
  return {
    coldMs, checkMs: median(checkTimes), floorMs: median(floorTimes), mammothMs: median(peerTimes),
    readDocxMs: median(readTimes), checkSnapshotMs: median(checkOnlyTimes),
    bytes: bytes.length, paragraphs: doc.paragraphs, estimate: doc.estimate, findings, parts: [...read].sort().join(', '),
  };
}

/** The rows the bench table prints. */
export async function benchCheck(): Promise<BenchRow[]> {
  const r = await measureCheck();
  const ratio = r.checkMs / r.floorMs;
  const vsPeer = r.checkMs / r.mammothMs;
  const size = `${(r.bytes / 1024).toFixed(0)} KiB .docx, ${r.estimate}`;
  return [
    { name: 'check 300 pages (readDocx + checkSnapshot)', ms: r.checkMs, note: `${r.findings} findings; ${size}` },
    { name: '  the first, cold check of the process', ms: r.coldMs, note: 'before V8 optimised anything (one CLI run)' },
    { name: '  of which readDocx', ms: r.readDocxMs, note: 'measured separately' },
    { name: '  of which checkSnapshot', ms: r.checkSnapshotMs, note: 'measured separately' },
    { name: 'floor: fflate unzip + parseXml of the parts check reads', ms: r.floorMs, note: r.parts },
    { name: 'peer: mammoth.extractRawText', ms: r.mammothMs, note: '' },
    { name: 'ratio check / floor', ms: ratio, note: `${ratio <= 2 ? 'OK' : 'OVER TARGET'}: target <= 2x (value is a ratio, not ms)` },
    { name: 'ratio check / mammoth', ms: vsPeer, note: `${vsPeer < 1 ? 'OK' : 'OVER TARGET'}: target < 1x (value is a ratio, not ms)` },
  ];
}

if (require.main === module) {
  void (async () => {
    if (process.argv.includes('--verify-pages')) {
      const doc = buildLargeDocument();
      console.log(`estimate: ${doc.estimate}`);
      console.log(`LibreOffice prints it on ${pagesByLibreOffice(doc.bytes) ?? '?'} pages`);
    }
    for (const row of await benchCheck()) console.log(`${row.name.padEnd(50)} ${row.ms.toFixed(row.name.startsWith('ratio') ? 2 : 1).padStart(9)}  ${row.note ?? ''}`);
  })();
}
