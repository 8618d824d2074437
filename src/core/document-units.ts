// The document's units: each paragraph, and each table row with its cells in order, with the
// standard's word ids of its text (for finding candidates) and its tokens made on first use.
import { type BlockSnapshot, type ParagraphSnapshot, presentText } from './snapshot';
import type { StandardIndex } from './template-index';
import { isProvisionNumber, listMarkerLength, mayStartWithMarker, type Token, tokenize } from './text';
import { CELL_NORM, cellSeparator } from './units';
import { textWordIds } from './word-ids';

export interface DocumentUnit {
  readonly ordinal: number;
  readonly paragraphs: readonly ParagraphSnapshot[];
  /** The standard's word id of each token (-1 for words it does not have), for every unit. */
  readonly ids: readonly number[];
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

/** The word ids of paragraphTokens(…), without making token objects. */
function paragraphIds(paragraph: ParagraphSnapshot, index: StandardIndex): number[] {
  const text = presentText(paragraph);
  const ids: number[] = labelTokens(paragraph).map((t) => index.vocabulary.get(t.norm) ?? -1);
  const labelCount = ids.length;
  textWordIds(index, text, ids);
  // A list marker is at most three short tokens; look closer only when the first one could start one.
  if (ids.length > labelCount && mayStartWithMarker(text)) {
    const marker = listMarkerLength(tokenize(text.slice(0, 64), paragraph.index).slice(0, 3));
    ids.splice(labelCount, marker);
  }
  return ids;
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

function rowIds(row: readonly (readonly ParagraphSnapshot[])[], index: StandardIndex): number[] {
  const ids: number[] = [];
  const separator = index.vocabulary.get(CELL_NORM) ?? -1;
  row.forEach((cell, c) => {
    if (c > 0) ids.push(separator);
    for (const p of cell) textWordIds(index, presentText(p), ids);
  });
  return ids;
}

export function documentUnits(blocks: readonly BlockSnapshot[], index: StandardIndex): DocumentUnit[] {
  const units: DocumentUnit[] = [];
  let tableOrdinal = 0;
  const push = (paragraphs: readonly ParagraphSnapshot[], ids: number[], makeTokens: () => Token[], table: DocumentUnit['table']): void => {
    const hasRevision = revisionOf(paragraphs);
    if (ids.length === 0 && !hasRevision) return;
    let tokens: Token[] | null = null;
    units.push({
      ordinal: units.length,
      paragraphs,
      ids,
      get tokens() {
        tokens ??= makeTokens();
        return tokens;
      },
      table,
      hasRevision,
      hasHidden: paragraphs.some(hasHiddenText),
      commentIds: paragraphs.length === 1 ? (paragraphs[0] as ParagraphSnapshot).commentIds : [...new Set(paragraphs.flatMap((p) => p.commentIds))],
    });
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      push([block], paragraphIds(block, index), () => paragraphTokens(block), null);
      continue;
    }
    block.rows.forEach((row, rowIndex) => {
      const cellParagraphIndexes = row.map((cell) => cell[0]?.index ?? -1);
      const cellTexts = row.map((cell) => cell.map((p) => presentText(p)).join('\n'));
      push(row.flat(), rowIds(row, index), () => rowTokens(row), { tableOrdinal, rowIndex, cellParagraphIndexes, cellTexts });
    });
    tableOrdinal += 1;
  }
  return units;
}
