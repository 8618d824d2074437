// The text of a part Word imports when it opens the file (w:altChunk): HTML, plain text or RTF, as
// paragraphs of plain text (HTML's with what its inline styles hide). Small careful readers, no
// DOM: only the text matters, and all of it.
import type { HiddenBy } from '../core/snapshot';

/** Bytes as text: a byte order mark or an HTML charset decides, else UTF-8. */
function decode(bytes: Uint8Array, charset: string | null = null): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (charset !== null && !/^utf-?8$/i.test(charset)) {
    try {
      return new TextDecoder(charset).decode(bytes);
    } catch {
      // An unknown charset: read as UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const trimEnd = (paragraphs: string[]): string[] => {
  while (paragraphs.length > 0 && (paragraphs[paragraphs.length - 1] as string).trim() === '') paragraphs.pop();
  return paragraphs;
};

/** Plain text: one paragraph per line. */
export function plainTextParagraphs(bytes: Uint8Array): string[] {
  return trimEnd(decode(bytes).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/));
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', euro: '€', copy: '©', reg: '®',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', bull: '•', middot: '·', deg: '°',
  eacute: 'é', egrave: 'è', euml: 'ë', ecirc: 'ê', aacute: 'á', agrave: 'à', auml: 'ä', iuml: 'ï', iacute: 'í', oacute: 'ó',
  ouml: 'ö', uuml: 'ü', uacute: 'ú', ccedil: 'ç', Eacute: 'É', Euml: 'Ë', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', sect: '§', para: '¶',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name] ?? whole;
  });
}

/** Elements that start a new paragraph where they open and where they close. */
const HTML_BLOCKS = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'address', 'hr', 'caption', 'body', 'center', 'figure', 'figcaption', 'main', 'nav', 'aside']);
/** Elements whose content is never printed. */
const HTML_UNPRINTED = /<(script|style|title|head|template|noscript|xml)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

/** A piece of an imported paragraph, and why a reader does not see it (null: it shows). */
export interface ImportedPiece {
  readonly text: string;
  readonly hiddenBy: HiddenBy | null;
}

/** Elements that have no end tag: they never hold text, nor hide any. */
const HTML_VOID = new Set(['br', 'hr', 'img', 'meta', 'link', 'input', 'wbr', 'col', 'area', 'base', 'embed', 'source', 'track', 'param']);
/** Below this size (CSS px; 1 pt = 4/3 px) text cannot be read, as in a .docx (1–2 pt). */
const TINY_PX = (2 * 4) / 3;
const WHITE_CSS = /^(?:white|#f{3}|#f{6}|rgba?\(\s*255\s*,\s*255\s*,\s*255\s*(?:,\s*(?:1|1\.0+)\s*)?\))$/i;

/** A CSS length as px (px, pt, em/rem at 16 px, %, of 16 px), or null. */
function cssPixels(value: string): number | null {
  const m = /^(-?[\d.]+)\s*(px|pt|em|rem|%)?$/i.exec(value.trim());
  if (!m) return null;
  const n = parseFloat(m[1] as string);
  const unit = (m[2] ?? 'px').toLowerCase();
  return unit === 'pt' ? (n * 4) / 3 : unit === 'em' || unit === 'rem' ? n * 16 : unit === '%' ? (n * 16) / 100 : n;
}

/**
 * What an element's own attributes do to its text: the `hidden` attribute and the inline CSS Word
 * honours when it imports HTML (display:none, visibility:hidden, a font-size of 1–2 pt or less,
 * white text where the element sets no background). Style sheets and classes are not applied.
 */
function hiddenByAttributes(attributes: string): HiddenBy | null {
  if (/(?:^|\s)hidden(?:\s|=|$)/i.test(attributes.replace(/"[^"]*"|'[^']*'/g, '""'))) return 'vanish';
  const style = /\bstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attributes);
  const css = decodeEntities(style?.[1] ?? style?.[2] ?? '');
  if (css === '') return null;
  const declarations = new Map<string, string>();
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase());
  }
  if (declarations.get('display') === 'none' || declarations.get('visibility') === 'hidden' || declarations.get('mso-hide') === 'all') return 'vanish';
  const size = declarations.get('font-size');
  const px = size === undefined ? null : cssPixels(size);
  if (px !== null && px <= TINY_PX) return 'tiny';
  const colour = declarations.get('color');
  if (colour !== undefined && WHITE_CSS.test(colour) && !declarations.has('background') && !declarations.has('background-color')) return 'white';
  return null;
}

