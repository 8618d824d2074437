// The document as the core sees it: a read-only snapshot that every adapter (.docx, Word) produces.
// Paragraphs are numbered in document order, table cell paragraphs included, which is also the
// order of Word's body.paragraphs: an index is an address both adapters understand.
import type { ReaderWarning } from './reader-warning';

export type Revision = 'none' | 'inserted' | 'deleted';

/**
 * How standard text is kept from a reader while it stays in the file: hidden font (w:vanish, also
 * w:specVanish), hidden in LibreOffice (w:webHidden), struck through without a tracked change,
 * white or nearly white on the page, or printed at 1–2 points.
 */
export type HiddenBy = 'vanish' | 'web-hidden' | 'struck' | 'white' | 'tiny';

export interface TextSegment {
  readonly text: string;
  /** Hidden from the reader (w:vanish, directly or through a style), or made unreadable (hiddenBy). */
  readonly hidden: boolean;
  /** Why the text is hidden, when the reader knows more than "hidden font" (absent: w:vanish). */
  readonly hiddenBy?: HiddenBy;
  /** Part of a tracked change. Deleted text is not part of what the reader sees. */
  readonly revision: Revision;
  /** Tag of the innermost content control around this text, if any. */
  readonly controlTag: string | null;
  /** The shown result of a field: its instruction's keyword in capitals ("PAGE", "NUMPAGES",
   * "DATE", "REF"…), for the innermost field around this text. Absent outside fields. */
  readonly field?: string;
}

export interface ParagraphSnapshot {
  readonly kind: 'paragraph';
  /** Position among all paragraphs of the body, in document order. */
  readonly index: number;
  /** The label automatic numbering prints before the text ("5.1", "a)", "•"), or "". */
  readonly listLabel: string;
  readonly styleName: string;
  /** 1–9 for headings, 0 for other paragraphs. */
  readonly headingLevel: number;
  readonly segments: readonly TextSegment[];
  /** Ids of comments anchored in this paragraph. */
  readonly commentIds: readonly string[];
}

export interface TableSnapshot {
  readonly kind: 'table';
  readonly rows: readonly (readonly (readonly ParagraphSnapshot[])[])[];
}

export type BlockSnapshot = ParagraphSnapshot | TableSnapshot;

/** Where in the file text is: the main body, or another story a reader sees. */
export type Story = 'body' | 'header' | 'footer' | 'footnote' | 'endnote' | 'textbox' | 'embedded';

/** Which pages a header or footer prints on (w:headerReference/w:footerReference w:type). */
export type PageKind = 'default' | 'first' | 'even';

export type StoryPlacement =
  /** A header or footer part, with the sections (0-based) that print it on pages of this kind. */
  | { readonly story: 'header' | 'footer'; readonly sections: readonly number[]; readonly pages: PageKind }
  /** A footnote or endnote, with its id in the notes part. */
  | { readonly story: 'footnote' | 'endnote'; readonly noteId: string }
  /** A text box or shape with text (DrawingML wps:txbx, or VML v:textbox when there is no DrawingML). */
  | { readonly story: 'textbox' }
  /** A part Word imports when it opens the file (w:altChunk: HTML, RTF, text, a nested .docx). */
  | { readonly story: 'embedded'; readonly contentType: string };

/**
 * A story other than the body. Its paragraphs are numbered on from the body's, in the order of
 * DocumentSnapshot.stories, so one paragraph index addresses any paragraph of the file.
 */
export interface StorySnapshot {
  readonly placement: StoryPlacement;
  /** The body paragraph that holds the story's anchor (a note's reference, a text box, an
   * altChunk's place), or null where there is none (headers and footers). */
  readonly anchorParagraphIndex: number | null;
  readonly blocks: readonly BlockSnapshot[];
}

export interface CommentSnapshot {
  readonly id: string;
  readonly author: string;
  readonly text: string;
}

export interface DocumentSnapshot {
  /** The main body. */
  readonly blocks: readonly BlockSnapshot[];
  /** Headers, footers, notes, text boxes and embedded parts, each once, in a fixed order. */
  readonly stories: readonly StorySnapshot[];
  readonly comments: readonly CommentSnapshot[];
  /** Answers stored in the document by an earlier fill (JSON text), if any. */
  readonly storedAnswers: string | null;
  /** The reviewer's decisions stored by an earlier review (JSON text), if any. */
  readonly storedReview: string | null;
  /** What the reader skipped or could not interpret; shown, never fatal. */
  readonly warnings: readonly ReaderWarning[];
}

/** The text a reader sees: inserted text counts, deleted and hidden text do not. */
export function visibleText(paragraph: ParagraphSnapshot): string {
  let text = '';
  for (const s of paragraph.segments) if (!s.hidden && s.revision !== 'deleted') text += s.text;
  return text;
}

/** The current text including hidden text: what is there, whether or not it shows. */
export function presentText(paragraph: ParagraphSnapshot): string {
  let text = '';
  for (const s of paragraph.segments) if (s.revision !== 'deleted') text += s.text;
  return text;
}

export function* blockParagraphs(blocks: readonly BlockSnapshot[]): Generator<ParagraphSnapshot> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') yield block;
    else for (const row of block.rows) for (const cell of row) yield* cell;
  }
}

/** The body's paragraphs, in document order. */
export function allParagraphs(snapshot: DocumentSnapshot): Generator<ParagraphSnapshot> {
  return blockParagraphs(snapshot.blocks);
}
