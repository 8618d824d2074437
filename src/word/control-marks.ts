// Word's text properties (Paragraph.text, Range.text, getReviewedText, TrackedChange.text,
// ContentControl.text) carry characters that are no text a reader sees. They are removed here, and
// an offset map says where each remaining character stands in Word's own text, so edits addressed
// by the snapshot's offsets still land on the right words. Pure: no Office.
//
// Removed, and why:
// - U+0005: where a comment is anchored, desktop Word puts U+0005 after the commented text
//   (office-js issues #2258 and #2114: "paragraph.text property contains \u0005 ... at the end of
//   the comment").
// - U+0002: the reference mark of an auto-numbered footnote or endnote, in the body paragraph and
//   at the start of the note's own first paragraph (office-js #2749: "insert the reference mark
//   (\x2) into the paragraph"; #4997: footnote paragraph text "startsWith('\x02')").
// - U+0013 … U+0014 … U+0015: a field's begin, separator and end. Where they appear, the field's
//   code (between begin and separator) goes too and its shown result stays (office-js #6794:
//   Range offsets count the field's hidden characters).
// - U+0001 (an inline picture or object), U+0007 (a table cell's end mark), U+001F (an optional
//   hyphen, invisible unless the line breaks there): Word's VBA Range.Text conventions, which the
//   JavaScript API shares on desktop.
// Replaced: U+001E, Word's non-breaking hyphen, by U+2011 as the .docx reader writes w:noBreakHyphen.

const DROPPED = new Set(['\u0001', '\u0002', '\u0005', '\u0007', '\u001f']);
const FIELD_BEGIN = '\u0013';
const FIELD_SEPARATOR = '\u0014';
const FIELD_END = '\u0015';

export interface CleanText {
  /** The text a reader sees. */
  readonly text: string;
  /** For each character of `text`, its offset in Word's text. */
  readonly rawAt: readonly number[];
  /** Word's own text. */
  readonly raw: string;
}

/** True for a character Word's text carries that is no text (see the list above). */
export function isControlMark(ch: string): boolean {
  return DROPPED.has(ch) || ch === FIELD_BEGIN || ch === FIELD_SEPARATOR || ch === FIELD_END;
}

export function cleanText(raw: string): CleanText {
  let text = '';
  const rawAt: number[] = [];
  // Per open field: true while its code runs (before the separator).
  const fields: boolean[] = [];
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] ?? '';
    if (ch === FIELD_BEGIN) { fields.push(true); continue; }
    if (ch === FIELD_SEPARATOR) { if (fields.length > 0) fields[fields.length - 1] = false; continue; }
    if (ch === FIELD_END) { fields.pop(); continue; }
    if (DROPPED.has(ch) || fields.some((inCode) => inCode)) continue;
    text += ch === '\u001e' ? '\u2011' : ch;
    rawAt.push(i);
  }
  return { text, rawAt, raw };
}

/** Only the text a reader sees. */
export function readableText(raw: string): string {
  return cleanText(raw).text;
}

/** Where characters [start, end) of the clean text are in Word's text (end > start). */
export function rawSpan(clean: CleanText, start: number, end: number): { readonly start: number; readonly end: number } {
  const first = clean.rawAt[start];
  const last = clean.rawAt[end - 1];
  if (first === undefined || last === undefined || end <= start) throw new RangeError(`no characters ${start}–${end} in a text of ${clean.text.length}`);
  return { start: first, end: last + 1 };
}

/** The stretches of Word's text in [start, end) that hold no control mark, in order. */
export function markFreePieces(raw: string, start: number, end: number): { readonly start: number; readonly end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || isControlMark(raw[i] ?? '')) {
      if (i > from) pieces.push({ start: from, end: i });
      from = i + 1;
    }
  }
  return pieces;
}
