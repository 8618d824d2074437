// The document behind the Word fake: paragraphs made of runs, tables as runs of cell paragraphs,
// content controls, comments, tracked changes, custom XML parts, and the stories beside the body
// (headers and footers per section, footnotes, endnotes, text boxes). Only the queued operations
// of the fake's proxies change it, and only during context.sync().
//
// Like desktop Word, the text of a paragraph carries control marks: U+0005 after a comment's
// anchored text (office-js #2258), U+0002 where a note is referenced and at the start of the
// note's first paragraph (office-js #2749, #4997). They are runs of their own here.

export type RunRevision = 'none' | 'inserted' | 'deleted';

export interface ModelRun {
  text: string;
  hidden: boolean;
  revision: RunRevision;
  controlId: number | null;
  bold: boolean;
  italic: boolean;
}

export interface ModelCell {
  readonly tableId: number;
  row: number;
  col: number;
}

export interface ModelParagraph {
  readonly id: number;
  runs: ModelRun[];
  style: string;
  styleBuiltIn: string;
  /** The label automatic numbering prints, or null when the paragraph is no list item (see list). */
  listString: string | null;
  /** Membership of a list of `lists`, whose label follows from the paragraph's place in it. */
  list?: { readonly id: number; readonly level: number } | null;
  cell: ModelCell | null;
  /** 2 for a paragraph of a table inside a table cell (its cell is the outer one). */
  nesting: number;
  /** A content control around the whole paragraph. */
  enclosingControlId: number | null;
  pageBreakBefore: boolean;
}

export type StoryKind = 'header' | 'footer' | 'footnote' | 'endnote' | 'textbox';
export type HeaderFooterType = 'Primary' | 'FirstPage' | 'EvenPages';

/** A story beside the body: its own paragraphs, and for a note the mark that references it. */
export interface ModelStory {
  readonly id: number;
  readonly kind: StoryKind;
  readonly paragraphs: ModelParagraph[];
  /** Notes and text boxes: the run in a body paragraph where the note is referenced or the box anchored. */
  readonly anchor: ModelRun | null;
}

/** A section's own headers and footers; a type it lacks is linked to the previous section's. */
export interface ModelSection {
  readonly headers: Partial<Record<HeaderFooterType, ModelStory>>;
  readonly footers: Partial<Record<HeaderFooterType, ModelStory>>;
}

export const COMMENT_MARK = '\u0005';
export const NOTE_MARK = '\u0002';

export interface ModelTable {
  readonly id: number;
  headerRowCount: number;
  nestingLevel: number;
}

export interface ModelControl {
  readonly id: number;
  tag: string;
  title: string;
}

export interface ModelComment {
  readonly id: string;
  content: string;
  authorName: string;
  paragraphId: number;
  start: number;
  end: number;
}

export interface ModelPart {
  readonly id: string;
  readonly namespaceUri: string;
  xml: string;
}

/** A place in one paragraph's current text; kept valid across edits like Word keeps its ranges. */
export interface ModelRange {
  paragraphId: number;
  start: number;
  end: number;
}

export type TrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export class FakeWordError extends Error {
  constructor(
    readonly code: string,
    text: string,
  ) {
    super(`${code}: ${text}`);
    this.name = 'OfficeExtension.Error';
  }
}

export function run(text: string, extra: Partial<ModelRun> = {}): ModelRun {
  return { text, hidden: false, revision: 'none', controlId: null, bold: false, italic: false, ...extra };
}

export class WordModel {
  paragraphs: ModelParagraph[] = [];
  tables: ModelTable[] = [];
  controls: ModelControl[] = [];
  comments: ModelComment[] = [];
  parts: ModelPart[] = [];
  /** Sections in order; a document has at least one. */
  sections: ModelSection[] = [{ headers: {}, footers: {} }];
  /** Footnotes, endnotes and text boxes, in document order of their anchors. */
  stories: ModelStory[] = [];
  changeTrackingMode: TrackingMode = 'Off';
  /** The user's selection (an empty range: the cursor). null: the cursor at the start, as Word opens a document. */
  selection: ModelRange | null = null;
  userName = 'Fake Gebruiker';
  /**
   * Built-in styles that number their paragraphs, as a municipal template's headings do: the label
   * with %n for the count among paragraphs of that style ("Artikel %n").
   */
  numberedStyles = new Map<string, string>();
  /** Lists by id: the label with %n for the paragraph's place among the list's paragraphs ("2.%n"). */
  lists = new Map<number, string>();
  private readonly liveRanges = new Set<ModelRange>();
  private nextId = 1;

