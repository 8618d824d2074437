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
  return changes;
}
