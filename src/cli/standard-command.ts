// vo-assistent standaard importeer <bron.md> [--uit <map>]: the folder of a new version of the
// standard from its tagged text (docs/standard-format.md), with the fields carried over from the
// newest registered version, and a short report of what was kept, added and dropped.
import { basename, join } from 'path';
import type { Language } from '../core/language';
import { importVersion } from '../template/import-version';
import { newestStandard, newestVersionData } from '../template/registry';
import { importTexts } from './import-text';
import type { CliIO } from './io';
import { oneLine } from './messages';

function parseArgs(args: readonly string[]): { source: string; out: string | null } | null {
  const [sub, ...rest] = args;
  if (sub !== 'importeer') return null;
  let source: string | null = null;
  let out: string | null = null;
  for (let i = 0; i < rest.length; i += 1) {
    const a = rest[i] as string;
    if (a === '--uit') { out = rest[i + 1] ?? null; if (out === null) return null; i += 1; }
    else if (a.startsWith('--uit=')) out = a.slice('--uit='.length);
    else if (a.startsWith('-') || source !== null) return null;
    else source = a;
  }
  return source === null ? null : { source, out };
}

export async function runStandard(args: string[], io: CliIO, language: Language = 'nl'): Promise<number> {
  const t = importTexts(language);
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`${t.usage}\n`);
    return 0;
  }
  const parsed = parseArgs(args);
  if (parsed === null) {
    io.stderr(`${t.usage}\n`);
    return 2;
  }
  const name = basename(parsed.source);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await io.readFile(parsed.source)).replace(/^\uFEFF/, '');
  } catch {
    io.stderr(`${t.cannotRead(name)}\n`);
    return 2;
  }
  let imported: ReturnType<typeof importVersion>;
  try {
    imported = importVersion(text, name, newestVersionData());
  } catch (error) {
    io.stderr(`${t.notAStandard(name, oneLine(error instanceof Error ? error.message : String(error)))}\n`);
    return 2;
  }
  const folder = parsed.out ?? imported.folder;
  for (const [file, content] of Object.entries(imported.files)) {
    const path = join(folder, file);
    await io.makeDirectory?.(join(path, '..'));
    await io.writeFile(path, new TextEncoder().encode(content));
  }
  const std = imported.standard;
  const lines = [t.made(folder, std.version, std.date, std.clauseIds.length), t.kept(imported.kept.length, newestStandard().version)];
  if (imported.added.length > 0) lines.push(t.added, ...imported.added.map((f) => `  ${f.id}: ${f.places.map((p) => `${p.clause} "${p.literal}"`).join(', ')}`));
  if (imported.dropped.length > 0) lines.push(t.dropped, ...imported.dropped.map((id) => `  ${id}`));
  if (imported.droppedOptions.length > 0) lines.push(t.droppedOptions, ...imported.droppedOptions.map((id) => `  ${id}`));
  lines.push(t.todo(basename(folder)));
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}