  newId(): number {
    return this.nextId++;
  }

  /** Every story's paragraph list, the body's first; a header shared by linked sections once. */
  containers(): ModelParagraph[][] {
    const seen = new Set<ModelStory>();
    for (const section of this.sections) for (const story of [...Object.values(section.headers), ...Object.values(section.footers)]) if (story) seen.add(story);
    return [this.paragraphs, ...[...seen].map((s) => s.paragraphs), ...this.stories.map((s) => s.paragraphs)];
  }

  /** The paragraph list (the body's or a story's) that holds this paragraph. */
  containerOf(id: number): ModelParagraph[] {
    const container = this.containers().find((c) => c.some((x) => x.id === id));
    if (!container) throw new FakeWordError('ItemNotFound', `paragraph ${id} no longer exists`);
    return container;
  }

  paragraph(id: number): ModelParagraph {
    const p = this.containerOf(id).find((x) => x.id === id);
    if (!p) throw new FakeWordError('ItemNotFound', `paragraph ${id} no longer exists`);
    return p;
  }

  /** Position in its own story. */
  indexOf(id: number): number {
    return this.containerOf(id).findIndex((x) => x.id === id);
  }

  /**
   * The header or footer a section prints on pages of this type: its own, else the previous
   * section's (linked, as Word links a new section's), else an empty one Word makes on request.
   */
  headerFooter(section: number, side: 'headers' | 'footers', type: HeaderFooterType): ModelStory {
    for (let i = Math.min(section, this.sections.length - 1); i >= 0; i--) {
      const own = this.sections[i]?.[side][type];
      if (own) return own;
    }
    const empty: ModelStory = { id: this.newId(), kind: side === 'headers' ? 'header' : 'footer', paragraphs: [], anchor: null };
    this.insertParagraphAt(0, {}, empty.paragraphs);
    const first = this.sections[0];
    if (first) first[side][type] = empty;
    return empty;
  }

  /** Which story holds the paragraph. */
  storyOf(paragraphId: number): 'body' | StoryKind {
    const container = this.containerOf(paragraphId);
    if (container === this.paragraphs) return 'body';
    for (const section of this.sections) {
      if (Object.values(section.headers).some((s) => s?.paragraphs === container)) return 'header';
      if (Object.values(section.footers).some((s) => s?.paragraphs === container)) return 'footer';
    }
    return this.stories.find((s) => s.paragraphs === container)?.kind ?? 'body';
  }

  /** The paragraph whose runs hold this run (a note's reference mark), or null. */
  paragraphOfRun(target: ModelRun): ModelParagraph | null {
    for (const container of this.containers()) for (const p of container) if (p.runs.includes(target)) return p;
    return null;
  }

  /**
   * Puts a control mark at current offset `at`, as Word does where a comment ends or a note is
   * referenced: text before it keeps its place, ranges ending at `at` stay before the mark.
   */
  insertMark(paragraphId: number, at: number, mark: string): ModelRun {
    const p = this.paragraph(paragraphId);
    const i = this.splitAt(p, at);
    const markRun = run(mark);
    p.runs.splice(i, 0, markRun);
    for (const live of this.liveRanges) {
      if (live.paragraphId !== paragraphId) continue;
      if (live.start > at || (live.start === at && live.end > at)) live.start += 1;
      if (live.end > at) live.end += 1;
    }
    for (const c of this.comments) {
      if (c.paragraphId !== paragraphId) continue;
      if (c.start > at) c.start += 1;
      if (c.end > at) c.end += 1;
    }
    return markRun;
  }

  /** A comment on current [start, end) of a paragraph, with Word's U+0005 after it. */
  addComment(paragraphId: number, start: number, end: number, content: string, authorName: string): ModelComment {
    const comment: ModelComment = { id: String(this.newId()), content, authorName, paragraphId, start, end };
    this.comments.push(comment);
    this.insertMark(paragraphId, end, COMMENT_MARK);
    return comment;
  }

  /** What Paragraph.text and search see: deleted revisions out, hidden text in. */
  currentText(p: ModelParagraph): string {
    return p.runs.filter((r) => r.revision !== 'deleted').map((r) => r.text).join('');
  }

  originalText(p: ModelParagraph): string {
    return p.runs.filter((r) => r.revision !== 'inserted').map((r) => r.text).join('');
  }

  track(range: ModelRange): ModelRange {
    this.liveRanges.add(range);
    return range;
  }

