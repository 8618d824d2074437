// Finds, in word/document.xml, the paragraphs the snapshot numbered and the runs behind each
// offset of their visible text. Paragraphs come from the same walk the reader uses (walk.ts), and
// runs from the same rule (visible-text.ts), so an index or an offset in a plan points at the same
// text here as it did in the snapshot.
import type { Styles } from './styles';
import { pageColour, paragraphFormatting, type ParagraphFormatting, runChildText, runHiddenBy, walkRuns } from './visible-text';
import { walkBody } from './walk';
import type { XmlElement } from './xml';

export interface LocatedParagraph {
  readonly element: XmlElement;
  /** Containers from w:document down to the paragraph's parent. */
  readonly ancestors: readonly XmlElement[];
}

export function locateParagraphs(documentRoot: XmlElement): LocatedParagraph[] {
  const out: LocatedParagraph[] = [];
  const ignore = (): void => undefined;
  walkBody(documentRoot, {
    paragraph: (element, ancestors) => out.push({ element, ancestors }),
    tableStart: ignore, tableEnd: ignore, rowStart: ignore, rowEnd: ignore, cellStart: ignore, cellEnd: ignore, skipped: ignore,
  });
  return out;
}

/** How every run of a located paragraph is formatted alike, for visiblePieces. */
export function formattingOf(located: LocatedParagraph, styles: Styles, documentRoot: XmlElement): ParagraphFormatting {
  return paragraphFormatting(located.element, located.ancestors, styles, pageColour(documentRoot));
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
