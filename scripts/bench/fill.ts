// Filling the agreement: our fill (read, align, plan, write) against docxtemplater filling the same
// document with the same values, '<' '>' as its delimiters. The docxtemplater-ready copy is made
// here from the base document: every field occurrence becomes a <tag>, table 1 gets a loop row.
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { performance } from 'perf_hooks';
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import { locateFields } from '../../src/core/align-fields';
import type { Answers } from '../../src/core/answers';
import { planFill } from '../../src/core/fill-plan';
import type { Edit } from '../../src/core/plan';
import { applyPlanToDocx, applyPlanToPackage } from '../../src/docx/apply-plan';
import { openDocx, readDocx, snapshotOf } from '../../src/docx/package';
import { zlibCodec } from '../../src/docx/zlib-codec';
import { type Codec, fflateCodec } from '../../src/docx/codec';
import { COMPLETE_ANSWERS } from '../../test/fill/answers-fixture';
import { newestStandard } from '../../src/template/registry';

/** The standard the command line checks a 2.5.3 document against. */
const STD = newestStandard();

const BASE = resolve(__dirname, '..', '..', 'test', 'fixtures', 'external', 'base', 'template-word.docx');
const WARMUP = 30;
const ROUNDS = 21;
const FILLS_PER_ROUND = 10;

const tagOf = (slotId: string): string => slotId.replace(/[.-]/g, '_');

/** The base document with <tags> where its fields are, and a loop row in table 1. */
function templaterCopy(base: Uint8Array): Uint8Array {
  const snapshot = readDocx(base);
  const alignment = locateFields(snapshot, STD);
  const edits: Edit[] = alignment.slots.filter((c) => !c.slotId.startsWith('#')).map((c) => ({
    op: 'replace-text', paragraphIndex: c.paragraphIndex, start: c.start, end: c.end,
    text: `${c.start === c.end ? ' ' : ''}<${tagOf(c.slotId)}>`, slotId: null,
  }));
  for (const table of alignment.tables) {
    const name = tagOf(table.tableId);
    const cells = table.columns.map((_, i) => `<c${i}>`);
    cells[0] = `<#${name}>${cells[0] ?? ''}`;
    cells[cells.length - 1] = `${cells[cells.length - 1] ?? ''}</${name}>`;
    edits.push({ op: 'set-table-row', firstParagraphIndex: table.firstParagraphIndex, rowIndex: 1, cells });
  }
  return applyPlanToDocx(base, { edits, summary: [] });
}

/** The same values as docxtemplater data: fields by tag, table rows as objects c0…c6. */
function templaterData(answers: Answers): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(answers.slots ?? {})) data[tagOf(id)] = value;
  for (const [id, rows] of Object.entries(answers.tables ?? {})) {
    data[tagOf(id)] = rows.map((row) => Object.fromEntries(row.map((cell, i) => [`c${i}`, cell])));
  }
  return data;
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * All contenders in interleaved rounds after a warm-up of each; a round times a block of fills of
 * one contender and takes the mean, so the garbage collection each fill causes is counted in it.
 * The order rotates from round to round. The result is each contender's median round.
 */
function timeAll(contenders: readonly (() => Uint8Array)[]): number[] {
  for (let i = 0; i < WARMUP; i += 1) for (const run of contenders) run();
  const block = (run: () => Uint8Array): number => {
    const start = performance.now();
    for (let i = 0; i < FILLS_PER_ROUND; i += 1) if (run().length === 0) throw new Error('lege uitvoer');
    return (performance.now() - start) / FILLS_PER_ROUND;
  };
  const rounds: number[][] = contenders.map(() => []);
  for (let round = 0; round < ROUNDS; round += 1) {
    for (let k = 0; k < contenders.length; k += 1) {
      const which = (round + k) % contenders.length;
      rounds[which]?.push(block(contenders[which] as () => Uint8Array));
    }
  }
  return rounds.map(median);
}

export async function benchFill(): Promise<{ name: string; ms: number; note?: string }[]> {
  const base = new Uint8Array(readFileSync(BASE));
  // The same work for both: fields and Bijlage 1 rows (no Bijlage 2/3 choices, which docxtemplater cannot make).
  const answers: Answers = { slots: COMPLETE_ANSWERS.slots ?? {}, tables: COMPLETE_ANSWERS.tables ?? {} };
  const template = templaterCopy(base);
  const data = templaterData(answers);
  const ourFill = (codec: Codec) => (): Uint8Array => {
    const pkg = openDocx(base, { codec });
    const result = planFill(snapshotOf(pkg), answers, STD);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    return applyPlanToPackage(base, pkg, result.plan);
  };
  const [ours, peer, inBrowser] = timeAll([ourFill(zlibCodec), () => {
    const doc = new Docxtemplater(new PizZip(template), { delimiters: { start: '<', end: '>' }, paragraphLoop: true, linebreaks: true });
    doc.render(data);
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' }) as Uint8Array;
  }, ourFill(fflateCodec)]) as [number, number, number];
  const rounds = `mediaan van ${ROUNDS} rondes van ${FILLS_PER_ROUND}`;
  return [
    { name: 'fill: vo-assistent (lezen, uitlijnen, plannen, schrijven)', ms: ours, note: `${join('base', 'template-word.docx')}, zlib zoals de opdrachtregel, ${rounds}` },
    { name: 'fill: docxtemplater 3 (zelfde velden en rijen)', ms: peer, note: rounds },
    { name: 'ratio vo-assistent / docxtemplater', ms: ours / peer, note: 'doel: ≤ 1' },
    { name: 'fill: vo-assistent met fflate (zoals in de browser)', ms: inBrowser, note: `ratio ${(inBrowser / peer).toFixed(2)}` },
  ];
}

if (require.main === module) {
  void benchFill().then((rows) => { for (const r of rows) console.log(`${r.name}: ${r.ms.toFixed(2)}${r.note ? `  (${r.note})` : ''}`); });
}
