// The core's modules import each other without a circle (type imports included): a module can be
// read, tested and moved with what it imports, and nothing half-initialised is ever imported.
// Read off the import statements, as `madge --circular` would (it is not installed here).
import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const CORE = resolve(__dirname, '../../src/core');

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(/^(?:import|export)\s[^;]*?\sfrom\s+'(\.\/[^']+)'/gm)) {
    out.push(join(dirname(file), `${m[1]}.ts`));
  }
  return out;
}

/** Every circle of imports among these files, each as the chain of files that closes it. */
function circles(files: readonly string[]): string[] {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((d) => files.includes(d))]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next].map((f) => relative(CORE, f)).join(' → '));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const f of files) if (!state.has(f)) visit(f);
  return found;
}

test('src/core heeft geen kringen van imports (ook niet template-index, units en word-ids)', () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith('.ts')).map((f) => join(CORE, f));
  expect(files.length).toBeGreaterThan(10);
  // The reader sees imports: the one from units.ts to its neighbours is there.
  expect(importsOf(join(CORE, 'template-index.ts'))).toContain(join(CORE, 'units.ts'));
  expect(circles(files)).toEqual([]);
});
