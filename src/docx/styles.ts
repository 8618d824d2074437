// word/styles.xml: what the snapshot needs from styles (names, heading levels, the run properties
// that can hide text, style-linked numbering), with basedOn chains resolved.
import { strFromU8 } from 'fflate';
import { type Colour, DEFAULT_THEME, firstSet, NO_LOOK, readRunLook, type RunLook, shadingColour, type ThemeColours } from './visible-text';
import { NO_TABLE_SHADING, readTableShading, type TableShading } from './table-style';
import { child, childrenNamed, parseXml, W_NS, type XmlElement } from './xml';
import { PackageError } from './zip';

export interface StyleInfo {
  readonly name: string;
  readonly headingLevel: number;
  /** The run properties of the style (its rPr along the basedOn chain). */
  readonly look: RunLook;
  /** The paragraph shading (pPr/w:shd) along the chain. */
  readonly shading: Colour | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

export interface Styles {
  paragraph(styleId: string | undefined): StyleInfo;
  /** The run properties of a character style along its basedOn chain. */
  character(styleId: string | undefined): RunLook;
  /** What a table style shades, region by region, along its basedOn chain (table-style.ts). */
  table(styleId: string | undefined): TableShading;
  /** w:docDefaults/w:rPrDefault. */
  readonly defaults: RunLook;
  /** The document's theme colours, which the styles' and the runs' w:themeColor name. */
  readonly theme: ThemeColours;
}

interface RawStyle {
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly outlineLevel: number | undefined;
  readonly look: RunLook;
  readonly shading: Colour | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
  /** A table style's shading; undefined for other styles. */
  readonly tableShading: TableShading | undefined;
}

const NO_STYLE: StyleInfo = { name: '', headingLevel: 0, look: NO_LOOK, shading: undefined, numId: undefined, ilvl: undefined };

function headingLevelFromName(name: string): number | undefined {
  const m = /^(?:heading|kop)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

function rawStyleOf(style: XmlElement, id: string, theme: ThemeColours): RawStyle {
  const pPr = child(style, 'w:pPr');
  const rPr = child(style, 'w:rPr');
  const numPr = pPr && child(pPr, 'w:numPr');
  const outline = pPr && child(pPr, 'w:outlineLvl');
  return {
    name: child(style, 'w:name')?.attributes['w:val'] ?? id,
    basedOn: child(style, 'w:basedOn')?.attributes['w:val'],
    outlineLevel: outline ? Number(outline.attributes['w:val']) : undefined,
    look: readRunLook(rPr, theme),
    shading: pPr && shadingColour(child(pPr, 'w:shd'), theme),
    numId: numPr ? child(numPr, 'w:numId')?.attributes['w:val'] : undefined,
    ilvl: numPr && child(numPr, 'w:ilvl') ? Number(child(numPr, 'w:ilvl')?.attributes['w:val']) : undefined,
    tableShading: style.attributes['w:type'] === 'table' ? readTableShading(style, (shd) => shadingColour(shd, theme)) : undefined,
  };
}

function isDefaultParagraphStyle(style: XmlElement): boolean {
  const isDefault = style.attributes['w:default'];
  return style.attributes['w:type'] === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on');
}

function defaultLookOf(docDefaults: XmlElement | undefined, theme: ThemeColours): RunLook {
  const defaultRun = docDefaults && child(docDefaults, 'w:rPrDefault');
  return readRunLook(defaultRun && child(defaultRun, 'w:rPr'), theme);
}

/** Styles from a parsed styles part (all of them read at once). */
export function readStyles(root: XmlElement | undefined, theme: ThemeColours = DEFAULT_THEME): Styles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraphStyle: string | undefined;
  let defaults = NO_LOOK;
  if (root) {
    defaults = defaultLookOf(child(root, 'w:docDefaults'), theme);
    for (const style of childrenNamed(root, 'w:style')) {
      const id = style.attributes['w:styleId'];
      // A repeated id or default: the first one counts, in this reader and the piecemeal one, as in
      // Word and LibreOffice (see test/docx/styles-decoys.test.ts for the evidence).
      if (id === undefined || raw.has(id)) continue;
      if (defaultParagraphStyle === undefined && isDefaultParagraphStyle(style)) defaultParagraphStyle = id;
      raw.set(id, rawStyleOf(style, id, theme));
    }
  }
  return resolvedStyles((id) => raw.get(id), defaultParagraphStyle, defaults, theme);
}

const STYLE_ELEMENT = /<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const STYLE_ID = /\bw:styleId\s*=\s*(["'])(.*?)\1/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeAttribute(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const STYLE_ID_MARKER = ascii('w:styleId="');
/** The marker's rarest byte ("I"), found with the native indexOf; the rest is compared around it. */
const MARKER_PIVOT = STYLE_ID_MARKER.indexOf(0x49);
const STYLE_OPEN = ascii('<w:style');
const STYLE_CLOSE = ascii('</w:style');
const DEFAULTS_OPEN = ascii('<w:docDefaults');
const DEFAULTS_CLOSE = ascii('</w:docDefaults');
const LT = 0x3c;
const GT = 0x3e;
const QUOTE = 0x22;

function matchesAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (at < 0 || at + pattern.length > bytes.length) return false;
  for (let i = 0; i < pattern.length; i += 1) if (bytes[at + i] !== pattern[i]) return false;
  return true;
}

const isSpace = (byte: number | undefined): boolean => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/** Whether a tag named by `pattern` ("<name" or "</name") starts at `at`, its name ending there. */
function tagAt(bytes: Uint8Array, at: number, pattern: Uint8Array): boolean {
  if (!matchesAt(bytes, at, pattern)) return false;
  const after = bytes[at + pattern.length];
  return isSpace(after) || after === GT || after === 0x2f;
}

/** The next tag named by `pattern` from `from`, or -1. */
function nextTag(bytes: Uint8Array, pattern: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(LT, from); at >= 0; at = bytes.indexOf(LT, at + 1)) if (tagAt(bytes, at, pattern)) return at;
  return -1;
}

/**
 * Where every style written Word's way (<w:style … w:styleId="Id">) starts, by raw id: one pass
 * over the bytes, hopping from one "I" to the next.
 */
function styleStarts(bytes: Uint8Array): Map<string, number> {
  const starts = new Map<string, number>();
  for (let pivot = bytes.indexOf(0x49); pivot >= 0; pivot = bytes.indexOf(0x49, pivot + 1)) {
    const marker = pivot - MARKER_PIVOT;
    if (!matchesAt(bytes, marker, STYLE_ID_MARKER)) continue;
    const idStart = marker + STYLE_ID_MARKER.length;
    const idEnd = bytes.indexOf(QUOTE, idStart);
    const start = bytes.lastIndexOf(LT, marker);
    if (idEnd < 0 || !matchesAt(bytes, start, STYLE_OPEN) || !isSpace(bytes[start + STYLE_OPEN.length])) continue;
    const id = strFromU8(bytes.subarray(idStart, idEnd));
    if (!starts.has(id)) starts.set(id, start);
  }
  return starts;
}

/** The end of the style element that starts at `start`, or -1 when it does not close before the next style. */
function styleEnd(bytes: Uint8Array, start: number): number {
  const tagEnd = bytes.indexOf(GT, start);
  if (tagEnd < 0) return -1;
  if (bytes[tagEnd - 1] === 0x2f) return tagEnd + 1;
  for (let at = bytes.indexOf(LT, tagEnd); at >= 0; at = bytes.indexOf(LT, at + 1)) {
    if (tagAt(bytes, at, STYLE_CLOSE)) return bytes.indexOf(GT, at) + 1;
    if (tagAt(bytes, at, STYLE_OPEN)) return -1;
  }
  return -1;
}

/** The docDefaults element's text, or null. */
function docDefaultsOf(bytes: Uint8Array): string | null {
  const start = nextTag(bytes, DEFAULTS_OPEN, 0);
  const close = start < 0 ? -1 : nextTag(bytes, DEFAULTS_CLOSE, start);
  return close < 0 ? null : strFromU8(bytes.subarray(start, bytes.indexOf(GT, close) + 1));
}

const XMLNS = ascii('xmlns');
const XML_DECLARATION = ascii('<?xml');
const W_DECLARATION = ascii(`="${W_NS}"`);

/**
 * Whether searching the bytes finds what a parser finds: no comment, CDATA section or processing
 * instruction (after the declaration) in which a decoy <w:style> could stand, and "w" bound once,
 * on the root, to WordprocessingML, and WordprocessingML to no other prefix nor as the default.
 * Any other part is parsed whole.
 */
function searchable(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x21); at >= 0; at = bytes.indexOf(0x21, at + 1)) if (bytes[at - 1] === LT) return false; // "<!"
  const start = bytes[0] === 0xef ? 3 : 0; // after a byte order mark
  const afterDeclaration = matchesAt(bytes, start, XML_DECLARATION) ? bytes.indexOf(GT, start) : start;
  for (let at = bytes.indexOf(0x3f, afterDeclaration); at >= 0; at = bytes.indexOf(0x3f, at + 1)) if (bytes[at - 1] === LT) return false; // "<?"

  let bindsW = 0;
  for (let at = bytes.indexOf(0x78); at >= 0; at = bytes.indexOf(0x78, at + 1)) {
    if (!matchesAt(bytes, at, XMLNS)) continue;
    const eq = bytes.indexOf(0x3d, at);
    const prefix = strFromU8(bytes.subarray(at + XMLNS.length, eq));
    const isW = matchesAt(bytes, eq, W_DECLARATION);
    if (prefix === ':w' ? !isW : isW) return false;
    if (prefix === ':w') bindsW += 1;
  }
  return bindsW === 1;
}

