/// <reference types="office-js" />
// Reads the whole file into a DocumentSnapshot in at most three context.sync() calls, whatever its
// size: the body, and the headers, footers, notes and text boxes beside it (file-paragraphs.ts).
// Per story, its paragraphs and story-wide collections come first; then, per paragraph and only
// where those showed it is needed, list labels, table cells, content controls, tracked changes,
// comments and hidden ranges (the split-loop pattern: queue in a loop, sync once).
import { ReaderWarnings } from '../core/reader-warning';
import type { BlockSnapshot, CommentSnapshot, DocumentSnapshot, ParagraphSnapshot, StorySnapshot, TableSnapshot } from '../core/snapshot';
import { ANSWERS_NAMESPACE, REVIEW_NAMESPACE, type StorageNamespace } from '../core/storage';
import { readableText } from './control-marks';
import { jsonOfPart, SETTINGS_KEYS } from './custom-xml';
import { FileParagraphs } from './file-paragraphs';
import type { WordFeatures } from './requirements';
import { buildSegments, type ParagraphParts } from './segments';

const BASE_PROPERTIES = 'items/text,items/style,items/styleBuiltIn,items/isListItem,items/tableNestingLevel';

/** What sync 2 brings for one paragraph; absent fields were not needed. */
interface ParagraphExtras {
  listItem?: Word.ListItem;
  cell?: Word.TableCell;
  controls?: Word.ContentControlCollection;
  enclosing?: Word.ContentControl;
  changes?: Word.TrackedChangeCollection;
  current?: OfficeExtension.ClientResult<string>;
  original?: OfficeExtension.ClientResult<string>;
  comments?: Word.CommentCollection;
  wordRanges?: Word.RangeCollection;
}

export function headingLevelOf(styleBuiltIn: string, style: string): number {
  const builtIn = /^Heading([1-9])$/.exec(styleBuiltIn);
  if (builtIn) return Number(builtIn[1]);
  // A localised or custom name of a heading style ("Kop 2", "heading 3").
  const named = /^(?:heading|kop)\s*([1-9])$/i.exec(style.trim());
  return named ? Number(named[1]) : 0;
}

/** Paragraphs that may hold a content control: those whose text contains the control's text. */
function controlCandidates(texts: readonly string[], controls: Word.ContentControlCollection): Set<number> {
  const pieces = new Set<string>();
  for (const control of controls.items) {
    for (const piece of readableText(control.text).split(/[\r\n\u000b]/)) if (piece.length > 0) pieces.add(piece);
  }
  const candidates = new Set<number>();
  if (pieces.size === 0) return candidates;
  texts.forEach((text, index) => {
    for (const piece of pieces) {
      if (text.includes(piece)) {
        candidates.add(index);
        return;
      }
    }
  });
  return candidates;
}

