// Bijlage 1 rows: filling the cells of existing rows and appending rows formatted like the
// table's last row (its w:trPr, each cell's w:tcPr, paragraph and run properties).
import type { LocatedParagraph } from './write-locate';
import { clone, el, firstRun, paragraphMarkRunProperties, runOf, cleanRunProperties } from './write-runs';
import { child, type XmlElement } from './xml';

export interface TableRef {
  readonly table: XmlElement;
  readonly headerRow: XmlElement;
}

export function tableOf(located: LocatedParagraph): TableRef {
  const path = located.ancestors;
  let cell = -1;
  for (let i = path.length - 1; i >= 0; i -= 1) if (path[i]?.name === 'w:tc') { cell = i; break; }
  const row = [...path.slice(0, Math.max(cell, 0))].reverse().find((e) => e.name === 'w:tr');
  const table = [...path.slice(0, Math.max(cell, 0))].reverse().find((e) => e.name === 'w:tbl');
  if (cell < 0 || !row || !table) throw new Error('De opgegeven alinea staat niet in een tabel.');
  return { table, headerRow: row };
}

/** The rows of a table in order, with the element each stands in (rows may sit in controls). */
export function rowsOf(table: XmlElement): { row: XmlElement; parent: XmlElement }[] {
  const out: { row: XmlElement; parent: XmlElement }[] = [];
  const visit = (container: XmlElement): void => {
    for (const c of container.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:tr') out.push({ row: c, parent: container });
      else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) visit(content);
      } else if (c.name === 'w:customXml') visit(c);
    }
  };
  visit(table);
  return out;
}

export function cellsOf(row: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (container: XmlElement): void => {
    for (const c of container.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'w:tc') out.push(c);
      else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) visit(content);
      } else if (c.name === 'w:customXml') visit(c);
    }
  };
  visit(row);
  return out;
}

function firstParagraph(cell: XmlElement): XmlElement | undefined {
  for (const c of cell.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') return c;
    if (c.name === 'w:sdt' || c.name === 'w:customXml') {
      const inner = firstParagraph(c.name === 'w:sdt' ? child(c, 'w:sdtContent') ?? c : c);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Replaces what a cell holds by one paragraph with `text`, keeping the cell's own formatting. */
export function setCellText(cell: XmlElement, text: string): void {
  const model = firstParagraph(cell);
  const pPr = model ? child(model, 'w:pPr') : undefined;
  const run = model ? firstRun(model) : undefined;
  const rPr = (run ? cleanRunProperties(child(run, 'w:rPr')) : null) ?? (model ? paragraphMarkRunProperties(model) : null);
  const paragraph = el('w:p', model ? { ...model.attributes } : {}, pPr ? [cleanParagraphProperties(pPr)] : []);
  const newRun = runOf(text, rPr);
  if (newRun) paragraph.children.push(newRun);
  const tcPr = child(cell, 'w:tcPr');
  cell.children = tcPr ? [tcPr, paragraph] : [paragraph];
}

function cleanParagraphProperties(pPr: XmlElement): XmlElement {
  const copy = clone(pPr);
  copy.children = copy.children.filter((c) => typeof c === 'string' || !['w:pPrChange', 'w:sectPr'].includes(c.name));
  return copy;
}

/** Cell values to the cells there are: values beyond the last cell go into it, one per line. */
function fitted(cells: readonly string[], count: number): string[] {
  const out = cells.slice(0, count).map((c) => c);
  while (out.length < count) out.push('');
  if (cells.length > count && count > 0) out[count - 1] = [out[count - 1] ?? '', ...cells.slice(count)].filter((c) => c !== '').join('\n');
  return out;
}

export function setRow(ref: TableRef, rowIndex: number, cells: readonly string[]): void {
  const rows = rowsOf(ref.table);
  const header = rows.findIndex((r) => r.row === ref.headerRow);
  const target = rows[header + rowIndex];
  if (header < 0 || rowIndex < 1 || !target) throw new Error(`Tabelrij ${rowIndex} bestaat niet.`);
  const tcs = cellsOf(target.row);
  fitted(cells, tcs.length).forEach((text, i) => {
    const tc = tcs[i];
    if (tc) setCellText(tc, text);
  });
}

const ROW_ONLY = ['w:tblHeader', 'w:ins', 'w:del', 'w:trPrChange', 'w:cnfStyle'];
const CELL_ONLY = ['w:vMerge', 'w:cnfStyle', 'w:tcPrChange', 'w:cellIns', 'w:cellDel', 'w:cellMerge'];

export function appendRows(ref: TableRef, rows: readonly (readonly string[])[]): void {
  const all = rowsOf(ref.table);
  const last = all[all.length - 1];
  if (!last) throw new Error('De tabel heeft geen rijen.');
  let anchor = last.row;
  for (const cells of rows) {
    const row = clone(last.row);
    // Only what makes a row look like the others is copied: not a header mark or a revision.
    const trPr = child(row, 'w:trPr');
    if (trPr) trPr.children = trPr.children.filter((c) => typeof c === 'string' || !ROW_ONLY.includes(c.name));
    const tcs = cellsOf(row);
    for (const tc of tcs) {
      const tcPr = child(tc, 'w:tcPr');
      if (tcPr) tcPr.children = tcPr.children.filter((c) => typeof c === 'string' || !CELL_ONLY.includes(c.name));
    }
    fitted(cells, tcs.length).forEach((text, i) => {
      const tc = tcs[i];
      if (tc) setCellText(tc, text);
    });
    last.parent.children.splice(last.parent.children.indexOf(anchor) + 1, 0, row);
    anchor = row;
  }
}
