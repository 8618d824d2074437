// word/document.xml → paragraphs and tables as the reader sees them: runs split anywhere, tracked
// insertions and deletions, hidden text (direct or through styles), field results, content
// controls, automatic numbering labels and comment anchors.
import type { BlockSnapshot, ParagraphSnapshot, Revision, TextSegment } from '../core/snapshot';
import type { NumberingCounter } from './numbering';
import type { Styles } from './styles';
import { walkBlocks } from './walk';
import { child, isOn, type XmlElement } from './xml';

/** The value a data-bound content control shows (its w:sdtPr), or null to keep the cached text. */
export type BoundValue = (sdtPr: XmlElement) => string | null;

/** An open complex field (w:fldChar begin … separate … end): its instruction, then its result. */
interface FieldFrame {
  instruction: string;
  inResult: boolean;
}

interface Context {
  styles: Styles;
  numbering: NumberingCounter;
  readonly warnings: Set<string>;
  paragraphCount: number;
  readonly openComments: Set<string>;
  /** Complex fields open at this point of the story (they may span runs and paragraphs). */
  fields: FieldFrame[];
  readonly bound: BoundValue;
}

interface RunState {
  readonly revision: Revision;
  readonly controlTag: string | null;
  /** Hidden through the paragraph's style (runs may override). */
  readonly paragraphHidden: boolean | undefined;
  /** The keyword of the w:fldSimple around this text, if any. */
  readonly field?: string;
}

/** A field instruction's keyword: "PAGE", "NUMPAGES", "MERGEFIELD"… */
function fieldKeyword(instruction: string): string {
  return /^\s*(\S+)/.exec(instruction)?.[1]?.toUpperCase() ?? '';
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

/** The field whose shown result text here is: the innermost w:fldSimple, else the innermost complex field. */
function currentField(ctx: Context, state: RunState): string | undefined {
  if (state.field !== undefined) return state.field;
  const top = ctx.fields[ctx.fields.length - 1];
  return top?.inResult ? fieldKeyword(top.instruction) : undefined;
}

/** Follows w:fldChar and w:instrText; true at a w:fldChar (the field around the next text may change there). */
function followField(c: XmlElement, ctx: Context): boolean {
  if (c.name === 'w:instrText') {
    const top = ctx.fields[ctx.fields.length - 1];
    if (top && !top.inResult) for (const t of c.children) if (typeof t === 'string') top.instruction += t;
    return false;
  }
  if (c.name !== 'w:fldChar') return false;
  const type = c.attributes['w:fldCharType'];
  if (type === 'begin') ctx.fields.push({ instruction: '', inResult: false });
  else if (type === 'separate') {
    const top = ctx.fields[ctx.fields.length - 1];
    if (top) top.inResult = true;
  } else if (type === 'end') ctx.fields.pop();
  return true;
}

function collectRun(run: XmlElement, ctx: Context, state: RunState, out: TextSegment[]): void {
  const hidden = runIsHidden(run, ctx, state);
  let text = '';
  const flush = (): void => {
    const field = currentField(ctx, state);
    if (text.length > 0) out.push({ text, hidden, revision: state.revision, controlTag: state.controlTag, ...(field !== undefined ? { field } : {}) });
    text = '';
  };
  for (const c of run.children) {
    if (typeof c === 'string') continue;
    if (followField(c, ctx)) {
      flush();
      continue;
    }
    text += runChildText(c);
  }
  flush();
}

/** A data-bound control's shown value as one segment, formatted as its first run; false when it has none. */
function collectBound(sdt: XmlElement, ctx: Context, state: RunState, out: TextSegment[]): boolean {
  const props = child(sdt, 'w:sdtPr');
  const value = props && child(props, 'w:dataBinding') ? ctx.bound(props) : null;
  if (value === null) return false;
  const content = child(sdt, 'w:sdtContent');
  const first = content && child(content, 'w:r');
  const hidden = first ? runIsHidden(first, ctx, state) : state.paragraphHidden ?? ctx.styles.defaultHidden;
  const field = currentField(ctx, state);
  if (value.length > 0) out.push({ text: value, hidden, revision: state.revision, controlTag: state.controlTag, ...(field !== undefined ? { field } : {}) });
  return true;
}

function collectInline(element: XmlElement, ctx: Context, state: RunState, out: TextSegment[], commentIds: Set<string>): void {
  for (const c of element.children) {
    if (typeof c === 'string') continue;
    // Text boxes in drawings are stories of their own (story-order.ts).
    if (SKIPPED.has(c.name)) continue;
    switch (c.name) {
      case 'w:r':
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
        const inner = { ...state, controlTag: tag ?? state.controlTag };
        const content = child(c, 'w:sdtContent');
        if (!collectBound(c, ctx, inner, out) && content) collectInline(content, ctx, inner, out, commentIds);
        break;
      }
      case 'w:fldSimple':
        collectInline(c, ctx, { ...state, field: fieldKeyword(c.attributes['w:instr'] ?? '') }, out, commentIds);
        break;
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
        // w:hyperlink, w:smartTag, w:customXml, w:bdo, w:dir and unknown wrappers:
        // their runs are part of the text.
        collectInline(c, ctx, state, out, commentIds);
    }
  }
}