function readStoredFromSettings(namespace: StorageNamespace): string | null {
  try {
    const value: unknown = Office.context.document.settings.get(SETTINGS_KEYS[namespace]);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/** What a story's Body reports for all its paragraphs at once, loaded with them. */
interface StoryWide {
  readonly tables: Word.TableCollection;
  readonly controls: Word.ContentControlCollection;
  readonly trackedChanges: Word.TrackedChangeCollection | null;
  readonly comments: Word.CommentCollection | null;
}

function queueStoryWide(body: Word.Body, features: WordFeatures): StoryWide {
  const tables = body.tables; // WordApi 1.3
  tables.load('items/nestingLevel');
  const controls = body.contentControls;
  controls.load('items/tag,items/text');
  const trackedChanges = features.wordApi16 ? body.getTrackedChanges() : null; // WordApi 1.6
  trackedChanges?.load('items/type');
  const comments = features.wordApi14 ? body.getComments() : null; // WordApi 1.4
  comments?.load('items/id,items/content,items/authorName');
  return { tables, controls, trackedChanges, comments };
}

/** Queues, per paragraph and only where the story-wide collections show it is needed, what it lacks. */
function queueExtras(items: readonly Word.Paragraph[], wide: StoryWide, features: WordFeatures): ParagraphExtras[] {
  const candidates = controlCandidates(items.map((p) => readableText(p.text)), wide.controls);
  const anyRevision = wide.trackedChanges !== null && wide.trackedChanges.items.some((c) => c.type !== 'Formatted');
  const anyComment = wide.comments !== null && wide.comments.items.length > 0;
  return items.map((paragraph, index) => {
    const extra: ParagraphExtras = {};
    if (paragraph.isListItem) {
      extra.listItem = paragraph.listItemOrNullObject; // WordApi 1.3
      extra.listItem.load('listString');
    }
    if (paragraph.tableNestingLevel === 1) {
      extra.cell = paragraph.parentTableCellOrNullObject; // WordApi 1.3
      extra.cell.load('rowIndex,cellIndex');
    }
    if (candidates.has(index)) {
      extra.controls = paragraph.contentControls;
      extra.controls.load('items/tag,items/text');
      extra.enclosing = paragraph.parentContentControlOrNullObject; // WordApi 1.3
      extra.enclosing.load('tag');
    }
    if (anyRevision) {
      extra.changes = paragraph.getTrackedChanges(); // WordApi 1.6
      extra.changes.load('items/type,items/text');
      extra.current = paragraph.getReviewedText('Current'); // WordApi 1.4
      extra.original = paragraph.getReviewedText('Original');
    }
    if (anyComment) {
      extra.comments = paragraph.getComments(); // WordApi 1.4
      extra.comments.load('items/id');
    }
    if (features.desktop12 && paragraph.font.hidden === null) {
      extra.wordRanges = paragraph.getTextRanges([' '], false); // WordApi 1.3
      extra.wordRanges.load('items/text,items/font/hidden');
    }
    return extra;
  });
}

/** A story's blocks, its paragraphs numbered from `firstIndex`. */
function blocksOf(items: readonly Word.Paragraph[], extras: readonly ParagraphExtras[], firstIndex: number, wide: StoryWide, warnings: ReaderWarnings, features: WordFeatures): BlockSnapshot[] {
  const snapshots = items.map((paragraph, index): ParagraphSnapshot => {
    const extra = extras[index] ?? {};
    const changes = extra.changes?.items ?? [];
    const hasRevisions = changes.some((c) => c.type !== 'Formatted');
    const parts: ParagraphParts = {
      currentText: hasRevisions && extra.current ? extra.current.value : paragraph.text,
      originalText: hasRevisions && extra.original ? extra.original.value : null,
      changes: changes.map((c) => ({ type: c.type as 'Added' | 'Deleted' | 'Formatted', text: c.text })),
      controls: extra.controls ? extra.controls.items.map((c) => ({ tag: c.tag, text: c.text })) : [],
      enclosingTag: extra.enclosing && !extra.enclosing.isNullObject && extra.enclosing.tag ? extra.enclosing.tag : null,
      hidden: !features.desktop12
        ? 'none'
        : extra.wordRanges
          ? extra.wordRanges.items.map((r) => ({ text: r.text, hidden: r.font.hidden === true }))
          : paragraph.font.hidden === true ? 'all' : 'none',
    };
    const built = buildSegments(parts);
    if (!built.revisionsAligned) warnings.add({ code: 'revisions-unaligned' });
    const listLabel = extra.listItem && !extra.listItem.isNullObject ? extra.listItem.listString : '';
    return {
      kind: 'paragraph',
      index: firstIndex + index,
      listLabel,
      styleName: paragraph.style,
      headingLevel: headingLevelOf(paragraph.styleBuiltIn, paragraph.style),
      segments: built.segments,
      commentIds: extra.comments ? extra.comments.items.map((c) => c.id) : [],
    };
  });
  const blocks = groupBlocks(items.map((p) => p.tableNestingLevel), extras.map((e) => e.cell), snapshots, warnings);
  const topLevelTables = wide.tables.items.filter((t) => t.nestingLevel === 1).length;
  if (topLevelTables !== blocks.filter((b) => b.kind === 'table').length) warnings.add({ code: 'table-count-mismatch' });
  return blocks;
}

function paragraphProperties(features: WordFeatures): string {
  // Font.hidden is WordApiDesktop 1.2; null means mixed, which the next sync resolves word by word.
  return features.desktop12 ? `${BASE_PROPERTIES},items/font/hidden` : BASE_PROPERTIES;
}

/**
 * Sync 1: the body's paragraphs, its story-wide collections, the lists of sections, notes and text
 * boxes, and the stored parts. Sync 2: what the body's paragraphs need besides, and every other
 * story's paragraphs and collections. Sync 3: what those paragraphs need besides.
 */
export async function readSnapshot(context: Word.RequestContext, features: WordFeatures): Promise<DocumentSnapshot> {
  const properties = paragraphProperties(features);
  const file = new FileParagraphs(context, features, properties);
  const bodyWide = queueStoryWide(context.document.body, features);
  const storedParts = features.wordApi14
    ? ([ANSWERS_NAMESPACE, REVIEW_NAMESPACE] as const).map((namespace) => {
        const parts = context.document.customXmlParts.getByNamespace(namespace); // WordApi 1.4
        parts.load('items/id');
        return parts;
      })
    : null;
  await context.sync(); // sync 1

  const bodyItems = file.paragraphs.items;
  const bodyExtras = queueExtras(bodyItems, bodyWide, features);
  const storedXml = storedParts?.map((parts) => parts.items[0]?.getXml() ?? null) ?? null; // WordApi 1.4
  const pending = file.queueStories(properties, (body) => queueStoryWide(body, features));
  await context.sync(); // sync 2

  const { stories } = pending();
  const storyExtras = stories.map((story) => queueExtras(story.paragraphs, story.extra, features));
  if (stories.length > 0) await context.sync(); // sync 3

  const warnings = new ReaderWarnings();
  const blocks = blocksOf(bodyItems, bodyExtras, 0, bodyWide, warnings, features);
  const storySnapshots = stories.map((story, i): StorySnapshot => ({
    placement: story.placement,
    anchorParagraphIndex: story.anchorParagraphIndex,
    blocks: blocksOf(story.paragraphs, storyExtras[i] ?? [], story.firstIndex, story.extra, warnings, features),
  }));
  // A comment in a note is reported by the note's Body; each comment once.
  const commentSnapshots = new Map<string, CommentSnapshot>();
  for (const wide of [bodyWide, ...stories.map((s) => s.extra)]) {
    for (const c of wide.comments?.items ?? []) if (!commentSnapshots.has(c.id)) commentSnapshots.set(c.id, { id: c.id, author: c.authorName, text: c.content });
  }
  // Before WordApi 1.4 the adapter keeps them in the document settings instead.
  const stored = (namespace: StorageNamespace, i: number): string | null => {
    if (storedXml === null) return readStoredFromSettings(namespace);
    const xml = storedXml[i];
    return xml ? jsonOfPart(xml.value) : null;
  };
  return {
    blocks, stories: storySnapshots, comments: [...commentSnapshots.values()],
    storedAnswers: stored(ANSWERS_NAMESPACE, 0), storedReview: stored(REVIEW_NAMESPACE, 1), warnings: warnings.list,
  };
}

/**
 * Groups table-cell paragraphs into tables. Word needs a paragraph between two tables, so a run of
 * consecutive cell paragraphs is one table; each paragraph's cell says where it goes. Paragraphs
 * of a nested table join the outer cell they stand in, as the .docx reader does.
 */
function groupBlocks(
  nesting: readonly number[],
  cells: readonly (Word.TableCell | undefined)[],
  paragraphs: readonly ParagraphSnapshot[],
  warnings: ReaderWarnings,
): BlockSnapshot[] {
  const blocks: BlockSnapshot[] = [];
  let table: ParagraphSnapshot[][][] | null = null;
  let currentCell: ParagraphSnapshot[] | null = null;
  paragraphs.forEach((paragraph, index) => {
    const level = nesting[index] ?? 0;
    if (level === 0) {
      if (table) blocks.push({ kind: 'table', rows: table } satisfies TableSnapshot);
      table = null;
      currentCell = null;
      blocks.push(paragraph);
      return;
    }
    if (!table) table = [];
    const cell = cells[index];
    if (level > 1 || !cell || cell.isNullObject) {
      if (level > 1) warnings.add({ code: 'nested-table' });
      if (!currentCell) {
        currentCell = [];
        table.push([currentCell]);
      }
      currentCell.push(paragraph);
      return;
    }
    while (table.length <= cell.rowIndex) table.push([]);
    const row = table[cell.rowIndex] ?? [];
    while (row.length <= cell.cellIndex) row.push([]);
    currentCell = row[cell.cellIndex] ?? [];
    currentCell.push(paragraph);
  });
  if (table) blocks.push({ kind: 'table', rows: table } satisfies TableSnapshot);
  return blocks;
}
