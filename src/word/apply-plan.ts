/// <reference types="office-js" />
// Applies a whole EditPlan in two context.sync() calls: sync 1 loads the paragraphs (to address
// them by index and know their text) and what the edits need to know, the paragraph at the user's
// cursor among them; sync 2 carries every edit. An edit in a header, footer, note or text box
// takes one sync more, to load those stories' paragraphs (file-paragraphs.ts).
// No rule lives here: the plan says what to change, this only says it in Office.js.
import type { Edit, EditPlan, NewBlock, NewParagraph, NewTable } from '../core/plan';
import { ANSWERS_NAMESPACE, REVIEW_NAMESPACE } from '../core/storage';
import { textChanges } from '../core/text-changes';
import { partXml, SETTINGS_KEYS } from './custom-xml';
import { readableText } from './control-marks';
import { commentParagraphIndex, FileParagraphs } from './file-paragraphs';
import { targetRange, UnaddressableTextError } from './locate-text';
import { message, type MessageKey } from './messages';
import type { WordFeatures } from './requirements';

export class WordEditError extends Error {
  constructor(text: string) {
    super(text);
    this.name = 'WordEditError';
  }
}

type EditOf<K extends Edit['op']> = Extract<Edit, { op: K }>;

/** What sync 2 left to do outside Word.run, with the Common API (Office.context.document.settings). */
export interface AfterApply {
  /** Values to keep in document settings because custom XML parts are missing. */
  readonly settings: Readonly<Record<string, string>>;
  /** The plan filled the document: open the pane with it next time. */
  readonly filled: boolean;
}

const STYLE_OF_ROLE: Record<NewParagraph['role'], string> = {
  title: 'Title',
  'heading-1': 'Heading1',
  'heading-2': 'Heading2',
  'heading-3': 'Heading3',
  'heading-4': 'Heading4',
  body: 'Normal',
  'list-1': 'ListParagraph',
  'list-2': 'ListParagraph',
  'list-3': 'ListParagraph',
};

function slotTitle(slotId: string, label: EditOf<'replace-text'>['slotLabel'], features: WordFeatures): string {
  if (!label) return slotId;
  return features.language === 'en' ? label.en : label.nl;
}

/** Whether an edit asks to be a tracked change. */
function isTracked(edit: Edit): boolean {
  if (edit.op === 'restore-paragraph') return edit.tracked;
  return (edit.op === 'insert-blocks' || edit.op === 'delete-paragraph') && edit.tracked !== undefined;
}

function byOp<K extends Edit['op']>(plan: EditPlan, op: K): EditOf<K>[] {
  return plan.edits.filter((e): e is EditOf<K> => e.op === op);
}

function paragraphIndexesOf(edit: Edit): number[] {
  switch (edit.op) {
    case 'replace-text':
    case 'delete-paragraph':
    case 'restore-paragraph':
    case 'add-comment':
    case 'reject-revisions':
      return [edit.paragraphIndex];
    case 'append-table-rows':
    case 'set-table-row':
      return [edit.firstParagraphIndex];
    case 'insert-blocks':
      return typeof edit.after === 'number' && edit.after >= 0 ? [edit.after] : [];
    default:
      return [];
  }
}

/** The list a new paragraph joins: the model paragraph's style, list and level (joinList). */
interface ListModel {
  readonly style: string;
  readonly listId: number;
  readonly level: number;
}

/** The list of the paragraph at a snapshot index, or null when it is no list item (or was not loaded). */
type ListOf = (paragraphIndex: number) => ListModel | null;

/** Whether a plan has paragraphs that join a list: only then are the paragraphs' lists loaded in sync 1. */
function joinsLists(plan: EditPlan): boolean {
  return byOp(plan, 'insert-blocks').some((e) => e.blocks.some((b) => b.role !== 'table' && b.joinList !== undefined));
}

/** What blocks are written after: the last one written, or where the edit starts. */
type Anchor = { readonly kind: 'paragraph'; readonly at: Word.Paragraph } | { readonly kind: 'table'; readonly at: Word.Table };

/** Inserts blocks one after another, starting after an anchor or at the start or end of the body. */
class BlockWriter {
  private anchor: Anchor | null;
  private readonly edge: 'Start' | 'End';

