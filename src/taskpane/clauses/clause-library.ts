// The standard's provisions as a searchable list: by number ("5.1", "26") and by words. Pure.
import { type ClauseId, clauseTitle } from '../../template/clause-ids';
import type { Standard, TemplateBlock } from '../../template/standard';

export interface ClauseEntry {
  readonly clause: ClauseId;
  readonly title: string;
  /** The number as printed ("5.1", "26.10"), or "" for clauses without one. */
  readonly number: string;
  readonly text: string;
  /** Lower-case text without diacritics, for searching. */
  readonly haystack: string;
}

function blockText(block: TemplateBlock): string {
  if (block.kind === 'table') return block.rows.map((row) => row.map((cell) => cell.map((p) => p.text).join(' ')).join(' | ')).join('\n');
  return block.paragraph.text;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

const libraries = new WeakMap<Standard, readonly ClauseEntry[]>();

/** The provisions of this version of the standard, made once per version. */
export function clauseLibrary(std: Standard): readonly ClauseEntry[] {
  const known = libraries.get(std);
  if (known) return known;
  const texts = new Map<ClauseId, string[]>();
  for (const block of std.blocks) {
    if (block.clause === null) continue;
    const list = texts.get(block.clause) ?? [];
    list.push(blockText(block));
    texts.set(block.clause, list);
  }
  const entries = [...texts.entries()].map(([clause, parts]) => {
    const number = /^(?:art|gibit)-(.+)$/.exec(clause)?.[1] ?? '';
    const title = clauseTitle(clause);
    const text = parts.join('\n');
    return { clause, title, number, text, haystack: fold(`${title}\n${text}`) };
  });
  libraries.set(std, entries);
  return entries;
}

/** Entries matching a query: a number picks that provision or article, words must all occur. */
export function searchClauses(query: string, entries: readonly ClauseEntry[]): ClauseEntry[] {
  const q = fold(query.trim());
  if (q === '') return [...entries];
  if (/^\d+(\.\d+)?\.?$/.test(q)) {
    const n = q.replace(/\.$/, '');
    return entries.filter((e) => e.number === n || e.number.startsWith(`${n}.`));
  }
  const words = q.split(/\s+/).filter((w) => w !== '');
  return entries.filter((e) => words.every((w) => e.haystack.includes(w)));
}

/** The first words of an entry's text, for a result list. */
export function excerpt(entry: ClauseEntry, length = 160): string {
  const flat = entry.text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).replace(/\s\S*$/, '')}…`;
}
