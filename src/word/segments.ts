// Builds a paragraph's TextSegments from what Word reports separately: the current text, the
// tracked changes in it, the content controls in it and the hidden ranges in it. Pure: no Office.
import type { Revision, TextSegment } from '../core/snapshot';
import { readableText } from './control-marks';

export interface TrackedPiece {
  readonly type: 'Added' | 'Deleted' | 'Formatted';
  readonly text: string;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TaggedSpan extends Span {
  readonly tag: string;
}

export interface ParagraphParts {
  /** The text as it reads now: inserted text in, deleted text out, hidden text in. */
  readonly currentText: string;
  /** The text before the tracked changes, when there are any. */
  readonly originalText: string | null;
  /** The paragraph's tracked changes in document order. */
  readonly changes: readonly TrackedPiece[];
  /** Content controls inside the paragraph, in document order, by their text. */
  readonly controls: readonly { readonly tag: string; readonly text: string }[];
  /** Tag of a content control around the whole paragraph. */
  readonly enclosingTag: string | null;
  /** Hidden ranges by their text, in document order (from word ranges), or 'all'. */
  readonly hidden: 'all' | 'none' | readonly { readonly text: string; readonly hidden: boolean }[];
}

interface Piece {
  readonly text: string;
  readonly revision: Revision;
  /** Offset in currentText; for deleted text, where it would stand. */
  readonly at: number;
}

/**
 * Places the tracked changes between the current and the original text. Returns null when the
 * pieces do not line up (then the caller reads the paragraph as it is now).
 */
export function alignRevisions(current: string, original: string, changes: readonly TrackedPiece[]): Piece[] | null {
  const pieces: Piece[] = [];
  let i = 0; // in current
  let j = 0; // in original
  for (const change of changes) {
    if (change.type === 'Formatted' || change.text.length === 0) continue;
    if (change.type === 'Added') {
      const k = current.indexOf(change.text, i);
      if (k < 0) return null;
      const gap = k - i;
      if (original.slice(j, j + gap) !== current.slice(i, k)) return null;
      if (gap > 0) pieces.push({ text: current.slice(i, k), revision: 'none', at: i });
      pieces.push({ text: change.text, revision: 'inserted', at: k });
      i = k + change.text.length;
      j += gap;
    } else {
      const k = original.indexOf(change.text, j);
      if (k < 0) return null;
      const gap = k - j;
      if (current.slice(i, i + gap) !== original.slice(j, k)) return null;
      if (gap > 0) pieces.push({ text: current.slice(i, i + gap), revision: 'none', at: i });
      i += gap;
      pieces.push({ text: change.text, revision: 'deleted', at: i });
      j = k + change.text.length;
    }
  }
  if (current.slice(i) !== original.slice(j)) return null;
  if (i < current.length) pieces.push({ text: current.slice(i), revision: 'none', at: i });
  return pieces;
}

/** Finds each control's text in order; nested controls are found inside the one before. */
export function locateControls(text: string, controls: ParagraphParts['controls']): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let previous: Span = { start: 0, end: 0 };
  for (const control of controls) {
    // A control over several paragraphs is not inside this one: the enclosing tag covers it.
    if (control.text.length === 0 || /[\r\n\u000b]/.test(control.text)) continue;
    let at = text.indexOf(control.text, previous.end);
    if (at < 0) at = text.indexOf(control.text, previous.start);
    if (at < 0) continue;
    const span = { start: at, end: at + control.text.length, tag: control.tag };
    spans.push(span);
    previous = span;
  }
  return spans;
}

/** Marks hidden characters from the word ranges Word reports, located in order. */
export function locateHidden(text: string, ranges: readonly { readonly text: string; readonly hidden: boolean }[]): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.text.length === 0) continue;
    const at = text.indexOf(range.text, cursor);
    if (at < 0) continue;
    if (range.hidden) spans.push({ start: at, end: at + range.text.length });
    cursor = at + range.text.length;
  }
  return spans;
}

/** Word writes a manual line break as U+000B; the snapshot, like the .docx reader, as '\n'. */
function normaliseBreaks(text: string): string {
  return text.replace(/\u000b/g, '\n');
}

export interface BuiltSegments {
  readonly segments: TextSegment[];
  /** False when tracked changes were present but could not be placed. */
  readonly revisionsAligned: boolean;
}

/** Every text Word reported, without its control marks (comment anchors, note references, fields). */
function readableParts(parts: ParagraphParts): ParagraphParts {
  return {
    ...parts,
    currentText: readableText(parts.currentText),
    originalText: parts.originalText === null ? null : readableText(parts.originalText),
    changes: parts.changes.map((c) => ({ ...c, text: readableText(c.text) })),
    controls: parts.controls.map((c) => ({ ...c, text: readableText(c.text) })),
    hidden: Array.isArray(parts.hidden) ? parts.hidden.map((r) => ({ ...r, text: readableText(r.text) })) : parts.hidden,
  };
}

export function buildSegments(wordParts: ParagraphParts): BuiltSegments {
  const parts = readableParts(wordParts);
  const text = parts.currentText;
  const tags: (string | null)[] = new Array<string | null>(text.length).fill(parts.enclosingTag);
  for (const span of locateControls(text, parts.controls)) tags.fill(span.tag, span.start, span.end);
  const hidden: boolean[] = new Array<boolean>(text.length).fill(parts.hidden === 'all');
  if (Array.isArray(parts.hidden)) for (const span of locateHidden(text, parts.hidden)) hidden.fill(true, span.start, span.end);

  let pieces: Piece[] | null = [{ text, revision: 'none', at: 0 }];
  let revisionsAligned = true;
  if (parts.originalText !== null && parts.changes.some((c) => c.type !== 'Formatted')) {
    const aligned = alignRevisions(text, parts.originalText, parts.changes);
    if (aligned) pieces = aligned;
    else revisionsAligned = false;
  }

  const segments: TextSegment[] = [];
  const push = (segmentText: string, isHidden: boolean, revision: Revision, controlTag: string | null): void => {
    if (segmentText.length === 0) return;
    const last = segments[segments.length - 1];
    if (last && last.hidden === isHidden && last.revision === revision && last.controlTag === controlTag) {
      segments[segments.length - 1] = { ...last, text: last.text + normaliseBreaks(segmentText) };
    } else {
      segments.push({ text: normaliseBreaks(segmentText), hidden: isHidden, revision, controlTag });
    }
  };
  for (const piece of pieces) {
    if (piece.revision === 'deleted') {
      const tag = piece.at > 0 ? (tags[piece.at - 1] ?? null) : parts.enclosingTag;
      push(piece.text, false, 'deleted', tag);
      continue;
    }
    let from = piece.at;
    const end = piece.at + piece.text.length;
    for (let k = piece.at + 1; k <= end; k++) {
      if (k === end || tags[k] !== tags[from] || hidden[k] !== hidden[from]) {
        push(text.slice(from, k), hidden[from] ?? false, piece.revision, tags[from] ?? null);
        from = k;
      }
    }
  }
  return { segments, revisionsAligned };
}
