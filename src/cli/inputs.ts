// The documents named on the command line: a file as given, a folder as every .docx below it
// (recursive, sorted, each folder visited once so symbolic-link loops end).
import { promises as fs } from 'fs';
import { join, relative } from 'path';

export interface Input {
  readonly path: string;
  /** How the file is named in the output: as given, or below the folder given. */
  readonly name: string;
}

/** A folder's .docx files, or null when `path` is not a folder (it is read as a file then). */
async function docxBelow(path: string): Promise<string[] | null> {
  const stat = await fs.stat(path).catch(() => null);
  if (stat === null || !stat.isDirectory()) return null;
  const seen = new Set<string>();
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    const real = await fs.realpath(dir).catch(() => null);
    if (real === null || seen.has(real)) return;
    seen.add(real);
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = join(dir, entry.name);
      const target = entry.isSymbolicLink() ? await fs.stat(child).catch(() => null) : entry;
      if (target === null) continue;
      if (target.isDirectory()) await walk(child);
      else if (target.isFile() && /\.docx$/i.test(entry.name) && !entry.name.startsWith('~$')) found.push(child);
    }
  };
  await walk(path);
  return found;
}

/** The inputs in the order given, a folder's files sorted where the folder stands, and a folder without any said so. */
export async function expandInputs(paths: readonly string[], nameOf: (path: string) => string): Promise<(Input | { readonly emptyFolder: string })[]> {
  const out: (Input | { readonly emptyFolder: string })[] = [];
  for (const path of paths) {
    const below = await docxBelow(path);
    if (below === null) out.push({ path, name: nameOf(path) });
    else if (below.length === 0) out.push({ emptyFolder: path });
    else for (const file of below) out.push({ path: file, name: join(nameOf(path), relative(path, file)) });
  }
  return out;
}
