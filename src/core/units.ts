// Units are what the alignment pairs: a paragraph, or a table row (its cells in order). The
// standard gives template units with fields (here); the document gives document units with tokens
// (document-units.ts).
import type { ClauseId } from '../template/clause-ids';
import type { TemplateBlock, TemplateParagraph } from '../template/standard';
import { listMarkerLength, type Token, tokenize } from './text';

export type TemplateToken =
  | { readonly kind: 'fixed'; readonly token: Token }
  | { readonly kind: 'slot'; readonly slotId: string; readonly placeholder: string; readonly clause: ClauseId | null; readonly capacity: number };

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
  /** How many tokens the unit's fields can hold together (see slot-capacity.ts). */
  readonly slotCapacity: number;
  /** The standard's printed text of this unit. */
  readonly text: string;
}

const CELL_SOURCE = ' | ';
const CELL_NORM = '\u241F';

/** The token between two cells of a table row. */
export function cellSeparator(paragraphIndex: number): Token {
  return { norm: CELL_NORM, source: CELL_SOURCE, start: 1, end: 2, paragraphIndex, hidden: false };
}

export type CapacityOf = (slotId: string) => number;

function templateParagraphTokens(paragraph: TemplateParagraph, clause: ClauseId | null, capacityOf: CapacityOf): TemplateToken[] {
  const out: TemplateToken[] = [];
  for (const piece of paragraph.pieces) {
    if (piece.kind === 'slot') out.push({ kind: 'slot', slotId: piece.slotId, placeholder: piece.placeholder, clause, capacity: capacityOf(piece.slotId) });
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

export function makeTemplateUnit(ordinal: number, block: TemplateBlock, rowIndex: number | null, tokens: TemplateToken[], text: string): TemplateUnit {
  const fixed: string[] = [];
  const fixedCounts = new Map<string, number>();
  let slotCount = 0;
  let slotCapacity = 0;
  for (const t of tokens) {
    if (t.kind === 'fixed') {
      fixed.push(t.token.norm);
      fixedCounts.set(t.token.norm, (fixedCounts.get(t.token.norm) ?? 0) + 1);
    } else {
      slotCount += 1;
      slotCapacity += t.capacity;
    }
  }
  return { ordinal, block, rowIndex, tokens, fixed, fixedCounts, slotCount, slotCapacity, text };
}

export function templateUnits(blocks: readonly TemplateBlock[], capacityOf: CapacityOf): TemplateUnit[] {
  const units: TemplateUnit[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      block.rows.forEach((row, rowIndex) => {
        const tokens: TemplateToken[] = [];
        row.forEach((cell, c) => {
          if (c > 0) tokens.push({ kind: 'fixed', token: cellSeparator(-2) });
          for (const p of cell) tokens.push(...templateParagraphTokens(p, block.clause, capacityOf));
        });
        const text = row.map((cell) => cell.map((p) => p.text).join(' ')).join(' | ');
        units.push(makeTemplateUnit(units.length, block, rowIndex, tokens, text));
      });
    } else {
      const tokens = stripTemplateMarker(templateParagraphTokens(block.paragraph, block.clause, capacityOf));
      units.push(makeTemplateUnit(units.length, block, null, tokens, block.paragraph.text));
    }
  }
  return units;
}

export { CELL_NORM };
