// word/styles.xml: what the snapshot needs from styles (names, heading levels, hidden text,
// style-linked numbering), with basedOn chains resolved.
import { child, childrenNamed, isOn, parseXml, W_NS, type XmlElement } from './xml';
import { PackageError } from './zip';

export interface StyleInfo {
  readonly name: string;
  readonly headingLevel: number;
  readonly hidden: boolean | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

export interface Styles {
  paragraph(styleId: string | undefined): StyleInfo;
  characterHidden(styleId: string | undefined): boolean | undefined;
  readonly defaultHidden: boolean;
}

interface RawStyle {
  readonly name: string;
  readonly basedOn: string | undefined;
  readonly outlineLevel: number | undefined;
  readonly hidden: boolean | undefined;
  readonly numId: string | undefined;
  readonly ilvl: number | undefined;
}

const NO_STYLE: StyleInfo = { name: '', headingLevel: 0, hidden: undefined, numId: undefined, ilvl: undefined };

function headingLevelFromName(name: string): number | undefined {
  const m = /^(?:heading|kop)\s*([1-9])$/i.exec(name.trim());
  return m ? Number(m[1]) : undefined;
}

function rawStyleOf(style: XmlElement, id: string): RawStyle {
  const pPr = child(style, 'w:pPr');
  const rPr = child(style, 'w:rPr');
  const numPr = pPr && child(pPr, 'w:numPr');
  const outline = pPr && child(pPr, 'w:outlineLvl');
  return {
    name: child(style, 'w:name')?.attributes['w:val'] ?? id,
    basedOn: child(style, 'w:basedOn')?.attributes['w:val'],
    outlineLevel: outline ? Number(outline.attributes['w:val']) : undefined,
    hidden: rPr ? isOn(child(rPr, 'w:vanish')) : undefined,
    numId: numPr ? child(numPr, 'w:numId')?.attributes['w:val'] : undefined,
    ilvl: numPr && child(numPr, 'w:ilvl') ? Number(child(numPr, 'w:ilvl')?.attributes['w:val']) : undefined,
  };
}

function isDefaultParagraphStyle(style: XmlElement): boolean {
  const isDefault = style.attributes['w:default'];
  return style.attributes['w:type'] === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on');
}

function defaultHiddenOf(docDefaults: XmlElement | undefined): boolean {
  const defaultRun = docDefaults && child(docDefaults, 'w:rPrDefault');
  const defaultRPr = defaultRun && child(defaultRun, 'w:rPr');
  return (defaultRPr && isOn(child(defaultRPr, 'w:vanish'))) ?? false;
}

/** Styles from a parsed styles part (all of them read at once). */
export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraphStyle: string | undefined;
  let defaultHidden = false;
  if (root) {
    defaultHidden = defaultHiddenOf(child(root, 'w:docDefaults'));
    for (const style of childrenNamed(root, 'w:style')) {
      const id = style.attributes['w:styleId'];
      if (id === undefined) continue;
      if (isDefaultParagraphStyle(style)) defaultParagraphStyle = id;
      raw.set(id, rawStyleOf(style, id));
    }
  }
  return resolvedStyles((id) => raw.get(id), defaultParagraphStyle, defaultHidden);
}

