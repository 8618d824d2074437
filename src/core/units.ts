// Units are what the alignment pairs: a paragraph, or a table row (its cells in order). The
// standard gives template units with fields; the document gives document units with tokens.
import type { ClauseId } from '../template/clause-ids';
import type { TemplateBlock, TemplateParagraph } from '../template/standard';
import { type BlockSnapshot, type ParagraphSnapshot, presentText } from './snapshot';
import { isProvisionNumber, listMarkerLength, type Token, tokenize } from './text';

export type TemplateToken =
  | { readonly kind: 'fixed'; readonly token: Token }
  | { readonly kind: 'slot'; readonly slotId: string; readonly placeholder: string; readonly clause: ClauseId | null };

export interface TemplateUnit {
  readonly ordinal: number;
  readonly block: TemplateBlock;
  /** Row of a table block, null for a paragraph. */
  readonly rowIndex: number | null;
  readonly tokens: readonly TemplateToken[];
  /** Normalised fixed tokens, the text that must be there. */
  readonly fixed: readonly string[];
  readonly slotCount: number;
  /** The standard's printed text of this unit. */
  readonly text: string;
}

const CELL_SOURCE = ' | ';
const CELL_NORM = '\u241F';

function cellSeparator(paragraphIndex: number): Token {
  return { norm: CELL_NORM, source: CELL_SOURCE, start: 1, end: 2, paragraphIndex, hidden: false };
}

function templateParagraphTokens(paragraph: TemplateParagraph, clause: ClauseId | null): TemplateToken[] {
  const out: TemplateToken[] = [];
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'slot') out.push({ kind: 'slot', slotId: piece.slotId, placeholder: piece.placeholder, clause });
    else for (const token of tokenize(piece.text, -2)) out.push({ kind: 'fixed', token });
  }
  return out;
}

function stripTemplateMarker(tokens: TemplateToken[]): TemplateToken[] {
  const fixedPrefix: Token[] = [];
  for (const t of tokens) {
    if (t.kind !== 'fixed') break;
    fixedPrefix.push(t.token);
  }
  return tokens.slice(listMarkerLength(fixedPrefix));
}

function makeTemplateUnit(ordinal: number, block: TemplateBlock, rowIndex: number | null, tokens: TemplateToken[], text: string): TemplateUnit {
  const fixed: string[] = [];
  let slotCount = 0;
  for (const t of tokens) {
    if (t.kind === 'fixed') fixed.push(t.token.norm);
    else slotCount += 1;
  }
  return { ordinal, block, rowIndex, tokens, fixed, slotCount, text };
}

export function templateUnits(blocks: readonly TemplateBlock[]): TemplateUnit[] {
  const units: TemplateUnit[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      block.rows.forEach((row, rowIndex) => {
        const tokens: TemplateToken[] = [];
        row.forEach((cell, c) => {
          if (c > 0) tokens.push({ kind: 'fixed', token: cellSeparator(-2) });
          for (const p of cell) tokens.push(...templateParagraphTokens(p, block.clause));
        });
        const text = row.map((cell) => cell.map((p) => p.text).join(' ')).join(' | ');
        units.push(makeTemplateUnit(units.length, block, rowIndex, tokens, text));
      });
    } else {
      const tokens = stripTemplateMarker(templateParagraphTokens(block.paragraph, block.clause));
      units.push(makeTemplateUnit(units.length, block, null, tokens, block.paragraph.text));
    }
  }
  return units;
}

export interface DocumentUnit {
  readonly ordinal: number;
  readonly paragraphs: readonly ParagraphSnapshot[];
  readonly tokens: readonly Token[];
  /** Ordinal of the table among the document's tables, and the row, for table rows. */
  readonly table: { readonly tableOrdinal: number; readonly rowIndex: number; readonly cellParagraphIndexes: readonly number[]; readonly cellTexts: readonly string[] } | null;
  readonly hasRevision: boolean;
  readonly hasHidden: boolean;
  readonly commentIds: readonly string[];
}

function hiddenAt(paragraph: ParagraphSnapshot): (offset: number) => boolean {
  if (!paragraph.segments.some((s) => s.hidden)) return () => false;
  const ranges: [number, number][] = [];
  let at = 0;
  for (const s of paragraph.segments) {
    if (s.revision === 'deleted') continue;
    if (s.hidden) ranges.push([at, at + s.text.length]);
    at += s.text.length;
  }
  return (offset) => ranges.some(([a, b]) => offset >= a && offset < b);
}

function paragraphTokens(paragraph: ParagraphSnapshot): Token[] {
  const text = presentText(paragraph);
  const own = tokenize(text, paragraph.index, hiddenAt(paragraph));
  const marker = listMarkerLength(own);
  const body = own.slice(marker);
  if (paragraph.listLabel !== '' && isProvisionNumber(paragraph.listLabel)) {
    const label = paragraph.listLabel.trim().replace(/\.$/, '');
    return [...tokenize(label, -1), ...body];
  }
  return body;
}

function revisionOf(paragraphs: readonly ParagraphSnapshot[]): boolean {
  return paragraphs.some((p) => p.segments.some((s) => s.revision !== 'none'));
}

export function documentUnits(blocks: readonly BlockSnapshot[]): DocumentUnit[] {
  const units: DocumentUnit[] = [];
  let tableOrdinal = 0;
  const push = (paragraphs: ParagraphSnapshot[], tokens: Token[], table: DocumentUnit['table']): void => {
    if (tokens.length === 0 && !revisionOf(paragraphs)) return;
    units.push({
      ordinal: units.length,
      paragraphs,
      tokens,
      table,
      hasRevision: revisionOf(paragraphs),
      hasHidden: tokens.some((t) => t.hidden),
      commentIds: [...new Set(paragraphs.flatMap((p) => p.commentIds))],
    });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      push([block], paragraphTokens(block), null);
      continue;
    }
    block.rows.forEach((row, rowIndex) => {
      const tokens: Token[] = [];
      const cellParagraphIndexes: number[] = [];
      const cellTexts: string[] = [];
      row.forEach((cell, c) => {
        const first = cell[0];
        cellParagraphIndexes.push(first ? first.index : -1);
        cellTexts.push(cell.map((p) => presentText(p)).join('\n'));
        if (c > 0) tokens.push(cellSeparator(first ? first.index : -1));
        for (const p of cell) tokens.push(...tokenize(presentText(p), p.index, hiddenAt(p)));
      });
      push(row.flat(), tokens, { tableOrdinal, rowIndex, cellParagraphIndexes, cellTexts });
    });
    tableOrdinal += 1;
  }
  return units;
}

export { CELL_NORM };