  wholeRange(p: ModelParagraph): ModelRange {
    return this.track({ paragraphId: p.id, start: 0, end: this.currentText(p).length });
  }

  /** Splits the runs so that current offsets `at` fall on run boundaries; returns run indexes. */
  private splitAt(p: ModelParagraph, at: number): number {
    let offset = 0;
    for (let i = 0; i < p.runs.length; i++) {
      const r = p.runs[i]!;
      if (r.revision === 'deleted') continue;
      if (offset === at) return i;
      if (at < offset + r.text.length) {
        const left = { ...r, text: r.text.slice(0, at - offset) };
        const right = { ...r, text: r.text.slice(at - offset) };
        p.runs.splice(i, 1, left, right);
        return i + 1;
      }
      offset += r.text.length;
    }
    return p.runs.length;
  }

  /** Runs covering current [start, end), split out. */
  runsIn(range: ModelRange): ModelRun[] {
    const p = this.paragraph(range.paragraphId);
    const a = this.splitAt(p, range.start);
    const b = this.splitAt(p, range.end);
    return p.runs.slice(a, b).filter((r) => r.revision !== 'deleted');
  }

  /** Replaces current [start, end) with text; under TrackAll the old text stays as a deletion. */
  replace(range: ModelRange, text: string): ModelRange {
    const p = this.paragraph(range.paragraphId);
    const a = this.splitAt(p, range.start);
    const b = this.splitAt(p, range.end);
    const old = p.runs.slice(a, b);
    const like = old.find((r) => r.revision !== 'deleted') ?? p.runs[a - 1] ?? run('');
    const tracked = this.changeTrackingMode !== 'Off';
    // New text stays inside a content control only when it replaces part of the control's text.
    const insideControl = like.controlId !== null && this.controlText(like.controlId).length > range.end - range.start;
    const inserted = run(text, { hidden: like.hidden, bold: like.bold, italic: like.italic, controlId: insideControl ? like.controlId : null, revision: tracked ? 'inserted' : 'none' });
    const kept = tracked ? old.filter((r) => r.revision !== 'inserted').map((r) => ({ ...r, revision: 'deleted' as const })) : old.filter((r) => r.revision === 'deleted');
    p.runs.splice(a, b - a, ...kept, ...(text.length > 0 ? [inserted] : []));
    p.runs = p.runs.filter((r) => r.text.length > 0);
    const delta = text.length - (range.end - range.start);
    for (const live of this.liveRanges) {
      if (live === range || live.paragraphId !== range.paragraphId) continue;
      if (live.start >= range.end) live.start += delta;
      else if (live.start > range.start) live.start = range.start;
      if (live.end >= range.end) live.end += delta;
      else if (live.end > range.start) live.end = range.start + text.length;
    }
    for (const c of this.comments) {
      if (c.paragraphId !== range.paragraphId) continue;
      if (c.start >= range.end) c.start += delta;
      if (c.end >= range.end) c.end += delta;
    }
    return this.track({ paragraphId: range.paragraphId, start: range.start, end: range.start + text.length });
  }

  insertParagraphAt(index: number, template: Partial<ModelParagraph> = {}, container: ModelParagraph[] = this.paragraphs): ModelParagraph {
    const p: ModelParagraph = {
      id: this.newId(), runs: [], style: 'Standaard', styleBuiltIn: 'Normal', listString: null, cell: null, nesting: 0,
      enclosingControlId: null, pageBreakBefore: false, ...template,
    };
    container.splice(index, 0, p);
    return p;
  }

  tableParagraphs(tableId: number): ModelParagraph[] {
    return this.containers().flatMap((c) => c.filter((p) => p.cell?.tableId === tableId));
  }

  table(id: number): ModelTable {
    const t = this.tables.find((x) => x.id === id);
    if (!t) throw new FakeWordError('ItemNotFound', `table ${id} no longer exists`);
    return t;
  }

  rowCount(tableId: number): number {
    return Math.max(0, ...this.tableParagraphs(tableId).map((p) => p.cell!.row + 1));
  }

  values(tableId: number): string[][] {
    const out: string[][] = [];
    for (const p of this.tableParagraphs(tableId)) {
      const { row, col } = p.cell!;
      const r = (out[row] ??= []);
      r[col] = r[col] === undefined ? this.currentText(p) : `${r[col]}\n${this.currentText(p)}`;
    }
    return out;
  }

