// The word-level changes that turn a paragraph's text into another, as replacements on the offsets
// of the text as it is: a restore then changes only the words that differ, and the other party
// reads a redline of those words instead of a whole paragraph struck through and typed again.
import { diffWordsWithSpace } from 'diff';

export interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function textChanges(current: string, target: string): TextChange[] {
  const changes: TextChange[] = [];
  let at = 0;
  let open: { start: number; end: number; text: string } | null = null;
  for (const part of diffWordsWithSpace(current, target)) {
    if (!part.added && !part.removed) {
      if (open) changes.push(open);
      open = null;
      at += part.value.length;
      continue;
    }
    open ??= { start: at, end: at, text: '' };
    if (part.removed) {
      open.end += part.value.length;
      at += part.value.length;
    } else {
      open.text += part.value;
    }
  }
  if (open) changes.push(open);
  return mergedAcrossSpaces(current, changes);
}

/**
 * Changes with only white space between them become one ("dertig dagen" → "tijdig" is one change,
 * not two around a kept space): the redline a reader sees is the words that went and came.
 */
function mergedAcrossSpaces(current: string, changes: readonly TextChange[]): TextChange[] {
  const merged: TextChange[] = [];
  for (const change of changes) {
    const last = merged[merged.length - 1];
    const gap = last ? current.slice(last.end, change.start) : '';
    if (last && /^\s+$/.test(gap)) merged[merged.length - 1] = { start: last.start, end: change.end, text: last.text + gap + change.text };
    else merged.push(change);
  }
  return merged.map((change) => withoutSharedSpace(current, change));
}

/** A space that both the old and the new words end or begin with stays, outside the change. */
function withoutSharedSpace(current: string, change: TextChange): TextChange {
  let { start, end, text } = change;
  const space = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);
  while (start < end && space(current[end - 1]) && current[end - 1] === text[text.length - 1]) {
    end -= 1;
    text = text.slice(0, -1);
  }
  while (start < end && space(current[start]) && current[start] === text[0]) {
    start += 1;
    text = text.slice(1);
  }
  return { start, end, text };
}
