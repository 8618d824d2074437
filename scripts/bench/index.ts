// `npm run bench`: runs every module of scripts/bench/ that exports a bench function and prints
// one table. A bench function takes no arguments and returns (a promise of) rows
// { name, ms, note? }, or a single such row, or a number of milliseconds. Known modules:
// check.ts (benchCheck), fill.ts (benchFill), linearity.ts (benchLinearity: check on 1k-100k
// paragraphs in a CLI process, time and peak memory), startup.ts (a start-up measurement); a module that
// is absent is skipped with a note, a module that fails is reported and the others still run.
import { cpus } from 'os';
import { existsSync, readdirSync } from 'fs';
import { join } from 'path';

interface Row { readonly module: string; readonly name: string; readonly ms: number | null; readonly note: string }

const EXPECTED = ['check.ts', 'fill.ts', 'linearity.ts', 'startup.ts'];

function isBenchExport(name: string, value: unknown): value is () => unknown {
  return typeof value === 'function' && (/^bench/i.test(name) || /^(measure)?start-?up/i.test(name) || name === 'default');
}

function rowsOf(module: string, fn: string, value: unknown): Row[] {
  const one = (v: unknown, fallback: string): Row => {
    if (typeof v === 'number') return { module, name: fallback, ms: v, note: '' };
    const r = (v ?? {}) as { name?: unknown; ms?: unknown; note?: unknown };
    return { module, name: typeof r.name === 'string' ? r.name : fallback, ms: typeof r.ms === 'number' ? r.ms : null, note: typeof r.note === 'string' ? r.note : (r.ms === undefined ? JSON.stringify(v) : '') };
  };
  return Array.isArray(value) ? value.map((v, i) => one(v, `${fn} #${i + 1}`)) : [one(value, fn)];
}

function table(rows: readonly Row[]): string {
  const header = ['module', 'measurement', 'ms', 'note'];
  const cells = rows.map((r) => [r.module, r.name, r.ms === null ? '-' : r.ms.toFixed(r.name.startsWith('ratio') ? 2 : 1), r.note]);
  const widths = [0, 1, 2].map((c) => Math.max((header[c] ?? '').length, ...cells.map((row) => (row[c] ?? '').length)));
  const line = (row: readonly string[]): string => row.map((cell, c) => (c === 2 ? cell.padStart(widths[c] ?? 0) : c < 3 ? cell.padEnd(widths[c] ?? 0) : cell)).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  ') + '  ----', ...cells.map(line)].join('\n');
}

export async function runBenches(dir: string = __dirname): Promise<Row[]> {
  const files = readdirSync(dir).filter((f) => /\.ts$/.test(f) && f !== 'index.ts' && !f.endsWith('.d.ts')).sort();
  const rows: Row[] = [];
  for (const expected of EXPECTED) {
    if (!existsSync(join(dir, expected))) rows.push({ module: expected, name: '(skipped)', ms: null, note: 'module not present yet' });
  }
  for (const file of files) {
    let mod: Record<string, unknown>;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require(join(dir, file)) as Record<string, unknown>;
    } catch (error) {
      rows.push({ module: file, name: '(failed to load)', ms: null, note: String(error).split('\n')[0] ?? '' });
      continue;
    }
    const benches = Object.entries(mod).filter(([name, value]) => isBenchExport(name, value));
    if (benches.length === 0) continue;
    for (const [name, fn] of benches) {
      process.stderr.write(`running ${file}: ${name}…\n`);
      try {
        rows.push(...rowsOf(file, name, await (fn as () => unknown)()));
      } catch (error) {
        rows.push({ module: file, name, ms: null, note: `failed: ${String(error).split('\n')[0] ?? ''}` });
      }
    }
  }
  return rows;
}

if (require.main === module) {
  void runBenches().then((rows) => {
    console.log(`vo-assistent bench (node ${process.version}, ${cpus().length} CPUs; medians after warm-up)\n`);
    console.log(table(rows));
    if (rows.some((r) => r.note.startsWith('failed') || r.name === '(failed to load)')) process.exitCode = 1;
  });
}
