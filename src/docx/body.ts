// word/document.xml → paragraphs and tables as the reader sees them: runs split anywhere, tracked
// insertions and deletions, hidden text (direct or through styles), field results, content
// controls, automatic numbering labels and comment anchors.
import type { BlockSnapshot, ParagraphSnapshot, Revision, TextSegment } from '../core/snapshot';
import type { NumberingCounter } from './numbering';
import type { Styles } from './styles';
import { walkBody } from './walk';
import { child, isOn, type XmlElement } from './xml';

interface Context {
  readonly styles: Styles;
  readonly numbering: NumberingCounter;
  readonly warnings: Set<string>;
  paragraphCount: number;
  readonly openComments: Set<string>;
}

interface RunState {
  readonly revision: Revision;
  readonly controlTag: string | null;
  /** Hidden through the paragraph's style (runs may override). */
  readonly paragraphHidden: boolean | undefined;
}

/** Elements whose text never reaches the printed page of the body flow. */
const SKIPPED = new Set([
  'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object', 'w:footnoteReference', 'w:endnoteReference',
  'w:sdtPr', 'w:sdtEndPr', 'w:rPr', 'w:pPr', 'w:fldData', 'w:commentReference', 'mc:AlternateContent',
]);

function runIsHidden(run: XmlElement, ctx: Context, state: RunState): boolean {
  const rPr = child(run, 'w:rPr');
  const direct = rPr ? isOn(child(rPr, 'w:vanish')) : undefined;
  if (direct !== undefined) return direct;
  const rStyle = rPr ? child(rPr, 'w:rStyle')?.attributes['w:val'] : undefined;
  const viaCharacterStyle = ctx.styles.characterHidden(rStyle);
  if (viaCharacterStyle !== undefined) return viaCharacterStyle;
  return state.paragraphHidden ?? ctx.styles.defaultHidden;
}

/** The text one child of a run gives a reader (the writer counts offsets with the same rule). */
export function runChildText(c: XmlElement): string {
  switch (c.name) {
    case 'w:t':
    case 'w:delText': {
      let text = '';
      for (const t of c.children) if (typeof t === 'string') text += t;
      return text;
    }
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '\u2011';
    case 'w:sym': {
      const code = c.attributes['w:char'];
      return code ? String.fromCharCode(parseInt(code, 16) & 0xffff) : '';
    }
    default:
      return '';
  }
}

function collectRun(run: XmlElement, ctx: Context, state: RunState, out: TextSegment[]): void {
  const hidden = runIsHidden(run, ctx, state);
  let text = '';
  for (const c of run.children) if (typeof c !== 'string') text += runChildText(c);
  if (text.length > 0) out.push({ text, hidden, revision: state.revision, controlTag: state.controlTag });
}

/** Whether an element holds text a reader could see (text boxes inside drawings do). */
function holdsText(element: XmlElement): boolean {
  return element.children.some((c) => typeof c !== 'string' && (c.name === 'w:t' ? c.children.length > 0 : holdsText(c)));
}

const TEXT_CONTAINERS = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']);

function collectInline(element: XmlElement, ctx: Context, state: RunState, out: TextSegment[], commentIds: Set<string>): void {
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    if (SKIPPED.has(c.name)) {
      if (TEXT_CONTAINERS.has(c.name) && holdsText(c)) ctx.warnings.add('Tekst in tekstvakken en tekeningen is niet gecontroleerd.');
      continue;
    }
    switch (c.name) {
      case 'w:r':
        for (const inner of c.children) {
          if (typeof inner !== 'string' && TEXT_CONTAINERS.has(inner.name) && holdsText(inner)) ctx.warnings.add('Tekst in tekstvakken en tekeningen is niet gecontroleerd.');
        }
        collectRun(c, ctx, state, out);
        for (const id of ctx.openComments) commentIds.add(id);
        break;
      case 'w:ins':
      case 'w:moveTo':
        collectInline(c, ctx, { ...state, revision: 'inserted' }, out, commentIds);
        break;
      case 'w:del':
      case 'w:moveFrom':
        collectInline(c, ctx, { ...state, revision: 'deleted' }, out, commentIds);
        break;
      case 'w:sdt': {
        const props = child(c, 'w:sdtPr');
        const tag = props && child(props, 'w:tag')?.attributes['w:val'];
        const content = child(c, 'w:sdtContent');
        if (content) collectInline(content, ctx, { ...state, controlTag: tag ?? state.controlTag }, out, commentIds);
        break;
      }
      case 'w:commentRangeStart': {
        const id = c.attributes['w:id'];
        if (id !== undefined) {
          ctx.openComments.add(id);
          commentIds.add(id);
        }
        break;
      }
      case 'w:commentRangeEnd': {
        const id = c.attributes['w:id'];
        if (id !== undefined) ctx.openComments.delete(id);
        break;
      }
      default:
        // w:hyperlink, w:smartTag, w:customXml, w:fldSimple, w:bdo, w:dir and unknown wrappers:
        // their runs are part of the text.
        collectInline(c, ctx, state, out, commentIds);
    }
  }
}

