// Finds, in the parts of a .docx, the paragraphs the snapshot numbered and the runs behind each
// offset of their visible text. Paragraphs come from the same walks the reader uses (walk.ts for
// the blocks of the body and of every story, story-order.ts for the order of the stories), and
// runs from the same rule (visible-text.ts), so an index or an offset in a plan points at the same
// text here as it did in the snapshot.
import type { DocxPackage } from './package';
import type { StorySource } from './story-order';
import { storiesOf } from './stories';
import type { Styles } from './styles';
import { pageColour, paragraphFormatting, type ParagraphFormatting, runChildText, runHiddenBy, walkRuns } from './visible-text';
import { type BodyVisitor, walkBlocks, walkBody } from './walk';
import type { XmlElement } from './xml';

export interface LocatedParagraph {
  readonly element: XmlElement;
  /** Containers from w:document (or the story's container) down to the paragraph's parent. */
  readonly ancestors: readonly XmlElement[];
  /** The part that holds the paragraph (a text box is in the part of the paragraph holding it). */
  readonly part: string;
  /** The story the paragraph belongs to; null in the body. */
  readonly story: StorySource | null;
}

function collector(out: LocatedParagraph[], part: string, story: StorySource | null): BodyVisitor {
  const ignore = (): void => undefined;
  return {
    paragraph: (element, ancestors) => out.push({ element, ancestors, part, story }),
    tableStart: ignore, tableEnd: ignore, rowStart: ignore, rowEnd: ignore, cellStart: ignore, cellEnd: ignore, skipped: ignore, altChunk: ignore,
  };
}

/** The body's paragraphs, in the reader's order. */
export function locateParagraphs(documentRoot: XmlElement, mainPath = 'word/document.xml'): LocatedParagraph[] {
  const out: LocatedParagraph[] = [];
  walkBody(documentRoot, collector(out, mainPath, null));
  return out;
}

export interface LocatedDocument {
  /** Every paragraph of the body and of the stories that can be written, by snapshot index. */
  readonly paragraphs: readonly LocatedParagraph[];
  /** Indices from here on are paragraphs of imported parts (altChunk), which are never written. */
  readonly importedFrom: number | null;
}

/** Every paragraph the snapshot numbered: the body's, then each story's, in the shared order. */
export function locateDocument(pkg: DocxPackage): LocatedDocument {
  const paragraphs = locateParagraphs(pkg.document.root, pkg.mainPath);
  let importedFrom: number | null = null;
  for (const story of storiesOf(pkg).stories) {
    // Imported parts come last in the order, so every index before them is found here.
    if (story.content.kind === 'embedded') {
      importedFrom ??= paragraphs.length;
      continue;
    }
    walkBlocks(story.content.container, collector(paragraphs, story.content.part, story));
  }
  return { paragraphs, importedFrom };
}

/** How every run of a located paragraph is formatted alike, for visiblePieces. */
export function formattingOf(located: LocatedParagraph, styles: Styles, documentRoot: XmlElement): ParagraphFormatting {
  return paragraphFormatting(located.element, located.ancestors, styles, pageColour(documentRoot, styles.theme));
}

// --- Visible text of a paragraph, run by run ---------------------------------------------------

/** A visible run and where its text stands in the paragraph's visible text. */
export interface RunPiece {
  readonly run: XmlElement;
  /** Containers from the paragraph down to the run's parent. */
  readonly ancestors: readonly XmlElement[];
  readonly start: number;
  readonly end: number;
}

/** How many characters of visible text one child of a run gives (as the reader counts them). */
export function runChildLength(c: XmlElement): number {
  return c.name === 'w:t' || c.name === 'w:delText' ? textLength(c) : runChildText(c).length;
}

function textLength(t: XmlElement): number {
  let n = 0;
  for (const c of t.children) if (typeof c === 'string') n += c.length;
  return n;
}

function runLength(run: XmlElement): number {
  let n = 0;
  for (const c of run.children) if (typeof c !== 'string') n += runChildLength(c);
  return n;
}

/** The runs of a paragraph a reader sees, with their offsets: hidden runs and tracked deletions left out. */
export function visiblePieces(paragraph: XmlElement, formatting: ParagraphFormatting): RunPiece[] {
  const pieces: RunPiece[] = [];
  let at = 0;
  walkRuns(paragraph, null, {
    run(run, ancestors, revision) {
      const length = runLength(run);
      if (length > 0 && revision !== 'deleted' && runHiddenBy(run, formatting, revision) === null) {
        pieces.push({ run, ancestors: ancestors.slice(), start: at, end: at + length });
        at += length;
      }
    },
  });
  return pieces;
}