  constructor(
    private readonly body: Word.Body,
    start: Anchor | 'Start' | 'End',
    private readonly listOf: ListOf,
  ) {
    this.anchor = start === 'Start' || start === 'End' ? null : start;
    this.edge = start === 'Start' ? 'Start' : 'End';
  }

  write(block: NewBlock): void {
    if (block.role === 'table') this.writeTable(block);
    else this.writeParagraph(block);
  }

  private insertParagraph(text: string): Word.Paragraph {
    if (this.anchor) return this.anchor.at.insertParagraph(text, 'After'); // WordApi 1.1 (Table: 1.3)
    return this.body.insertParagraph(text, this.edge);
  }

  private writeParagraph(block: NewParagraph): void {
    const paragraph = this.insertParagraph('');
    const list = block.joinList ? this.listOf(block.joinList.paragraphIndex) : null;
    if (list && block.joinList) {
      // Where the document's numbering prints the provisions' numbers, the new one joins its
      // neighbour's list with its look, as the .docx writer copies the neighbour's w:numPr: a
      // numbered style may have made it a list item already, so it leaves that list first.
      paragraph.style = list.style; // WordApi 1.1
      paragraph.detachFromList(); // WordApi 1.3
      paragraph.attachToList(list.listId, list.level); // WordApi 1.3
    } else {
      paragraph.styleBuiltIn = STYLE_OF_ROLE[block.role] as Word.BuiltInStyleName; // WordApi 1.3
      // A template's heading and list styles may number their paragraphs ("Artikel 1", "1.1"); the
      // standard types its own numbers, so the new paragraph leaves that list (a no-op otherwise).
      if (block.role !== 'body') paragraph.detachFromList(); // WordApi 1.3
    }
    if (block.pageBreakBefore) paragraph.insertBreak('Page', 'Before'); // WordApi 1.1
    const runs = list && block.joinList ? block.joinList.runs : block.runs;
    // Set bold/italic only where the paragraph mixes them, so a heading keeps its style's weight.
    const mixedBold = runs.some((r) => r.bold);
    const mixedItalic = runs.some((r) => r.italic);
    for (const run of runs) {
      const range = paragraph.insertText(run.text, 'End'); // WordApi 1.1
      if (mixedBold) range.font.bold = run.bold;
      if (mixedItalic) range.font.italic = run.italic;
    }
    this.anchor = { kind: 'paragraph', at: paragraph };
  }

  private writeTable(block: NewTable): void {
    const columns = Math.max(1, ...block.rows.map((r) => r.length));
    const values = block.rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? ''));
    if (values.length === 0) return;
    // Word merges tables that touch, and a page break needs a paragraph to stand in: both get one.
    if (block.pageBreakBefore || this.anchor?.kind === 'table') {
      const carrier = this.insertParagraph('');
      if (block.pageBreakBefore) carrier.insertBreak('Page', 'Before');
      this.anchor = { kind: 'paragraph', at: carrier };
    }
    let table: Word.Table; // insertTable: WordApi 1.3
    if (this.anchor) table = this.anchor.at.insertTable(values.length, columns, 'After', values);
    else table = this.body.insertTable(values.length, columns, this.edge, values);
    if (block.hasHeaderRow) table.headerRowCount = 1; // WordApi 1.3
    this.anchor = { kind: 'table', at: table };
  }
}

/**
 * What a restore queues: one replacement per changed stretch of words, later ones first, where
 * Word's search pins each down (else, and for scope 'paragraph', one of the whole text).
 */
function restoreOf(paragraph: Word.Paragraph, edit: EditOf<'restore-paragraph'>): () => void {
  const whole = (): void => { paragraph.insertText(edit.text, 'Replace'); }; // WordApi 1.1
  if (edit.scope === 'paragraph') return whole;
  const raw = paragraph.text;
  const text = readableText(raw);
  try {
    const steps = textChanges(text, edit.text).reverse().map((c) => ({ target: targetRange(paragraph, raw, c.start, c.end), text: c.text }));
    return () => {
      for (const step of steps) {
        if (step.text === '') step.target().delete(); // WordApi 1.1
        else step.target().insertText(step.text, 'Replace'); // WordApi 1.1
      }
    };
  } catch (error) {
    if (error instanceof UnaddressableTextError) return whole;
    throw error;
  }
}

