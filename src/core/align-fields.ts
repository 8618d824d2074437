// Where the fields, Bijlage 1 tables and Bijlage 2 options of the standard stand in a document,
// read off the unit alignment: what scanning and filling build on.
import type { Standard } from '../template/standard';
import { matchUnits } from './align';
import type { FieldLocations, FillTableRow, FillTableState, SlotCapture } from './alignment';
import type { DocumentSnapshot, ParagraphSnapshot } from './snapshot';
import type { Token } from './text';
import { CELL_NORM } from './units';


function visibleOffset(paragraph: ParagraphSnapshot, offset: number): number {
  let hiddenBefore = 0;
  let at = 0;
  for (const s of paragraph.segments) {
    if (s.revision === 'deleted') continue;
    if (at >= offset) break;
    if (s.hidden) hiddenBefore += Math.min(s.text.length, offset - at);
    at += s.text.length;
  }
  return offset - hiddenBefore;
}

function normalisedEquals(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

function captureOf(op: { slot: { slotId: string; placeholder: string; clause: SlotCapture['clause'] }; actual: readonly Token[] }, anchor: Token | undefined, paragraphs: readonly ParagraphSnapshot[]): SlotCapture | null {
  const real = op.actual.filter((t) => t.paragraphIndex >= 0 && t.norm !== CELL_NORM);
  const firstToken = real[0];
  const lastToken = real[real.length - 1];
  if (firstToken && lastToken && firstToken.paragraphIndex === lastToken.paragraphIndex) {
    const paragraph = paragraphs.find((p) => p.index === firstToken.paragraphIndex);
    if (!paragraph) return null;
    const text = firstToken.source.slice(firstToken.start, lastToken.end);
    return {
      slotId: op.slot.slotId, clause: op.slot.clause, paragraphIndex: paragraph.index,
      start: visibleOffset(paragraph, firstToken.start), end: visibleOffset(paragraph, lastToken.end),
      text, placeholder: op.slot.placeholder,
      filled: op.slot.placeholder === '' ? text.trim() !== '' : !normalisedEquals(text, op.slot.placeholder),
    };
  }
  if (real.length === 0 && anchor && anchor.paragraphIndex >= 0) {
    const paragraph = paragraphs.find((p) => p.index === anchor.paragraphIndex);
    if (!paragraph) return null;
    const at = visibleOffset(paragraph, anchor.end);
    return { slotId: op.slot.slotId, clause: op.slot.clause, paragraphIndex: paragraph.index, start: at, end: at, text: '', placeholder: op.slot.placeholder, filled: false };
  }
  return null;
}

/** Where the fields, tables and options of the standard stand in a document. */
export function locateFields(snapshot: DocumentSnapshot, std: Standard): FieldLocations {
  const aligned = matchUnits(snapshot, std);
  const slots: SlotCapture[] = [];
  const tables: FillTableState[] = [];
  const bijlage2Options: { optionId: string; paragraphIndex: number }[] = [];
  let bijlage2End: number | null = null;
  for (const m of aligned.byTemplate) {
    if (!m) continue;
    let lastActual: Token | undefined;
    // Only units with fields have anything to capture; the others need not make their tokens.
    for (const op of m.template.slotCount > 0 ? m.diff.ops : []) {
      if (op.kind === 'slot') {
        const capture = captureOf(op, lastActual, m.document.paragraphs);
        // The municipality's own name stands where the seed has "Haarlem": a value, not a placeholder.
        if (capture) slots.push(std.slots.find((s) => s.id === capture.slotId)?.kind === 'municipality' ? { ...capture, filled: capture.text.trim() !== '' } : capture);
        const tail = op.actual[op.actual.length - 1];
        if (tail) lastActual = tail;
      } else if (op.kind !== 'delete') lastActual = op.actual;
    }
    const block = m.template.block;
    if (block.omission.kind === 'bijlage-2-option') {
      const p = m.document.paragraphs[0];
      if (p) bijlage2Options.push({ optionId: block.omission.optionId, paragraphIndex: p.index });
    }
    if (block.clause === 'bijlage-2') {
      const lastParagraph = m.document.paragraphs[m.document.paragraphs.length - 1];
      if (lastParagraph) bijlage2End = Math.max(bijlage2End ?? -1, lastParagraph.index);
    }
    if (block.kind === 'table' && block.fillTable && m.document.table) {
      const header = m.document.table;
      const rows: FillTableRow[] = aligned.documentUnits
        .filter((d) => aligned.fillRows.has(d.ordinal) && d.table?.tableOrdinal === header.tableOrdinal)
        .map((d) => ({ cellParagraphIndexes: d.table?.cellParagraphIndexes ?? [], cells: d.table?.cellTexts ?? [] }));
      tables.push({
        tableId: block.fillTable.id,
        firstParagraphIndex: header.cellParagraphIndexes[0] ?? -1,
        columns: (block.rows[0] ?? []).map((cell) => cell.map((p) => p.text).join(' ')),
        rows,
      });
    }
  }
  return { slots, tables, bijlage3: aligned.bijlage3, bijlage2Options, bijlage2EndParagraphIndex: bijlage2End };
}

