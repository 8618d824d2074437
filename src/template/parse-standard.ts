// Reads the standard's text format (docs/standard-format.md) into blocks.
import { type ClauseId, isClauseIdForm } from './clause-ids';

export interface InlineRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** One paragraph of standard text, as printed, with its inline formatting. */
export interface SourceParagraph {
  readonly runs: readonly InlineRun[];
  readonly text: string;
}

interface SourceBlockBase {
  readonly clause: ClauseId | null;
  readonly pageBreakBefore: boolean;
}

export type SourceBlock =
  | (SourceBlockBase & { readonly kind: 'heading'; readonly level: number; readonly paragraph: SourceParagraph })
  | (SourceBlockBase & { readonly kind: 'paragraph'; readonly paragraph: SourceParagraph })
  | (SourceBlockBase & { readonly kind: 'list-item'; readonly level: number; readonly paragraph: SourceParagraph })
  | (SourceBlockBase & {
      readonly kind: 'table';
      readonly hasHeaderRow: boolean;
      readonly rows: readonly (readonly (readonly SourceParagraph[])[])[];
    });

const CLAUSE_MARK = /^<!-- clause: ([\w.-]+) -->$/;
const PAGEBREAK_MARK = /^<!-- pagebreak -->$/;

export function parseInline(text: string): SourceParagraph {
  const runs: InlineRun[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(.+?)\*/g;
  let last = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), bold: false, italic: false });
    if (m[1] !== undefined) runs.push({ text: m[1], bold: true, italic: false });
    else runs.push({ text: m[2] ?? '', bold: false, italic: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), bold: false, italic: false });
  return { runs, text: runs.map((r) => r.text).join('') };
}

function parseTableRow(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split('|').map((cell) => cell.trim());
}

export function parseStandardSource(source: string): SourceBlock[] {
  const body = source.replace(/^\s*<!--[\s\S]*?-->\s*/, '');
  const chunks = body.split(/\n\s*\n/).map((c) => c.trim()).filter((c) => c.length > 0);
  const blocks: SourceBlock[] = [];
  let clause: ClauseId | null = null;
  let pageBreakBefore = false;
  for (const chunk of chunks) {
    const lines = chunk.split('\n');
    const rest: string[] = [];
    for (const line of lines) {
      const clauseMatch = CLAUSE_MARK.exec(line.trim());
      if (clauseMatch) {
        const id = clauseMatch[1] ?? '';
        if (id === 'none') clause = null;
        else if (isClauseIdForm(id)) clause = id;
        else throw new Error(`Onbekende clause-id in de standaardtekst: ${id}`);
      } else if (PAGEBREAK_MARK.test(line.trim())) {
        pageBreakBefore = true;
      } else {
        rest.push(line);
      }
    }
    if (rest.length === 0) continue;
    const base = { clause, pageBreakBefore };
    pageBreakBefore = false;
    const first = rest[0] ?? '';
    if (first.startsWith('|')) {
      const hasHeaderRow = rest.length > 1 && /^\|\s*-/.test(rest[1] ?? '');
      const rows = rest
        .filter((line) => !/^\|\s*-/.test(line))
        .map((line) => parseTableRow(line).map((cell) => cell.split('<br>').map((p) => parseInline(p.trim()))));
      blocks.push({ ...base, kind: 'table', hasHeaderRow, rows });
    } else if (first.startsWith('- ') || /^\s+- /.test(first)) {
      for (const line of rest) {
        const m = /^(\s*)- (.*)$/.exec(line);
        if (!m) throw new Error(`Lijstregel verwacht: ${line}`);
        blocks.push({ ...base, kind: 'list-item', level: Math.floor((m[1] ?? '').length / 2), paragraph: parseInline(m[2] ?? '') });
      }
    } else if (/^#{1,4} /.test(first)) {
      const m = /^(#{1,4}) (.*)$/.exec(first);
      blocks.push({ ...base, kind: 'heading', level: (m?.[1] ?? '#').length, paragraph: parseInline(m?.[2] ?? '') });
    } else {
      blocks.push({ ...base, kind: 'paragraph', paragraph: parseInline(rest.join(' ')) });
    }
  }
  return blocks;
}