/** The text a data-bound block-level control gives this paragraph ('' after its first); null when unbound. */
function blockBinding(ancestors: readonly XmlElement[], p: XmlElement, ctx: Context): string | null {
  for (let i = ancestors.length - 1; i > 0; i -= 1) {
    const a = ancestors[i] as XmlElement;
    if (a.name === 'w:tc') return null;
    if (a.name !== 'w:sdtContent') continue;
    const sdt = ancestors[i - 1] as XmlElement;
    const props = child(sdt, 'w:sdtPr');
    const value = props && child(props, 'w:dataBinding') ? ctx.bound(props) : null;
    if (value === null) continue;
    // Word puts the bound value in the control's first paragraph; the others show nothing.
    return child(a, 'w:p') === p ? value : '';
  }
  return null;
}

function readParagraph(p: XmlElement, ctx: Context, controlTag: string | null, bound: string | null): ParagraphSnapshot {
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
  const state: RunState = { revision: 'none', controlTag, paragraphHidden: style.hidden };
  if (bound === null) collectInline(p, ctx, state, segments, commentIds);
  else if (bound.length > 0) segments.push({ text: bound, hidden: style.hidden ?? ctx.styles.defaultHidden, revision: 'none', controlTag });
  const outline = pPr ? child(pPr, 'w:outlineLvl')?.attributes['w:val'] : undefined;
  const headingLevel = outline !== undefined && Number(outline) < 9 ? Number(outline) + 1 : style.headingLevel;
  const index = ctx.paragraphCount;
  ctx.paragraphCount += 1;
  return { kind: 'paragraph', index, listLabel, styleName: style.name, headingLevel, segments, commentIds: [...commentIds] };
}

/**
 * Reads containers of blocks (the body, then each story) with one paragraph counter, so story
 * paragraphs are numbered on from the body's. `styles`/`numbering` may be swapped for a part read
 * with another package's (a nested .docx).
 */
export class BlockReader {
  private readonly ctx: Context;

  constructor(styles: Styles, numbering: NumberingCounter, bound: BoundValue = () => null) {
    this.ctx = { styles, numbering, warnings: new Set(), paragraphCount: 0, openComments: new Set(), fields: [], bound };
  }

  get paragraphCount(): number {
    return this.ctx.paragraphCount;
  }

  get warnings(): string[] {
    return [...this.ctx.warnings];
  }

  warn(reason: string): void {
    this.ctx.warnings.add(reason);
  }

  /** A paragraph of plain text (from an imported HTML, RTF or text part), numbered on. */
  plainParagraph(text: string): ParagraphSnapshot {
    const index = this.ctx.paragraphCount;
    this.ctx.paragraphCount += 1;
    return { kind: 'paragraph', index, listLabel: '', styleName: '', headingLevel: 0, segments: text ? [{ text, hidden: false, revision: 'none', controlTag: null }] : [], commentIds: [] };
  }

  /** The blocks of one story: fields and comment ranges do not run over from the story before. */
  read(container: XmlElement, using?: { readonly styles: Styles; readonly numbering: NumberingCounter }): BlockSnapshot[] {
    const ctx = this.ctx;
    const saved = { styles: ctx.styles, numbering: ctx.numbering };
    if (using) [ctx.styles, ctx.numbering] = [using.styles, using.numbering];
    ctx.fields = [];
    ctx.openComments.clear();
    try {
      return readBlocks(container, ctx);
    } finally {
      [ctx.styles, ctx.numbering] = [saved.styles, saved.numbering];
    }
  }
}

function readBlocks(container: XmlElement, ctx: Context): BlockSnapshot[] {
  const blocks: BlockSnapshot[] = [];
  // Tables are built as the walk enters them; a table inside a cell is read as that cell's text.
  let table: ParagraphSnapshot[][][] | null = null;
  let row: ParagraphSnapshot[][] | null = null;
  let cell: ParagraphSnapshot[] | null = null;
  let nesting = 0;
  walkBlocks(container, {
    paragraph(p, ancestors, controlTag) {
      const paragraph = readParagraph(p, ctx, controlTag, blockBinding(ancestors, p, ctx));
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
    // Imported parts are stories of their own (story-order.ts).
    altChunk: () => undefined,
  });
  return blocks;
}