  /** Inserts a table with one paragraph per cell at a paragraph index. */
  insertTableAt(index: number, values: readonly (readonly string[])[], nestingLevel = 1, container: ModelParagraph[] = this.paragraphs): ModelTable {
    const table: ModelTable = { id: this.newId(), headerRowCount: 0, nestingLevel };
    this.tables.push(table);
    let at = index;
    values.forEach((row, r) =>
      row.forEach((value, c) => {
        const p = this.insertParagraphAt(at++, { cell: { tableId: table.id, row: r, col: c }, nesting: nestingLevel }, container);
        if (value.length > 0) p.runs.push(run(value));
      }),
    );
    return table;
  }

  /** The label a paragraph's numbering prints, or null: a list member's follows from its place in the list. */
  listLabel(p: ModelParagraph): string | null {
    if (!p.list) return p.listString;
    const { id } = p.list;
    const place = this.paragraphs.filter((x) => x.list?.id === id).indexOf(p) + 1;
    return (this.lists.get(id) ?? '%n').replace('%n', String(place));
  }

  /** A paragraph takes a style: a numbered style makes it a list item with the next label. */
  setStyle(p: ModelParagraph, styleBuiltIn: string): void {
    p.styleBuiltIn = styleBuiltIn;
    const label = this.numberedStyles.get(styleBuiltIn);
    if (label === undefined) return;
    const count = this.paragraphs.filter((x) => x !== p && x.styleBuiltIn === styleBuiltIn && x.listString !== null).length + 1;
    p.listString = label.replace('%n', String(count));
  }

  /** Paragraph.delete: under tracking the text stays, marked deleted, as Word shows it until accepted. */
  removeParagraph(id: number): void {
    const p = this.paragraph(id);
    if (this.changeTrackingMode === 'Off') this.deleteParagraph(id);
    else p.runs = p.runs.filter((r) => r.revision !== 'inserted').map((r) => ({ ...r, revision: 'deleted' as const }));
  }

  /** Rejects a paragraph's tracked changes: insertions go, deletions come back. */
  rejectChanges(p: ModelParagraph): void {
    p.runs = p.runs.filter((r) => r.revision !== 'inserted').map((r) => ({ ...r, revision: 'none' as const }));
  }

  deleteParagraph(id: number): void {
    const container = this.containerOf(id);
    container.splice(container.findIndex((x) => x.id === id), 1);
    this.comments = this.comments.filter((c) => c.paragraphId !== id);
  }

  controlText(controlId: number): string {
    const all = this.containers().flat();
    const inline = all.flatMap((p) => p.runs.filter((r) => r.controlId === controlId && r.revision !== 'deleted').map((r) => r.text));
    if (inline.length > 0) return inline.join('');
    // A control around whole paragraphs: their texts, separated by paragraph marks.
    return all.filter((p) => p.enclosingControlId === controlId).map((p) => this.currentText(p)).join('\r');
  }

  /** Controls in document order (by the first paragraph they touch). */
  controlsInOrder(paragraphs: readonly ModelParagraph[] = this.paragraphs): ModelControl[] {
    const order: number[] = [];
    for (const p of paragraphs) {
      if (p.enclosingControlId !== null && !order.includes(p.enclosingControlId)) order.push(p.enclosingControlId);
      for (const r of p.runs) if (r.controlId !== null && !order.includes(r.controlId)) order.push(r.controlId);
    }
    return order.map((id) => this.controls.find((c) => c.id === id)).filter((c): c is ModelControl => c !== undefined);
  }

  /** Tracked changes of a paragraph: each stretch of inserted or deleted runs is one. */
  trackedChanges(p: ModelParagraph): { type: 'Added' | 'Deleted'; text: string }[] {
    const out: { type: 'Added' | 'Deleted'; text: string }[] = [];
    let last: RunRevision = 'none';
    for (const r of p.runs) {
      if (r.revision === 'none') {
        last = 'none';
        continue;
      }
      const type = r.revision === 'inserted' ? 'Added' : 'Deleted';
      const prev = out[out.length - 1];
      if (last === r.revision && prev) prev.text += r.text;
      else out.push({ type, text: r.text });
      last = r.revision;
    }
    return out;
  }

  /** true, false, or null when mixed (Word's Font convention). */
  hiddenOf(runs: readonly ModelRun[]): boolean | null {
    const visible = runs.filter((r) => r.revision !== 'deleted' && r.text.length > 0);
    if (visible.length === 0) return false;
    if (visible.every((r) => r.hidden)) return true;
    if (visible.every((r) => !r.hidden)) return false;
    return null;
  }
}