/** Blocks never go into a table: after a paragraph in one, they follow the outermost table. */
function anchorAfter(paragraph: Word.Paragraph): Anchor {
  if (paragraph.tableNestingLevel < 1) return { kind: 'paragraph', at: paragraph };
  let table = paragraph.parentTable; // WordApi 1.3
  for (let level = paragraph.tableNestingLevel; level > 1; level -= 1) table = table.parentTable; // WordApi 1.3
  return { kind: 'table', at: table };
}

export async function applyPlan(context: Word.RequestContext, plan: EditPlan, features: WordFeatures): Promise<AfterApply> {
  const fail = (key: MessageKey, values: Record<string, string | number> = {}): never => {
    throw new WordEditError(message(key, features.language, values));
  };
  if (!features.wordApi14 && byOp(plan, 'add-comment').length > 0) fail('commentsUnsupported');
  if (!features.wordApi16 && byOp(plan, 'reject-revisions').length > 0) fail('rejectUnsupported');

  const document = context.document;
  const body = document.body;
  // A paragraph that joins a list needs its model's style, list and level, known after sync 1.
  const lists = joinsLists(plan) ? ',items/style,items/listOrNullObject/id,items/listItemOrNullObject/level' : '';
  const file = new FileParagraphs(context, features, `items/text,items/tableNestingLevel${lists}`);
  const stores: { readonly ns: keyof typeof SETTINGS_KEYS; readonly json: string }[] = [
    ...byOp(plan, 'store-answers').map((e) => ({ ns: ANSWERS_NAMESPACE, json: e.json })),
    ...byOp(plan, 'store-review').map((e) => ({ ns: REVIEW_NAMESPACE, json: e.json })),
  ];
  const existingParts = features.wordApi14
    ? stores.map((s) => {
        const parts = document.customXmlParts.getByNamespace(s.ns); // WordApi 1.4
        parts.load('items/id');
        return parts;
      })
    : [];
  const restores = byOp(plan, 'restore-paragraph');
  // Edits that say whether they are tracked switch Word's tracking for themselves (WordApi 1.4;
  // an older Word makes them untracked, and capabilitiesOf says so).
  const tracking = features.wordApi14 && plan.edits.some(isTracked);
  if (tracking) document.load('changeTrackingMode'); // WordApi 1.4
  // 'selection': the last paragraph the user's selection touches (the cursor's paragraph when
  // nothing is selected), loaded with the rest to know whether it stands in a table.
  // Document.getSelection and Range.paragraphs: WordApi 1.1; ParagraphCollection.getLast: WordApi 1.3.
  const cursorParagraph = byOp(plan, 'insert-blocks').some((e) => e.after === 'selection') ? document.getSelection().paragraphs.getLast() : null;
  cursorParagraph?.load('tableNestingLevel');
  await context.sync(); // sync 1

  const stories = await file.reaching(context, plan.edits.flatMap(paragraphIndexesOf));
  const items = stories.all;
  const paragraphAt = (index: number): Word.Paragraph => items[index] ?? fail('paragraphMissing', { n: index + 1 });
  for (const edit of plan.edits) for (const index of paragraphIndexesOf(edit)) paragraphAt(index);
  const comments = byOp(plan, 'add-comment').map((edit) => {
    const at = commentParagraphIndex(stories, edit.paragraphIndex);
    return { edit, paragraph: typeof at === 'number' ? paragraphAt(at) : fail(at) };
  });
  for (const edit of [...byOp(plan, 'append-table-rows'), ...byOp(plan, 'set-table-row')]) {
    if (paragraphAt(edit.firstParagraphIndex).tableNestingLevel < 1) fail('notInTable', { n: edit.firstParagraphIndex + 1 });
  }

  // Resolve every replacement's range before queuing anything, so a text that cannot be found
  // stops the plan with nothing changed. Later offsets first: earlier ones stay valid.
  const replacements = byOp(plan, 'replace-text')
    .slice()
    .sort((a, b) => a.paragraphIndex - b.paragraphIndex || b.start - a.start)
    .map((edit) => {
      const paragraph = paragraphAt(edit.paragraphIndex);
      const text = paragraph.text;
      if (edit.end > readableText(text).length || edit.start > edit.end) fail('textChanged', { n: edit.paragraphIndex + 1 });
      return { edit, paragraph, text };
    });
  const listOf: ListOf = (index) => {
    const model = lists === '' ? undefined : items[index];
    if (!model || model.listOrNullObject.isNullObject || model.listItemOrNullObject.isNullObject) return null;
    return { style: model.style, listId: model.listOrNullObject.id, level: model.listItemOrNullObject.level };
  };
  const restoreSteps = restores.map((edit) => ({ edit, restore: restoreOf(paragraphAt(edit.paragraphIndex), edit) }));
  const queued: (() => void)[] = [];
  for (const { edit, paragraph, text } of replacements) {
    let target: () => Word.Range;
    try {
      target = targetRange(paragraph, text, edit.start, edit.end);
    } catch (error) {
      if (error instanceof UnaddressableTextError) fail('textNotAddressable', { text: error.text, n: edit.paragraphIndex + 1 });
      throw error;
    }
    queued.push(() => {
      const filled = target().insertText(edit.text, 'Replace'); // WordApi 1.1
      if (edit.slotId !== null) {
        const control = filled.insertContentControl(); // WordApi 1.1
        control.tag = edit.slotId;
        control.title = slotTitle(edit.slotId, edit.slotLabel, features);
      }
    });
  }
  for (const run of queued) run();

  for (const edit of byOp(plan, 'set-table-row')) {
    const table = paragraphAt(edit.firstParagraphIndex).parentTable; // WordApi 1.3
    edit.cells.forEach((value, cellIndex) => {
      table.getCell(edit.rowIndex, cellIndex).value = value; // WordApi 1.3
    });
  }
  for (const edit of byOp(plan, 'append-table-rows')) {
    if (edit.rows.length === 0) continue;
    // Table.addRows uses the last row as the template, so new rows look like the filled ones.
    paragraphAt(edit.firstParagraphIndex).parentTable.addRows('End', edit.rows.length, edit.rows.map((r) => [...r])); // WordApi 1.3
  }
  for (const { edit, paragraph } of comments) {
    // The author is the signed-in Word user; Word.Comment.authorName is read-only.
    paragraph.getRange('Content').insertComment(edit.text); // WordApi 1.4
  }
  // Track what the plan marks tracked so the supplier sees it, and only that; then give back the user's mode.
  const previousMode = tracking ? document.changeTrackingMode : null;
  const track = (edit: Edit): void => {
    if (tracking) document.changeTrackingMode = isTracked(edit) ? 'TrackAll' : 'Off'; // WordApi 1.4
  };
  for (const { edit, restore } of restoreSteps) {
    track(edit);
    restore();
  }
  // Rejecting comes before inserting and deleting, which could add changes of their own.
  for (const edit of byOp(plan, 'reject-revisions')) paragraphAt(edit.paragraphIndex).getTrackedChanges().rejectAll(); // WordApi 1.6
  for (const edit of byOp(plan, 'insert-blocks')) {
    track(edit);
    const start = edit.after === 'end' ? 'End' : edit.after === 'selection' ? anchorAfter(cursorParagraph as Word.Paragraph) : edit.after < 0 ? 'Start' : anchorAfter(paragraphAt(edit.after));
    const writer = new BlockWriter(body, start, listOf);
    for (const block of edit.blocks) writer.write(block);
  }
  for (const edit of byOp(plan, 'delete-paragraph')) {
    track(edit);
    paragraphAt(edit.paragraphIndex).delete(); // WordApi 1.1
  }
  if (previousMode !== null) document.changeTrackingMode = previousMode;

  const settings: Record<string, string> = {};
  stores.forEach((store, i) => {
    const existing = existingParts[i];
    if (!existing) {
      settings[SETTINGS_KEYS[store.ns]] = store.json;
      return;
    }
    for (const part of existing.items) part.delete(); // WordApi 1.4
    document.customXmlParts.add(partXml(store.ns, store.json)); // WordApi 1.4
  });
  await context.sync(); // sync 2
  return { settings, filled: byOp(plan, 'store-answers').length > 0 };
}
