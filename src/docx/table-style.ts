// What a table style paints behind the text of a cell (ECMA-376 Part 1 §17.7.6): the whole table's
// shading (w:tblPr/w:shd or w:tcPr/w:shd of the style), overridden by the conditional formatting
// the table's w:tblLook turns on (w:tblStylePr: banded rows, then first and last column, then
// first and last row, in that order of precedence). A cell's own w:shd and a paragraph's come first
// (visible-text.ts); this is what is behind the text otherwise.
import type { Colour } from './visible-text';
import { child, childrenNamed, type XmlElement } from './xml';

/** Reads a w:shd (visible-text.ts's shadingColour, with the document's theme). */
export type ShadingReader = (shd: XmlElement | undefined) => Colour | undefined;

/** The parts of a table that conditional formatting names (ST_TblStyleOverrideType), and the whole table. */
type Region = 'wholeTable' | 'band1Horz' | 'band2Horz' | 'firstCol' | 'lastCol' | 'firstRow' | 'lastRow';

/** A table style's shading by region; absent: the style does not shade that region. */
export type TableShading = Readonly<Partial<Record<Region, Colour>>>;

export const NO_TABLE_SHADING: TableShading = {};

const REGIONS: ReadonlySet<string> = new Set(['band1Horz', 'band2Horz', 'firstCol', 'lastCol', 'firstRow', 'lastRow']);

function shadingIn(properties: XmlElement | undefined, holder: 'w:tcPr' | 'w:tblPr', shade: ShadingReader): Colour | undefined {
  const inner = properties && child(properties, holder);
  return inner && shade(child(inner, 'w:shd'));
}

/** The shading a table style (w:style w:type="table") sets itself, region by region. */
export function readTableShading(style: XmlElement, shade: ShadingReader): TableShading {
  const out: Partial<Record<Region, Colour>> = {};
  const whole = shadingIn(style, 'w:tcPr', shade) ?? shadingIn(style, 'w:tblPr', shade);
  if (whole !== undefined) out.wholeTable = whole;
  for (const conditional of childrenNamed(style, 'w:tblStylePr')) {
    const type = conditional.attributes['w:type'] ?? '';
    if (!REGIONS.has(type)) continue;
    const colour = shadingIn(conditional, 'w:tcPr', shade) ?? shadingIn(conditional, 'w:tblPr', shade);
    if (colour !== undefined) out[type as Region] = colour;
  }
  return out;
}

/** w:tblLook (§17.4.56): the attributes, or the older hexadecimal w:val; absent: Word's default 04A0. */
function lookOf(tblPr: XmlElement | undefined): { firstRow: boolean; lastRow: boolean; firstCol: boolean; lastCol: boolean; hBand: boolean } {
  const look = tblPr && child(tblPr, 'w:tblLook');
  const a = look?.attributes ?? {};
  const bits = parseInt(a['w:val'] ?? '04A0', 16) || 0;
  const flag = (name: string, bit: number): boolean => (a[name] !== undefined ? a[name] === '1' || a[name] === 'true' || a[name] === 'on' : (bits & bit) !== 0);
  return { firstRow: flag('w:firstRow', 0x20), lastRow: flag('w:lastRow', 0x40), firstCol: flag('w:firstColumn', 0x80), lastCol: flag('w:lastColumn', 0x100), hBand: !flag('w:noHBand', 0x200) };
}

/** Where each row and cell of a table stands, found once per table (a long table is not searched per paragraph). */
const positions = new WeakMap<XmlElement, { rows: Map<XmlElement, number>; rowCount: number }>();

function rowsOf(table: XmlElement): { rows: Map<XmlElement, number>; rowCount: number } {
  let known = positions.get(table);
  if (!known) {
    const rows = new Map<XmlElement, number>();
    for (const row of childrenNamed(table, 'w:tr')) rows.set(row, rows.size);
    known = { rows, rowCount: rows.size };
    positions.set(table, known);
  }
  return known;
}

/**
 * What the table style paints behind a cell's text: `ancestors` run from the document down to the
 * paragraph's parent, with the innermost table, its row and its cell among them.
 */
export function tableStyleShading(ancestors: readonly XmlElement[], styleOf: (styleId: string | undefined) => TableShading): Colour | undefined {
  let at = ancestors.length - 1;
  while (at >= 0 && (ancestors[at] as XmlElement).name !== 'w:tc') at -= 1;
  const cell = ancestors[at];
  const row = ancestors[at - 1];
  const table = ancestors[at - 2];
  if (!cell || row?.name !== 'w:tr' || table?.name !== 'w:tbl') return undefined;
  const tblPr = child(table, 'w:tblPr');
  const shading = styleOf(tblPr && child(tblPr, 'w:tblStyle')?.attributes['w:val']);
  if (shading === NO_TABLE_SHADING) return undefined;
  const look = lookOf(tblPr);
  const { rows, rowCount } = rowsOf(table);
  const rowIndex = rows.get(row) ?? -1;
  const cells = childrenNamed(row, 'w:tc');
  const column = cells.indexOf(cell);
  const firstRow = look.firstRow && rowIndex === 0;
  const lastRow = look.lastRow && rowIndex === rowCount - 1;
  const band = rowIndex - (look.firstRow ? 1 : 0);
  const pick = (region: Region, on: boolean): Colour | undefined => (on ? shading[region] : undefined);
  return pick('firstRow', firstRow) ?? pick('lastRow', lastRow)
    ?? pick('firstCol', look.firstCol && column === 0) ?? pick('lastCol', look.lastCol && column === cells.length - 1)
    ?? (look.hBand && !firstRow && !lastRow && band >= 0 ? shading[band % 2 === 0 ? 'band1Horz' : 'band2Horz'] : undefined)
    ?? shading.wholeTable;
}
