// Builds snapshots for the checker's tests from a real document read by the .docx reader: stories
// added beside the body, paragraphs added to or taken from the body, words marked unreadable.
// Paragraph indexes are renumbered as the readers number them (body first, then the stories in order).
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { readDocx } from '../../src/docx/package';
import {
  allParagraphs, type BlockSnapshot, blockParagraphs, type DocumentSnapshot, type HiddenBy, type ParagraphSnapshot, type StoryPlacement,
  type StorySnapshot, type TextSegment, visibleText,
} from '../../src/core/snapshot';
import { EXTERNAL_FIXTURES, OWN_FIXTURES } from '../helpers/paths';

export const FILLED = join(OWN_FIXTURES, 'clean-filled.docx');
export const WORD_BASE = join(EXTERNAL_FIXTURES, 'base', 'template-word.docx');

export function readFixture(path: string): DocumentSnapshot {
  return readDocx(new Uint8Array(readFileSync(path)));
}

/** A segment: plain text, or text with properties ("PAGE" field result, struck…). */
export type SegmentSpec = string | Partial<TextSegment> & { readonly text: string };

export function segment(spec: SegmentSpec): TextSegment {
  const s = typeof spec === 'string' ? { text: spec } : spec;
  return { hidden: s.hiddenBy !== undefined, revision: 'none', controlTag: null, ...s };
}

export function paragraph(segments: readonly SegmentSpec[]): ParagraphSnapshot {
  return { kind: 'paragraph', index: -1, listLabel: '', styleName: 'Normal', headingLevel: 0, segments: segments.map(segment), commentIds: [] };
}

export interface StorySpec {
  readonly placement: StoryPlacement;
  readonly anchorParagraphIndex?: number | null;
  readonly paragraphs: readonly (readonly SegmentSpec[])[];
}

function renumbered(blocks: readonly BlockSnapshot[], next: () => number): BlockSnapshot[] {
  return blocks.map((b) => (b.kind === 'paragraph'
    ? { ...b, index: next() }
    : { ...b, rows: b.rows.map((row) => row.map((cell) => cell.map((p) => ({ ...p, index: next() })))) }));
}

/** The snapshot with body blocks and stories numbered as a reader numbers them. */
export function numbered(snapshot: DocumentSnapshot, blocks: readonly BlockSnapshot[], stories: readonly StorySnapshot[]): DocumentSnapshot {
  let n = 0;
  const next = (): number => n++;
  const body = renumbered(blocks, next);
  return { ...snapshot, blocks: body, stories: stories.map((s) => ({ ...s, blocks: renumbered(s.blocks, next) })) };
}

export function withStories(snapshot: DocumentSnapshot, specs: readonly StorySpec[]): DocumentSnapshot {
  const stories = [...snapshot.stories, ...specs.map((s): StorySnapshot => ({
    placement: s.placement, anchorParagraphIndex: s.anchorParagraphIndex ?? null, blocks: s.paragraphs.map(paragraph),
  }))];
  return numbered(snapshot, snapshot.blocks, stories);
}

/** The index of the first body paragraph whose visible text starts with these words. */
export function paragraphStarting(snapshot: DocumentSnapshot, start: string): number {
  for (const p of allParagraphs(snapshot)) if (visibleText(p).trimStart().startsWith(start)) return p.index;
  throw new Error(`no paragraph starts with "${start}"`);
}

/** Body blocks rebuilt: `edit` gets the blocks and returns new ones (paragraphs may be shared). */
export function editBody(snapshot: DocumentSnapshot, edit: (blocks: BlockSnapshot[]) => BlockSnapshot[]): DocumentSnapshot {
  return numbered(snapshot, edit([...snapshot.blocks]), snapshot.stories);
}

export function blockHolding(blocks: readonly BlockSnapshot[], paragraphIndex: number): number {
  const at = blocks.findIndex((b) => [...blockParagraphs([b])].some((p) => p.index === paragraphIndex));
  if (at < 0) throw new Error(`no block holds paragraph ${paragraphIndex}`);
  return at;
}

/** The paragraph with the first occurrence of `words` cut into its own segment, marked unreadable. */
export function markWords(snapshot: DocumentSnapshot, paragraphIndex: number, words: string, hiddenBy: HiddenBy): DocumentSnapshot {
  return editBody(snapshot, (blocks) => blocks.map((b) => {
    if (b.kind !== 'paragraph' || b.index !== paragraphIndex) return b;
    const text = visibleText(b);
    const at = text.indexOf(words);
    if (at < 0) throw new Error(`"${words}" not in paragraph ${paragraphIndex}`);
    const marked = { text: words, hiddenBy };
    return { ...b, segments: [text.slice(0, at), marked, text.slice(at + words.length)].filter((s) => typeof s !== 'string' || s !== '').map(segment) };
  }));
}

/** The body paragraph's text with `from` replaced by `to` (one plain segment). */
export function replaceWords(snapshot: DocumentSnapshot, paragraphIndex: number, from: string, to: string): DocumentSnapshot {
  return editBody(snapshot, (blocks) => blocks.map((b) => {
    if (b.kind !== 'paragraph' || b.index !== paragraphIndex) return b;
    const text = visibleText(b);
    if (!text.includes(from)) throw new Error(`"${from}" not in paragraph ${paragraphIndex}`);
    return { ...b, segments: [segment(text.replace(from, to))] };
  }));
}

/**
 * A .docx whose tables are written as Calligra Words' export writes them: each cell's paragraphs,
 * row by row, as paragraphs of the body (every w:tbl replaced by the w:p elements inside it).
 */
export function tablesAsParagraphs(path: string): Uint8Array {
  const parts = unzipSync(new Uint8Array(readFileSync(path)));
  const xml = strFromU8(parts['word/document.xml'] as Uint8Array);
  const flattened = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (table) => (table.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).join(''));
  if (flattened === xml) throw new Error(`no table in ${path}`);
  return zipSync({ ...parts, 'word/document.xml': strToU8(flattened) });
}