function readParagraph(p: XmlElement, ctx: Context, controlTag: string | null): ParagraphSnapshot {
  const pPr = child(p, 'w:pPr');
  const styleId = pPr ? child(pPr, 'w:pStyle')?.attributes['w:val'] : undefined;
  const style = ctx.styles.paragraph(styleId);
  const numPr = pPr ? child(pPr, 'w:numPr') : undefined;
  const numId = (numPr ? child(numPr, 'w:numId')?.attributes['w:val'] : undefined) ?? style.numId;
  const ilvlAttr = numPr ? child(numPr, 'w:ilvl')?.attributes['w:val'] : undefined;
  const ilvl = ilvlAttr !== undefined ? Number(ilvlAttr) : style.ilvl ?? 0;
  const listLabel = numId !== undefined ? ctx.numbering.label(numId, Number.isFinite(ilvl) ? ilvl : 0) : '';
  const segments: TextSegment[] = [];
  const commentIds = new Set<string>(ctx.openComments);
  collectInline(p, ctx, { revision: 'none', controlTag, paragraphHidden: style.hidden }, segments, commentIds);
  const outline = pPr ? child(pPr, 'w:outlineLvl')?.attributes['w:val'] : undefined;
  const headingLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.headingLevel;
  const index = ctx.paragraphCount;
  ctx.paragraphCount += 1;
  return { kind: 'paragraph', index, listLabel, styleName: style.name, headingLevel, segments, commentIds: [...commentIds] };
}

export interface BodyResult {
  readonly blocks: BlockSnapshot[];
  readonly warnings: string[];
}

export function readBody(documentRoot: XmlElement, styles: Styles, numbering: NumberingCounter): BodyResult {
  const ctx: Context = { styles, numbering, warnings: new Set(), paragraphCount: 0, openComments: new Set() };
  const blocks: BlockSnapshot[] = [];
  // Tables are built as the walk enters them; a table inside a cell is read as that cell's text.
  let table: ParagraphSnapshot[][][] | null = null;
  let row: ParagraphSnapshot[][] | null = null;
  let cell: ParagraphSnapshot[] | null = null;
  let nesting = 0;
  walkBody(documentRoot, {
    paragraph(p, _ancestors, controlTag) {
      const paragraph = readParagraph(p, ctx, controlTag);
      if (cell) cell.push(paragraph);
      else blocks.push(paragraph);
    },
    tableStart() {
      nesting += 1;
      if (nesting === 1) table = [];
      else ctx.warnings.add('Een tabel binnen een tabelcel is als tekst gelezen.');
    },
    tableEnd() {
      nesting -= 1;
      if (nesting === 0 && table) {
        blocks.push({ kind: 'table', rows: table });
        table = null;
      }
    },
    rowStart() {
      if (nesting === 1) row = [];
    },
    rowEnd() {
      if (nesting === 1 && row && table) table.push(row);
    },
    cellStart() {
      if (nesting === 1) cell = [];
    },
    cellEnd() {
      if (nesting === 1 && cell && row) {
        row.push(cell);
        cell = null;
      }
    },
    skipped(reason) {
      ctx.warnings.add(reason);
    },
  });
  return { blocks, warnings: [...ctx.warnings] };
}