/** HTML: tags, scripts and styles removed, a paragraph at every block element, entities decoded, hidden text marked. */
export function htmlParagraphs(bytes: Uint8Array): ImportedPiece[][] {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? null;
  const html = decode(bytes, charset)
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<![^>]*>/g, '')
    .replace(HTML_UNPRINTED, '');
  const paragraphs: ImportedPiece[][] = [];
  let pieces: ImportedPiece[] = [];
  let current = '';
  // Open elements with what each hides; the innermost reason counts (a hidden one hides all inside).
  const open: { name: string; hiddenBy: HiddenBy | null }[] = [];
  const hiddenNow = (): HiddenBy | null => {
    let reason: HiddenBy | null = null;
    for (const e of open) if (e.hiddenBy === 'vanish') return 'vanish'; else if (e.hiddenBy !== null) reason = e.hiddenBy;
    return reason;
  };
  const take = (): void => {
    if (current !== '') pieces.push({ text: decodeEntities(current), hiddenBy: hiddenNow() });
    current = '';
  };
  const breakHere = (): void => {
    take();
    // Spaces as HTML collapses them: runs of white space become one, none at the ends.
    const collapsed = pieces.map((piece) => ({ ...piece, text: piece.text.replace(/[ \t\r\n\f]+/g, ' ') }));
    const first = collapsed[0];
    if (first) collapsed[0] = { ...first, text: first.text.replace(/^ +/, '') };
    const last = collapsed[collapsed.length - 1];
    if (last) collapsed[collapsed.length - 1] = { ...last, text: last.text.replace(/ +$/, '') };
    const kept = collapsed.filter((piece) => piece.text !== '');
    if (kept.some((piece) => piece.text.trim() !== '')) paragraphs.push(kept);
    pieces = [];
  };
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    current += html.slice(last, m.index);
    last = m.index + m[0].length;
    const closing = m[1] === '/';
    const name = (m[2] as string).toLowerCase();
    const attributes = m[3] ?? '';
    if (name === 'td' || name === 'th') current += ' ';
    if (HTML_BLOCKS.has(name)) breakHere();
    else take();
    if (closing) {
      // An end tag closes its element and whatever was left open inside it; a stray one closes nothing.
      const at = open.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) open.length = at;
    } else if (!HTML_VOID.has(name) && !attributes.trimEnd().endsWith('/')) {
      // A new paragraph or list item ends the one still open (HTML's implied end tags).
      if (name === 'p' || name === 'li') {
        const at = open.map((e) => e.name).lastIndexOf(name);
        if (at >= 0 && open.slice(at + 1).every((e) => !HTML_BLOCKS.has(e.name))) open.length = at;
      }
      open.push({ name, hiddenBy: hiddenByAttributes(attributes) });
    }
  }
  current += html.slice(last);
  breakHere();
  return paragraphs;
}

/** RTF destinations whose text is not printed in the body flow. */
const RTF_SKIPPED = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'fldinst', 'datafield', 'themedata', 'colorschememapping',
  'latentstyles', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'xmlnstbl', 'mmathPr', 'filetbl', 'revtbl',
  'pgdsctbl', 'bkmkstart', 'bkmkend', 'header', 'headerl', 'headerr', 'headerf', 'footer', 'footerl', 'footerr', 'footerf',
  'nonshppict', 'blipuid', 'xe', 'tc', 'private', 'userprops', 'docvar', 'wgrffmtfilter', 'operator', 'author', 'title',
]);
const RTF_SYMBOLS: Record<string, string> = {
  tab: '\t', line: '\n', emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•',
  emspace: '\u2003', enspace: '\u2002', qmspace: '\u2005',
};

