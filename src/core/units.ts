// Units are what the alignment pairs: a paragraph, or a table row (its cells in order). The
// standard gives template units with fields; the document gives document units with tokens.
import type { ClauseId } from '../template/clause-ids';
import type { TemplateBlock, TemplateParagraph } from '../template/standard';
import { type BlockSnapshot, type ParagraphSnapshot, presentText } from './snapshot';
import { isProvisionNumber, listMarkerLength, mayStartWithMarker, type Token, tokenize, tokenNorms } from './text';

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
  /** How often each fixed token occurs. */
  readonly fixedCounts: ReadonlyMap<string, number>;
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
  const fixedCounts = new Map<string, number>();
  let slotCount = 0;
  for (const t of tokens) {
    if (t.kind === 'fixed') {
      fixed.push(t.token.norm);
      fixedCounts.set(t.token.norm, (fixedCounts.get(t.token.norm) ?? 0) + 1);
    } else slotCount += 1;
  }
  return { ordinal, block, rowIndex, tokens, fixed, fixedCounts, slotCount, text };
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
  /** The comparable forms of the tokens, for every unit. */
  readonly norms: readonly string[];
  /** The tokens themselves, made on first use: most units of a long document are never compared. */
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

/**
 * The label numbering prints counts when it is text ("5.1", "Artikel 4"), not when it only marks
 * a list item ("a)", "•", "1.").
 */
function labelTokens(paragraph: ParagraphSnapshot): Token[] {
  if (paragraph.listLabel.trim() === '') return [];
  const label = isProvisionNumber(paragraph.listLabel) ? paragraph.listLabel.trim().replace(/\.$/, '') : paragraph.listLabel;
  const tokens = tokenize(label, -1);
  return listMarkerLength(tokens) === tokens.length ? [] : tokens;
}

function paragraphTokens(paragraph: ParagraphSnapshot): Token[] {
  const own = tokenize(presentText(paragraph), paragraph.index, hiddenAt(paragraph));
  return [...labelTokens(paragraph), ...own.slice(listMarkerLength(own))];
}

/** The same as paragraphTokens(…).map(norm), without making token objects. */
function paragraphNorms(paragraph: ParagraphSnapshot): string[] {
  const text = presentText(paragraph);
  const norms = tokenNorms(text);
  // A list marker is at most three short tokens; their starts are all it needs to know.
  const marker = mayStartWithMarker(norms) ? listMarkerLength(tokenize(text.slice(0, 64), paragraph.index).slice(0, 3)) : 0;
  return [...labelTokens(paragraph).map((t) => t.norm), ...norms.slice(marker)];
}

function hasHiddenText(paragraph: ParagraphSnapshot): boolean {
  return paragraph.segments.some((s) => s.hidden && s.revision !== 'deleted' && /\S/.test(s.text));
}

function revisionOf(paragraphs: readonly ParagraphSnapshot[]): boolean {
  return paragraphs.some((p) => p.segments.some((s) => s.revision !== 'none'));
}

function rowTokens(row: readonly (readonly ParagraphSnapshot[])[]): Token[] {
  const tokens: Token[] = [];
  row.forEach((cell, c) => {
    if (c > 0) tokens.push(cellSeparator(cell[0]?.index ?? -1));
    for (const p of cell) tokens.push(...tokenize(presentText(p), p.index, hiddenAt(p)));
  });
  return tokens;
}

function rowNorms(row: readonly (readonly ParagraphSnapshot[])[]): string[] {
  const norms: string[] = [];
  row.forEach((cell, c) => {
    if (c > 0) norms.push(CELL_NORM);
    for (const p of cell) norms.push(...tokenNorms(presentText(p)));
  });
  return norms;
}

export function documentUnits(blocks: readonly BlockSnapshot[]): DocumentUnit[] {
  const units: DocumentUnit[] = [];
  let tableOrdinal = 0;
  const push = (paragraphs: readonly ParagraphSnapshot[], norms: string[], makeTokens: () => Token[], table: DocumentUnit['table']): void => {
    const hasRevision = revisionOf(paragraphs);
    if (norms.length === 0 && !hasRevision) return;
    let tokens: Token[] | null = null;
    units.push({
      ordinal: units.length,
      paragraphs,
      norms,
      get tokens() {
        tokens ??= makeTokens();
        return tokens;
      },
      table,
      hasRevision,
      hasHidden: paragraphs.some(hasHiddenText),
      commentIds: [...new Set(paragraphs.flatMap((p) => p.commentIds))],
    });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      push([block], paragraphNorms(block), () => paragraphTokens(block), null);
      continue;
    }
    block.rows.forEach((row, rowIndex) => {
      const cellParagraphIndexes = row.map((cell) => cell[0]?.index ?? -1);
      const cellTexts = row.map((cell) => cell.map((p) => presentText(p)).join('\n'));
      push(row.flat(), rowNorms(row), () => rowTokens(row), { tableOrdinal, rowIndex, cellParagraphIndexes, cellTexts });
    });
    tableOrdinal += 1;
  }
  return units;
}

export { CELL_NORM };