const STYLE_ELEMENT = /<w:style\b[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const STYLE_ID = /\bw:styleId\s*=\s*(["'])(.*?)\1/;
const DOC_DEFAULTS = /<w:docDefaults\b[\s\S]*?<\/w:docDefaults>/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeAttribute(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Styles from the text of a styles part, each style parsed only when the document uses it: Word's
 * own template has some 160 styles of which a document uses a handful. The text must have passed
 * parseXml's checks (no DTD); a part that does not use the "w" prefix is parsed whole.
 */
export function readStylesText(text: string): Styles {
  const parseFragment = (fragment: string): XmlElement => parseXml(`<w:styles xmlns:w="${W_NS}">${fragment}</w:styles>`).root;
  if (!text.includes('<w:style')) return readStyles(parseXml(text).root);
  // Every style indexed by one scan, made only when a quick search cannot find a style on its own.
  let index: { readonly blocks: Map<string, string>; readonly defaultParagraphStyle: string | undefined } | null = null;
  const fullIndex = (): NonNullable<typeof index> => {
    if (index) return index;
    const blocks = new Map<string, string>();
    let defaultParagraphStyle: string | undefined;
    STYLE_ELEMENT.lastIndex = 0;
    for (let m = STYLE_ELEMENT.exec(text); m; m = STYLE_ELEMENT.exec(text)) {
      const openTag = m[0].slice(0, m[0].indexOf('>') + 1);
      const idMatch = STYLE_ID.exec(openTag);
      if (!idMatch) continue;
      const id = decodeAttribute(idMatch[2] ?? '');
      blocks.set(id, m[0]);
      if (defaultParagraphStyle === undefined && /w:type\s*=\s*["']paragraph["']/.test(openTag) && /w:default\s*=\s*["'](?:1|true|on)["']/.test(openTag)) {
        defaultParagraphStyle = id;
      }
    }
    index = { blocks, defaultParagraphStyle };
    return index;
  };
  // Where each style id stands, as Word writes it (w:styleId="Id"): one pass over the part,
  // however many styles the document asks for.
  let positions: Map<string, number> | null = null;
  /** The element of a style, found by its id as Word writes it, else through the full index. */
  const blockOf = (id: string): string | undefined => {
    positions ??= styleIdPositions(text);
    const at = /^[\w-]+$/.test(id) ? positions.get(id) ?? -1 : -1;
    if (at >= 0) {
      const start = text.lastIndexOf('<w:style ', at);
      const close = text.indexOf('</w:style>', at);
      const next = text.indexOf('<w:style ', at);
      if (start >= 0 && close >= 0 && (next < 0 || close < next)) return text.slice(start, close + '</w:style>'.length);
    }
    return fullIndex().blocks.get(id);
  };
  const defaultParagraphStyle = wordDefaultParagraphStyle(text) ?? (text.includes('w:default') ? fullIndex().defaultParagraphStyle : undefined);
  const defaults = DOC_DEFAULTS.exec(text);
  const defaultHidden = defaults ? defaultHiddenOf(child(parseFragment(defaults[0]), 'w:docDefaults')) : false;
  const parsed = new Map<string, RawStyle | undefined>();
  const lookUp = (id: string): RawStyle | undefined => {
    if (!parsed.has(id)) {
      const block = blockOf(id);
      let element: XmlElement | undefined;
      try {
        element = block === undefined ? undefined : child(parseFragment(block), 'w:style');
      } catch {
        throw new PackageError('Het onderdeel met de opmaakprofielen (styles.xml) is geen geldige XML: het document is beschadigd.');
      }
      parsed.set(id, element ? rawStyleOf(element, id) : undefined);
    }
    return parsed.get(id);
  };
  return resolvedStyles(lookUp, defaultParagraphStyle, defaultHidden);
}

const STYLE_ID_MARKER = 'w:styleId="';

/** The offset of the first w:styleId="…" of every id, raw as written. */
function styleIdPositions(text: string): Map<string, number> {
  const positions = new Map<string, number>();
  for (let at = text.indexOf(STYLE_ID_MARKER); at >= 0; at = text.indexOf(STYLE_ID_MARKER, at + STYLE_ID_MARKER.length)) {
    const end = text.indexOf('"', at + STYLE_ID_MARKER.length);
    if (end < 0) break;
    const id = text.slice(at + STYLE_ID_MARKER.length, end);
    if (!positions.has(id)) positions.set(id, at);
  }
  return positions;
}

/** The default paragraph style as Word writes it: <w:style w:type="paragraph" w:default="1" w:styleId="…">. */
function wordDefaultParagraphStyle(text: string): string | undefined {
  const m = /<w:style w:type="paragraph" w:default="1" w:styleId="([\w-]+)"/.exec(text);
  return m?.[1];
}

function resolvedStyles(styleOf: (id: string) => RawStyle | undefined, defaultParagraphStyle: string | undefined, defaultHidden: boolean): Styles {
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
  return {
    defaultHidden,
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
        hidden: first(styles, (s) => s.hidden),
        numId: first(styles, (s) => s.numId),
        ilvl: first(styles, (s) => s.ilvl),
      };
      cache.set(id, info);
      return info;
    },
    characterHidden(styleId) {
      return styleId === undefined ? undefined : first(chain(styleId), (s) => s.hidden);
    },
  };
}