const IS_PARAGRAPH_TYPE = /w:type\s*=\s*["']paragraph["']/;
const IS_DEFAULT = /w:default\s*=\s*["'](?:1|true|on)["']/;

/**
 * Styles from the bytes of a styles part, each style decoded and parsed only when the document
 * uses it: Word's own template has some 160 styles in 350 KB of which a document uses a handful.
 * Styles Word's way are found in the bytes; one written otherwise is found through an index of the
 * whole decoded text. The part must have passed the DTD check (see prologHasDeclaration); a part
 * that does not use the "w" prefix is parsed whole.
 */
export function readStylesPart(bytes: Uint8Array, theme: ThemeColours = DEFAULT_THEME): Styles {
  let decoded: string | null = null;
  const text = (): string => (decoded ??= strFromU8(bytes));
  if (!searchable(bytes)) return readStyles(parseXml(text()).root);
  const starts = styleStarts(bytes);
  if (starts.size === 0 && !text().includes('<w:style')) return readStyles(parseXml(text()).root);
  const parseFragment = (fragment: string): XmlElement => parseXml(`<w:styles xmlns:w="${W_NS}">${fragment}</w:styles>`).root;
  // Every style indexed by one scan of the decoded text, made only for what the byte search misses.
  let index: { readonly blocks: Map<string, string>; readonly defaultParagraphStyle: string | undefined } | null = null;
  const fullIndex = (): NonNullable<typeof index> => {
    if (index) return index;
    const blocks = new Map<string, string>();
    let defaultParagraphStyle: string | undefined;
    STYLE_ELEMENT.lastIndex = 0;
    for (let m = STYLE_ELEMENT.exec(text()); m; m = STYLE_ELEMENT.exec(text())) {
      const openTag = m[0].slice(0, m[0].indexOf('>') + 1);
      const idMatch = STYLE_ID.exec(openTag);
      if (!idMatch) continue;
      const id = decodeAttribute(idMatch[2] ?? '');
      if (blocks.has(id)) continue;
      blocks.set(id, m[0]);
      if (defaultParagraphStyle === undefined && IS_PARAGRAPH_TYPE.test(openTag) && IS_DEFAULT.test(openTag)) defaultParagraphStyle = id;
    }
    index = { blocks, defaultParagraphStyle };
    return index;
  };
  let defaultParagraphStyle: string | undefined;
  for (const [id, start] of starts) {
    const tag = strFromU8(bytes.subarray(start, bytes.indexOf(GT, start) + 1));
    if (IS_PARAGRAPH_TYPE.test(tag) && IS_DEFAULT.test(tag)) {
      defaultParagraphStyle = id;
      break;
    }
  }
  defaultParagraphStyle ??= text().includes('w:default') ? fullIndex().defaultParagraphStyle : undefined;
  const defaultsText = docDefaultsOf(bytes);
  const defaults = defaultsText === null ? NO_LOOK : defaultLookOf(child(parseFragment(defaultsText), 'w:docDefaults'), theme);
  /** The style's element: from the bytes where it starts when that parses, else from the full index. */
  const elementOf = (id: string): XmlElement | undefined => {
    const start = /^[\w-]+$/.test(id) ? starts.get(id) ?? -1 : -1;
    const end = start < 0 ? -1 : styleEnd(bytes, start);
    if (end >= 0) {
      try {
        const element = child(parseFragment(strFromU8(bytes.subarray(start, end))), 'w:style');
        if (element) return element;
      } catch {
        // An attribute with ">" in it can cut an element short: the full index reads it properly.
      }
    }
    const block = fullIndex().blocks.get(id);
    return block === undefined ? undefined : child(parseFragment(block), 'w:style');
  };
  const parsed = new Map<string, RawStyle | undefined>();
  const lookUp = (id: string): RawStyle | undefined => {
    if (!parsed.has(id)) {
      let element: XmlElement | undefined;
      try {
        element = elementOf(id);
      } catch {
        throw new PackageError({ code: 'bad-xml', part: 'word/styles.xml' });
      }
      parsed.set(id, element ? rawStyleOf(element, id, theme) : undefined);
    }
    return parsed.get(id);
  };
  return resolvedStyles(lookUp, defaultParagraphStyle, defaults, theme);
}

function resolvedStyles(styleOf: (id: string) => RawStyle | undefined, defaultParagraphStyle: string | undefined, defaults: RunLook, theme: ThemeColours): Styles {
  const chain = (id: string | undefined): RawStyle[] => {
    const out: RawStyle[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const style = styleOf(cur);
      if (!style) break;
      out.push(style);
      cur = style.basedOn;
    }
    return out;
  };
  const first = <T>(styles: RawStyle[], pick: (s: RawStyle) => T | undefined): T | undefined => {
    for (const s of styles) {
      const v = pick(s);
      if (v !== undefined) return v;
    }
    return undefined;
  };
  const cache = new Map<string, StyleInfo>();
  const characters = new Map<string, RunLook>();
  const tables = new Map<string, TableShading>();
  return {
    defaults,
    theme,
    paragraph(styleId) {
      const id = styleId ?? defaultParagraphStyle;
      if (id === undefined) return NO_STYLE;
      const hit = cache.get(id);
      if (hit) return hit;
      const styles = chain(id);
      const name = styles[0]?.name ?? id;
      const outline = first(styles, (s) => s.outlineLevel);
      const info: StyleInfo = {
        name,
        headingLevel: headingLevelFromName(name) ?? (outline !== undefined && outline < 9 ? outline + 1 : 0),
        look: firstSet(styles.map((s) => s.look)),
        shading: first(styles, (s) => s.shading),
        numId: first(styles, (s) => s.numId),
        ilvl: first(styles, (s) => s.ilvl),
      };
      cache.set(id, info);
      return info;
    },
    character(styleId) {
      if (styleId === undefined) return NO_LOOK;
      let look = characters.get(styleId);
      if (!look) characters.set(styleId, (look = firstSet(chain(styleId).map((s) => s.look))));
      return look;
    },
    table(styleId) {
      if (styleId === undefined) return NO_TABLE_SHADING;
      let shading = tables.get(styleId);
      if (!shading) {
        const levels = chain(styleId).flatMap((s) => (s.tableShading ? [s.tableShading] : []));
        shading = levels.length === 0 ? NO_TABLE_SHADING : firstSet(levels);
        tables.set(styleId, shading);
      }
      return shading;
    },
  };
}
