// insert-blocks: standard text as new paragraphs and tables, styled with the document's own
// styles (see write-styles.ts), bold and italic runs kept, page breaks as pageBreakBefore.
import type { NewBlock, NewParagraph, NewTable } from '../core/plan';
import type { StyleResolver } from './write-styles';
import { clone, el, runOf } from './write-runs';
import type { XmlElement, XmlNode } from './xml';

interface ParagraphExtras {
  readonly outlineLevel?: number | null;
  readonly indentLeft?: number | null;
  readonly keepNext?: boolean;
  /** Switch off the numbering the style carries (w:numId 0: no list). */
  readonly unnumbered?: boolean;
}

function paragraphProperties(styleId: string | null, pageBreakBefore: boolean, extra: ParagraphExtras = {}): XmlElement | null {
  // Children in the order the schema (CT_PPr) requires.
  const children: XmlNode[] = [];
  if (styleId) children.push(el('w:pStyle', { 'w:val': styleId }));
  if (extra.keepNext) children.push(el('w:keepNext'));
  if (pageBreakBefore) children.push(el('w:pageBreakBefore'));
  if (extra.unnumbered) children.push(el('w:numPr', {}, [el('w:ilvl', { 'w:val': '0' }), el('w:numId', { 'w:val': '0' })]));
  if (extra.indentLeft != null) children.push(el('w:ind', { 'w:left': String(extra.indentLeft) }));
  if (extra.outlineLevel != null) children.push(el('w:outlineLvl', { 'w:val': String(extra.outlineLevel) }));
  return children.length > 0 ? el('w:pPr', {}, children) : null;
}

function runProperties(bold: boolean, italic: boolean): XmlElement | null {
  const children: XmlNode[] = [];
  if (bold) children.push(el('w:b'), el('w:bCs'));
  if (italic) children.push(el('w:i'), el('w:iCs'));
  return children.length > 0 ? el('w:rPr', {}, children) : null;
}

/** The properties of a paragraph whose list a new one joins: its numbering and look, no section or marks. */
function joinedProperties(model: XmlElement, pageBreakBefore: boolean): XmlElement {
  const pPr = clone(model);
  pPr.children = pPr.children.filter((c) => typeof c === 'string' || !['w:sectPr', 'w:rPr', 'w:pPrChange', 'w:pageBreakBefore'].includes(c.name));
  if (pageBreakBefore) {
    const at = pPr.children.findIndex((c) => typeof c !== 'string' && !['w:pStyle', 'w:keepNext', 'w:keepLines'].includes(c.name));
    pPr.children.splice(at < 0 ? pPr.children.length : at, 0, el('w:pageBreakBefore'));
  }
  return pPr;
}

/** The w:pPr of the paragraph at a snapshot index, for blocks that join its list. */
export type ListModel = (paragraphIndex: number) => XmlElement | undefined;

function paragraphOf(block: NewParagraph, styles: StyleResolver, listModel: ListModel): XmlElement {
  const model = block.joinList && listModel(block.joinList.paragraphIndex);
  if (model && block.joinList) {
    const p = el('w:p', {}, [joinedProperties(model, block.pageBreakBefore)]);
    for (const r of block.joinList.runs) {
      const run = runOf(r.text, runProperties(r.bold, r.italic));
      if (run) p.children.push(run);
    }
    return p;
  }
  const choice = styles.paragraph(block.role);
  const pPr = paragraphProperties(choice.styleId, block.pageBreakBefore, {
    outlineLevel: choice.outlineLevel, indentLeft: choice.indentLeft, keepNext: choice.outlineLevel !== null, unnumbered: choice.numbered,
  });
  const p = el('w:p', {}, pPr ? [pPr] : []);
  for (const r of block.runs) {
    const run = runOf(r.text, runProperties(r.bold || choice.bold, r.italic));
    if (run) p.children.push(run);
  }
  return p;
}

const TABLE_WIDTH = 9000;

function tableOf(block: NewTable, styles: StyleResolver): XmlElement[] {
  const columns = Math.max(1, ...block.rows.map((r) => r.length));
  const width = Math.floor(TABLE_WIDTH / columns);
  const own = styles.tableProperties();
  const tblPr = own ? clone(own) : el('w:tblPr', {}, [
    ...(styles.hasTableGrid ? [el('w:tblStyle', { 'w:val': styles.hasTableGrid })] : []),
    el('w:tblW', { 'w:w': '0', 'w:type': 'auto' }),
    ...(styles.hasTableGrid ? [] : [el('w:tblBorders', {}, ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((side) => el(`w:${side}`, { 'w:val': 'single', 'w:sz': '4', 'w:space': '0', 'w:color': 'auto' })))]),
  ]);
  const body = styles.paragraph('body');
  const rows = block.rows.map((cells, r) => {
    const header = block.hasHeaderRow && r === 0;
    const tr = el('w:tr', {}, header ? [el('w:trPr', {}, [el('w:tblHeader')])] : []);
    for (let c = 0; c < columns; c += 1) {
      const lines = (cells[c] ?? '').split('\n');
      const paragraphs = lines.map((line) => {
        const pPr = paragraphProperties(body.styleId, false, { unnumbered: body.numbered });
        const p = el('w:p', {}, pPr ? [pPr] : []);
        const run = runOf(line, runProperties(header, false));
        if (run) p.children.push(run);
        return p;
      });
      tr.children.push(el('w:tc', {}, [el('w:tcPr', {}, [el('w:tcW', { 'w:w': String(width), 'w:type': 'dxa' })]), ...paragraphs]));
    }
    return tr;
  });
  const table = el('w:tbl', {}, [tblPr, el('w:tblGrid', {}, Array.from({ length: columns }, () => el('w:gridCol', { 'w:w': String(width) }))), ...rows]);
  // A table cannot carry a page break itself: an empty paragraph before it does.
  const breakBefore = block.pageBreakBefore ? [el('w:p', {}, [paragraphProperties(body.styleId, true, { unnumbered: body.numbered }) ?? el('w:pPr')])] : [];
  return [...breakBefore, table];
}

export function elementsOf(blocks: readonly NewBlock[], styles: StyleResolver, listModel: ListModel = () => undefined): XmlElement[] {
  const out: XmlElement[] = [];
  blocks.forEach((block, i) => {
    if (block.role === 'table') {
      out.push(...tableOf(block, styles));
      // Two tables in a row would merge into one, and a cell needs a paragraph after a table.
      if (blocks[i + 1]?.role === 'table' || i === blocks.length - 1) out.push(el('w:p'));
    } else out.push(paragraphOf(block, styles, listModel));
  });
  return out;
}
