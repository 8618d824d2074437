// Linearity of `check` on the real command line (`npm run bench`, or `tsx scripts/bench/linearity.ts`):
// the filled agreement with 1,000, 10,000 and 100,000 paragraphs inserted after Artikel 5.1 (each
// an inserted text, so each a finding), checked by a separate CLI process with --json; its wall
// time and peak memory, and the slope per paragraph between the sizes. Linear means the time per
// added paragraph stays the same from 1k to 100k.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { runCliProcess } from '../cli-process';
import type { BenchRow } from './check';

const BASE = resolve(__dirname, '..', '..', 'test', 'fixtures', 'clean-filled.docx');
export const SIZES = [1_000, 10_000, 100_000] as const;

/** The filled agreement with `count` paragraphs after the one that holds "binnen 24 uur" (Artikel 5.1). */
export function withInsertedParagraphs(count: number): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(BASE)));
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const anchor = xml.indexOf('</w:p>', xml.indexOf('binnen 24 uur')) + '</w:p>'.length;
  let added = '';
  for (let i = 0; i < count; i += 1) added += `<w:p><w:r><w:t>Ingevoegde alinea ${i} met een paar woorden die niet in de standaard staan.</w:t></w:r></w:p>`;
  return zipSync({ ...parts, 'word/document.xml': strToU8(xml.slice(0, anchor) + added + xml.slice(anchor)) }, { level: 6 });
}

export interface LinearityPoint { readonly paragraphs: number; readonly ms: number; readonly peakMiB: number | null; readonly findings: number; readonly status: number | null }

export async function measureLinearity(sizes: readonly number[] = SIZES): Promise<LinearityPoint[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vo-linear-'));
  try {
    const points: LinearityPoint[] = [];
    for (const n of sizes) {
      writeFileSync(join(dir, `ingevoegd-${n}.docx`), withInsertedParagraphs(n));
      const r = await runCliProcess(['check', `ingevoegd-${n}.docx`, '--json'], dir, 600_000);
      const findings = r.status === 1 ? (JSON.parse(r.stdout) as { findings: unknown[] }).findings.length : 0;
      points.push({ paragraphs: n, ms: r.ms, peakMiB: r.peakMiB, findings, status: r.status });
    }
    return points;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchLinearity(): Promise<BenchRow[]> {
  const points = await measureLinearity();
  const rows: BenchRow[] = points.map((p) => ({
    name: `check, ${p.paragraphs} paragraphs inserted after art. 5.1 (CLI process)`,
    ms: p.ms,
    note: `exit ${String(p.status)}, ${p.findings} findings, peak ${p.peakMiB === null ? '?' : p.peakMiB.toFixed(0)} MiB`,
  }));
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1] as LinearityPoint;
    const b = points[i] as LinearityPoint;
    const slope = (b.ms - a.ms) / (b.paragraphs - a.paragraphs);
    const memory = a.peakMiB !== null && b.peakMiB !== null ? `, ${(((b.peakMiB - a.peakMiB) * 1024) / (b.paragraphs - a.paragraphs)).toFixed(1)} KiB per paragraph` : '';
    rows.push({ name: `  slope ${a.paragraphs} → ${b.paragraphs}`, ms: slope, note: `ms per added paragraph${memory}` });
  }
  return rows;
}

if (require.main === module) {
  void benchLinearity().then((rows) => {
    for (const row of rows) console.log(`${row.name.padEnd(64)} ${row.ms.toFixed(row.name.includes('slope') ? 3 : 0).padStart(9)}  ${row.note ?? ''}`);
  });
}