/**
 * RTF: the text runs, with control words and unprinted groups (font and style tables, \*\…
 * destinations) left out; \par ends a paragraph, \'hh is a Windows-1252 byte, \uN a Unicode
 * character followed by \ucN fallback characters that are skipped.
 */
export function rtfParagraphs(bytes: Uint8Array): string[] {
  const rtf = new TextDecoder('latin1').decode(bytes);
  const cp1252 = new TextDecoder('windows-1252');
  const paragraphs: string[] = [];
  let current = '';
  // Per group: whether its text is skipped, and how many fallback characters follow a \u.
  const stack: { skip: boolean; uc: number }[] = [];
  let state = { skip: false, uc: 1 };
  let pendingSkip = 0;
  let bytesRun: number[] = [];
  const emit = (text: string): void => {
    if (state.skip) return;
    if (pendingSkip > 0) {
      const dropped = Math.min(pendingSkip, text.length);
      pendingSkip -= dropped;
      text = text.slice(dropped);
    }
    current += text;
  };
  const flushBytes = (): void => {
    if (bytesRun.length > 0) emit(cp1252.decode(Uint8Array.from(bytesRun)));
    bytesRun = [];
  };
  let i = 0;
  let groupStart = false;
  while (i < rtf.length) {
    const c = rtf[i] as string;
    if (c === '\\' && rtf[i + 1] === "'" && !state.skip) {
      const hex = rtf.slice(i + 2, i + 4);
      if (pendingSkip > 0) pendingSkip -= 1;
      else bytesRun.push(parseInt(hex, 16) || 0);
      i += 4;
      groupStart = false;
      continue;
    }
    flushBytes();
    if (c === '{') {
      stack.push(state);
      state = { ...state };
      groupStart = true;
      i += 1;
      continue;
    }
    if (c === '}') {
      state = stack.pop() ?? { skip: false, uc: 1 };
      groupStart = false;
      i += 1;
      continue;
    }
    if (c === '\\') {
      const word = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(rtf.slice(i, i + 64));
      if (!word) {
        const symbol = rtf[i + 1] ?? '';
        if (symbol === '*' && groupStart) state.skip = true;
        else if (symbol === '~') emit('\u00a0');
        else if (symbol === '_') emit('\u2011');
        else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
        else if (symbol === '\n' || symbol === '\r') endParagraph();
        i += 2;
        continue;
      }
      const [whole, name = '', arg] = word;
      i += whole.length;
      const atGroupStart = groupStart;
      groupStart = false;
      // Binary data (in pictures and objects), never text, may hold braces: stepped over whole.
      if (name === 'bin') i += Math.max(0, Number(arg ?? 0));
      if (state.skip || name === 'bin') continue;
      if (RTF_SKIPPED.has(name) && atGroupStart) state.skip = true;
      else if (name === 'par' || name === 'sect' || name === 'row') endParagraph();
      else if (name === 'cell') emit(' ');
      else if (name === 'uc') state.uc = Number(arg ?? 1);
      else if (name === 'u') {
        const code = Number(arg ?? 0);
        emit(String.fromCharCode(code < 0 ? code + 65536 : code));
        pendingSkip = state.uc;
      } else if (RTF_SYMBOLS[name] !== undefined) emit(RTF_SYMBOLS[name] as string);
      continue;
    }
    groupStart = false;
    if (c !== '\r' && c !== '\n') emit(c);
    i += 1;
  }
  flushBytes();
  endParagraph();
  return trimEnd(paragraphs);

  function endParagraph(): void {
    if (state.skip) return;
    paragraphs.push(current);
    current = '';
  }
}
