// Edits the core asks an adapter to make. Adapters only translate these; no rule lives there.
// Paragraphs are addressed by their snapshot index (document order, table cells included);
// character offsets are into the paragraph's visible text (see visibleText in snapshot.ts).
import type { InlineRun } from '../template/parse-standard';
import type { PlanNote } from './plan-summary';

/** A paragraph to create, described by role so each adapter can style it like the document. */
export interface NewParagraph {
  readonly role: 'title' | 'heading-1' | 'heading-2' | 'heading-3' | 'heading-4' | 'body' | 'list-1' | 'list-2' | 'list-3';
  readonly runs: readonly InlineRun[];
  readonly pageBreakBefore: boolean;
  /**
   * In a document whose numbering prints the provisions' numbers: join the list of this paragraph
   * (same numbering and look) and write these runs, which leave the number to the list. An adapter
   * that cannot join a list writes `runs`, with the number typed.
   */
  readonly joinList?: { readonly paragraphIndex: number; readonly runs: readonly InlineRun[] };
}

export interface NewTable {
  readonly role: 'table';
  readonly hasHeaderRow: boolean;
  readonly rows: readonly (readonly string[])[];
  readonly pageBreakBefore: boolean;
}

export type NewBlock = NewParagraph | NewTable;

/** An edit made as a tracked change, so the other party sees it; a file's changes name this author. */
export interface Tracked {
  readonly author: string;
}

export type Edit =
  /**
   * Replace visible text [start, end) of a paragraph; slotId tags it (content control in Word),
   * titled with the field's label (Dutch and English; the id where there is none).
   */
  | {
      readonly op: 'replace-text'; readonly paragraphIndex: number; readonly start: number; readonly end: number; readonly text: string;
      readonly slotId: string | null; readonly slotLabel?: { readonly nl: string; readonly en: string };
    }
  /** Remove a whole paragraph (a Bijlage 2 option that was not chosen); tracked: marked deleted instead. */
  | { readonly op: 'delete-paragraph'; readonly paragraphIndex: number; readonly tracked?: Tracked }
  /** Append rows to the table whose first cell holds this paragraph, formatted like its last row. */
  | { readonly op: 'append-table-rows'; readonly firstParagraphIndex: number; readonly rows: readonly (readonly string[])[] }
  /** Fill the cells of existing empty rows (row 1 is the first row after the header). */
  | { readonly op: 'set-table-row'; readonly firstParagraphIndex: number; readonly rowIndex: number; readonly cells: readonly string[] }
  /**
   * Insert blocks after a paragraph (or at the start when `after` is -1, at the end when it is 'end').
   * 'selection': after the paragraph that holds the user's cursor or selection (in Word: the last
   * paragraph the selection touches). A file has no cursor: there it means after the paragraph last
   * selected in the preview (the port knows it, the file adapter does not), else at the end.
   */
  | { readonly op: 'insert-blocks'; readonly after: number | 'end' | 'selection'; readonly blocks: readonly NewBlock[]; readonly tracked?: Tracked }
  /** Reject every tracked change in a paragraph: what was inserted goes, what was deleted comes back. */
  | { readonly op: 'reject-revisions'; readonly paragraphIndex: number }
  /** Store the answers inside the document (custom XML part). */
  | { readonly op: 'store-answers'; readonly json: string }
  /**
   * Put the standard text back into a paragraph, as a tracked change where the adapter can:
   * 'words' changes only the words that differ from what a reader sees (an altered provision);
   * 'paragraph' replaces all of its text (text that is there but hidden must go too).
   */
  | {
    readonly op: 'restore-paragraph'; readonly paragraphIndex: number; readonly text: string; readonly tracked: boolean; readonly scope: 'words' | 'paragraph';
    /** Whom a file's tracked changes name; Word names its signed-in user whatever this says. */
    readonly author: string;
  }
  /** Anchor a comment to a paragraph, for the other party. */
  | { readonly op: 'add-comment'; readonly paragraphIndex: number; readonly text: string; readonly author: string }
  /** Store the reviewer's motivations of accepted deviations (JSON) inside the document. */
  | { readonly op: 'store-review'; readonly json: string };

export interface EditPlan {
  readonly edits: readonly Edit[];
  /** What the plan changes, as codes the front end words (planNoteText). */
  readonly summary: readonly PlanNote[];
}
