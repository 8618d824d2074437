// word/document.xml → paragraphs and tables as the reader sees them: runs split anywhere, tracked
// insertions and deletions, hidden text (direct or through styles), field results, content
// controls, automatic numbering labels and comment anchors.
import type { BlockSnapshot, HiddenBy, ParagraphSnapshot, Revision, TextSegment } from '../core/snapshot';
import type { NumberingCounter } from './numbering';
import type { Styles } from './styles';
import { pageColour, paragraphFormatting, runHiddenBy, runText, TEXT_CONTAINERS, walkRuns } from './visible-text';
import { walkBody } from './walk';
import { child, type XmlElement } from './xml';

interface Context {
  readonly styles: Styles;
  readonly numbering: NumberingCounter;
  readonly warnings: Set<string>;
  /** The page colour (w:document/w:background). */
  readonly page: number;
  paragraphCount: number;
  readonly openComments: Set<string>;
}

/** Whether an element holds text a reader could see (text boxes inside drawings do). */
function holdsText(element: XmlElement): boolean {
  return element.children.some((c) => typeof c !== 'string' && (c.name === 'w:t' ? c.children.length > 0 : holdsText(c)));
}

/** A segment; `hiddenBy` is left out for hidden font, as the snapshot's contract says. */
function out(segments: TextSegment[], text: string, why: HiddenBy | null, revision: Revision, controlTag: string | null): void {
  if (why === null) segments.push({ text, hidden: false, revision, controlTag });
  else if (why === 'vanish') segments.push({ text, hidden: true, revision, controlTag });
  else segments.push({ text, hidden: true, hiddenBy: why, revision, controlTag });
}

function warnOfTextBoxes(run: XmlElement, ctx: Context): void {
  for (const inner of run.children) {
    if (typeof inner !== 'string' && TEXT_CONTAINERS.has(inner.name) && holdsText(inner)) ctx.warnings.add('Tekst in tekstvakken en tekeningen is niet gecontroleerd.');
  }
}

function readParagraph(p: XmlElement, ancestors: readonly XmlElement[], ctx: Context, controlTag: string | null): ParagraphSnapshot {
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
  walkRuns(p, controlTag, {
    run(run, _ancestors, revision, tag) {
      warnOfTextBoxes(run, ctx);
      const text = runText(run);
      if (text.length > 0) {
        const why = runHiddenBy(run, formatting, revision);
        out(segments, text, why, revision, tag);
      }
      for (const id of ctx.openComments) commentIds.add(id);
    },
    commentStart(id) {
      ctx.openComments.add(id);
      commentIds.add(id);
    },
    commentEnd(id) {
      ctx.openComments.delete(id);
    },
  });
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
  const ctx: Context = { styles, numbering, warnings: new Set(), page: pageColour(documentRoot), paragraphCount: 0, openComments: new Set() };
  const blocks: BlockSnapshot[] = [];
  // Tables are built as the walk enters them; a table inside a cell is read as that cell's text.
  let table: ParagraphSnapshot[][][] | null = null;
  let row: ParagraphSnapshot[][] | null = null;
  let cell: ParagraphSnapshot[] | null = null;
  let nesting = 0;
  walkBody(documentRoot, {
    paragraph(p, ancestors, controlTag) {
      const paragraph = readParagraph(p, ancestors, ctx, controlTag);
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
