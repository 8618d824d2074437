// The document as the core sees it: a read-only snapshot that every adapter (.docx, Word) produces.
// Paragraphs are numbered in document order, table cell paragraphs included, which is also the
// order of Word's body.paragraphs: an index is an address both adapters understand.

export type Revision = 'none' | 'inserted' | 'deleted';

export interface TextSegment {
  readonly text: string;
  /** Hidden from the reader (w:vanish, directly or through a style). */
  readonly hidden: boolean;
  /** Part of a tracked change. Deleted text is not part of what the reader sees. */
  readonly revision: Revision;
  /** Tag of the innermost content control around this text, if any. */
  readonly controlTag: string | null;
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

export interface CommentSnapshot {
  readonly id: string;
  readonly author: string;
  readonly text: string;
}

export interface DocumentSnapshot {
  readonly blocks: readonly BlockSnapshot[];
  readonly comments: readonly CommentSnapshot[];
  /** Answers stored in the document by an earlier fill (JSON text), if any. */
  readonly storedAnswers: string | null;
  /** The reviewer's decisions stored by an earlier review (JSON text), if any. */
  readonly storedReview: string | null;
  /** What the reader skipped or could not interpret; shown, never fatal. */
  readonly warnings: readonly string[];
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

export function* allParagraphs(snapshot: DocumentSnapshot): Generator<ParagraphSnapshot> {
  for (const block of snapshot.blocks) {
    if (block.kind === 'paragraph') yield block;
    else for (const row of block.rows) for (const cell of row) yield* cell;
  }
}
