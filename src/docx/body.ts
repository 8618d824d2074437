// word/document.xml → paragraphs and tables as the reader sees them: runs split anywhere, tracked
// insertions and deletions, hidden text (direct or through styles), field results, content
// controls, automatic numbering labels and comment anchors.
import { type ReaderWarning, ReaderWarnings } from '../core/reader-warning';
import type { BlockSnapshot, HiddenBy, ParagraphSnapshot, Revision, TextSegment } from '../core/snapshot';
import type { ImportedPiece } from './imported';
import type { NumberingCounter } from './numbering';
import type { Styles } from './styles';
import { paragraphFormatting, type ParagraphFormatting, runChildText, runHiddenBy, walkRuns } from './visible-text';
import { walkBlocks } from './walk';
import { child, type XmlElement } from './xml';

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
  readonly warnings: ReaderWarnings;
  /** The page colour (w:document/w:background). */
  readonly page: number;
  paragraphCount: number;
  readonly openComments: Set<string>;
  /** Complex fields open at this point of the story (they may span runs and paragraphs). */
  fields: FieldFrame[];
  readonly bound: BoundValue;
}

/** A field instruction's keyword: "PAGE", "NUMPAGES", "MERGEFIELD"… */
function fieldKeyword(instruction: string): string {
  return /^\s*(\S+)/.exec(instruction)?.[1]?.toUpperCase() ?? '';
}

/** The keyword of the innermost w:fldSimple among a run's containers, if any. */
function simpleFieldOf(ancestors: readonly XmlElement[]): string | undefined {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const a = ancestors[i] as XmlElement;
    if (a.name === 'w:fldSimple') return fieldKeyword(a.attributes['w:instr'] ?? '');
  }
  return undefined;
}

/** The field whose shown result text here is: the innermost w:fldSimple, else the innermost complex field. */
function currentField(ctx: Context, simple: string | undefined): string | undefined {
  if (simple !== undefined) return simple;
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

/** A segment; `hiddenBy` is left out for hidden font, as the snapshot's contract says. */
function segment(text: string, why: HiddenBy | null, revision: Revision, controlTag: string | null, field: string | undefined): TextSegment {
  const base = { text, hidden: why !== null, revision, controlTag, ...(field !== undefined ? { field } : {}) };
  return why === null || why === 'vanish' ? base : { ...base, hiddenBy: why };
}

/** A run's text as segments, split where a complex field begins, separates or ends. */
function collectRun(run: XmlElement, ctx: Context, why: HiddenBy | null, revision: Revision, tag: string | null, simple: string | undefined, out: TextSegment[]): void {
  let text = '';
  const flush = (): void => {
    if (text.length > 0) out.push(segment(text, why, revision, tag, currentField(ctx, simple)));
    text = '';
  };
  for (const c of run.children) {
    if (typeof c === 'string') continue;
    if (followField(c, ctx)) flush();
    else text += runChildText(c);
  }
  flush();
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

/** The paragraph's own look for text that has no run of its own (a bound value). */
function paragraphHiddenBy(formatting: ParagraphFormatting, run: XmlElement | undefined, revision: Revision): HiddenBy | null {
  return runHiddenBy(run ?? { name: 'w:r', attributes: {}, children: [] }, formatting, revision);
}

function readParagraph(p: XmlElement, ancestors: readonly XmlElement[], ctx: Context, controlTag: string | null, bound: string | null): ParagraphSnapshot {
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
  const formatting = paragraphFormatting(p, ancestors, ctx.styles, ctx.page);
  if (bound !== null) {
    if (bound.length > 0) segments.push(segment(bound, paragraphHiddenBy(formatting, undefined, 'none'), 'none', controlTag, undefined));
  } else {
    walkRuns(p, controlTag, {
      run(run, runAncestors, revision, tag) {
        collectRun(run, ctx, runHiddenBy(run, formatting, revision), revision, tag, simpleFieldOf(runAncestors), segments);
        for (const id of ctx.openComments) commentIds.add(id);
      },
      control(sdt, revision, tag) {
        // A data-bound control shows the bound value, formatted as its first run.
        const props = child(sdt, 'w:sdtPr');
        const value = props && child(props, 'w:dataBinding') ? ctx.bound(props) : null;
        if (value === null) return false;
        const content = child(sdt, 'w:sdtContent');
        const first = content ? child(content, 'w:r') : undefined;
        if (value.length > 0) segments.push(segment(value, paragraphHiddenBy(formatting, first, revision), revision, tag, currentField(ctx, undefined)));
        return true;
      },
      commentStart(id) {
        ctx.openComments.add(id);
        commentIds.add(id);
      },
      commentEnd(id) {
        ctx.openComments.delete(id);
      },
    });
  }
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

  /** `page` is the page colour (pageColour of w:document; white by default): text like it is unreadable. */
  constructor(styles: Styles, numbering: NumberingCounter, bound: BoundValue = () => null, page = 0xffffff) {
    this.ctx = { styles, numbering, warnings: new ReaderWarnings(), page, paragraphCount: 0, openComments: new Set(), fields: [], bound };
  }

  get paragraphCount(): number {
    return this.ctx.paragraphCount;
  }

  get warnings(): ReaderWarning[] {
    return this.ctx.warnings.list;
  }

  warn(warning: ReaderWarning): void {
    this.ctx.warnings.add(warning);
  }

  /** A paragraph of plain text (from an imported HTML, RTF or text part), numbered on. */
  /** A paragraph of an imported part: plain text, or pieces with what hides them (imported.ts). */
  plainParagraph(text: string | readonly ImportedPiece[]): ParagraphSnapshot {
    const index = this.ctx.paragraphCount;
    this.ctx.paragraphCount += 1;
    const pieces = typeof text === 'string' ? [{ text, hiddenBy: null }] : text;
    const segments: TextSegment[] = pieces.filter((p) => p.text !== '').map((p) => ({
      text: p.text, hidden: p.hiddenBy !== null, ...(p.hiddenBy !== null && p.hiddenBy !== 'vanish' ? { hiddenBy: p.hiddenBy } : {}), revision: 'none', controlTag: null,
    }));
    return { kind: 'paragraph', index, listLabel: '', styleName: '', headingLevel: 0, segments, commentIds: [] };
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
      const paragraph = readParagraph(p, ancestors, ctx, controlTag, blockBinding(ancestors, p, ctx));
      if (cell) cell.push(paragraph);
      else blocks.push(paragraph);
    },
    tableStart() {
      nesting += 1;
      if (nesting === 1) table = [];
      else ctx.warnings.add({ code: 'nested-table' });
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
    skipped(warning) {
      ctx.warnings.add(warning);
    },
    // Imported parts are stories of their own (story-order.ts).
    altChunk: () => undefined,
  });
  return blocks;
}
