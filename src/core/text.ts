// Tokens of text as the checker compares them. Only layout is normalised away (white space of
// any kind, typographic quotes and dashes, soft hyphens, list markers that numbering prints);
// every word, number and punctuation mark stays a token that counts.

export interface Token {
  /** The comparable form. */
  readonly norm: string;
  /** The text the token was cut from, and where: for showing the original words. */
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** Paragraph the token comes from, -1 for text that numbering printed. */
  readonly paragraphIndex: number;
  readonly hidden: boolean;
}

const QUOTES: Record<string, string> = {
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u0060': "'", '\u00B4': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u2026': '...',
};

// Words (letters, digits, combining marks; invisible soft hyphens and zero-width characters inside
// them are dropped) or single other characters. White space separates and is not a token.
const TOKEN = /[\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060]+|[^\s\p{L}\p{N}\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060]/g;

const NON_ASCII = /[^\x00-\x7f]/;

export function normaliseToken(raw: string): string {
  // Most tokens are plain ASCII words: nothing to map, nothing to compose (the backquote aside).
  if (raw !== '\u0060' && !NON_ASCII.test(raw)) return raw;
  const mapped = QUOTES[raw];
  if (mapped !== undefined) return mapped;
  return raw.replace(INVISIBLE, '').normalize('NFC');
}

// The same token rule spelled out for Latin text, which V8 matches several times faster than
// Unicode property classes; text with other characters takes the general rule.
const LATIN_WORD = 'A-Za-z0-9\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F\\u00AD\\u200B-\\u200D\\u2060';
const LATIN_TOKEN = new RegExp(`[${LATIN_WORD}]+|[^\\s${LATIN_WORD}]`, 'g');
const LATIN_ONLY = /^[\x00-\u024F\u0300-\u036F\u2000-\u206F\u20AC]*$/;

// Plain ASCII text (without the backquote, which is read as an apostrophe) needs no mapping at all.
const ASCII_TOKEN = /[A-Za-z0-9]+|[^\sA-Za-z0-9]/g;
const PLAIN_ASCII = /^[\x00-\x5f\x61-\x7f]*$/;

export function tokenPattern(source: string): RegExp {
  if (PLAIN_ASCII.test(source)) return ASCII_TOKEN;
  return LATIN_ONLY.test(source) ? LATIN_TOKEN : TOKEN;
}

/** Only the comparable forms of the tokens of a text: cheap, for text that may never be compared. */
export function tokenNorms(source: string): string[] {
  const pattern = tokenPattern(source);
  const raw = source.match(pattern) ?? [];
  if (pattern === ASCII_TOKEN) return raw;
  const norms: string[] = [];
  for (const token of raw) {
    const norm = normaliseToken(token);
    if (norm.length > 0) norms.push(norm);
  }
  return norms;
}

export function tokenize(source: string, paragraphIndex: number, hidden: (offset: number) => boolean = () => false): Token[] {
  const tokens: Token[] = [];
  const pattern = tokenPattern(source);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(source); m; m = pattern.exec(source)) {
    const norm = normaliseToken(m[0]);
    if (norm.length === 0) continue;
    tokens.push({ norm, source, start: m.index, end: m.index + m[0].length, paragraphIndex, hidden: hidden(m.index) });
  }
  return tokens;
}

// U+F000–U+F0FF: a glyph of a symbol font (Symbol, Wingdings) as Word stores a bullet in it.
const BULLET = /^[•·▪◦●○■□➢►✓✔◆◇♦➤→*o\-\uF000-\uF0FF]$/;
const ENUMERATOR = /^(?:[a-z]|[ivxlc]{1,5}|\d{1,2})$/i;

/**
 * How many leading tokens are a list marker ("•", "a)", "(iv)", "1.", "ii.") rather than words.
 * Provision numbers like "5.1" are not markers: they are part of the standard text.
 */
export function listMarkerLength(tokens: readonly Pick<Token, 'norm' | 'start' | 'end' | 'paragraphIndex'>[]): number {
  const [t0, t1, t2] = tokens;
  if (!t0) return 0;
  if (BULLET.test(t0.norm) && (t0.norm !== 'o' || (t1 !== undefined && t1.start > t0.end) || t0.paragraphIndex === -1)) return 1;
  type Mark = Pick<Token, 'norm' | 'start' | 'end' | 'paragraphIndex'>;
  const closes = (t: Mark | undefined, next: Mark | undefined): boolean =>
    t !== undefined && (t.norm === ')' || (t.norm === '.' && (next === undefined || next.start > t.end || next.paragraphIndex !== t.paragraphIndex)));
  if (t0.norm === '(' && t1 && ENUMERATOR.test(t1.norm) && t2?.norm === ')') return 3;
  if (ENUMERATOR.test(t0.norm) && closes(t1, t2)) return 2;
  return 0;
}

const FIRST_TOKEN = /^\s*(?:([A-Za-z0-9]+)|(\S))/;

/** Whether listMarkerLength could find anything in a text, judged from its first token alone. */
export function mayStartWithMarker(text: string): boolean {
  const m = FIRST_TOKEN.exec(text);
  if (!m) return false;
  const first = m[1] ?? m[2] ?? '';
  return first === '(' || BULLET.test(first) || ENUMERATOR.test(first);
}

/** A numbering label that prints a provision number ("5.1", "16.1.") is kept; others are markers. */
export function isProvisionNumber(label: string): boolean {
  return /^\d+(\.\d+)+\.?$/.test(label.trim());
}

/** Text from tokens, with the original spacing where tokens are neighbours in one source. */
export function detokenize(tokens: readonly Token[]): string {
  let out = '';
  let prev: Token | undefined;
  for (const t of tokens) {
    if (prev && prev.source === t.source && prev.paragraphIndex === t.paragraphIndex && t.start >= prev.end) {
      out += prev.end === t.start ? t.source.slice(prev.end, t.end) : ` ${t.source.slice(t.start, t.end)}`;
    } else {
      out += (out.length > 0 ? ' ' : '') + t.source.slice(t.start, t.end);
    }
    prev = t;
  }
  return out;
}
