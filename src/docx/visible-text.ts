// The one rule for what a reader of a paragraph sees: which runs there are (in what order, inside
// which tracked change and content control), how much text each gives, and whether that text can
// be read at all. The reader (body.ts) builds the snapshot's segments with it and the writer
// (write-locate.ts) finds the runs behind an offset with it, so their offsets cannot drift apart.
import type { HiddenBy, Revision } from '../core/snapshot';
import type { Styles } from './styles';
import { tableStyleShading } from './table-style';
import { child, isOn, type XmlElement } from './xml';

// --- Runs of a paragraph ------------------------------------------------------------------------

/** Elements whose text never reaches the printed page of the body flow. */
const SKIPPED = new Set([
  'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object', 'w:footnoteReference', 'w:endnoteReference',
  'w:sdtPr', 'w:sdtEndPr', 'w:rPr', 'w:pPr', 'w:fldData', 'w:commentReference',
]);

/** Drawings, VML and embedded objects: they may hold text boxes, which are not body text. */
export const TEXT_CONTAINERS = new Set(['w:drawing', 'w:pict', 'w:object']);

export interface InlineVisitor {
  /** A run; `ancestors` (from the paragraph down to the run's parent) is only valid during the call. */
  run(run: XmlElement, ancestors: readonly XmlElement[], revision: Revision, controlTag: string | null): void;
  commentStart?(id: string): void;
  commentEnd?(id: string): void;
  /** A content control: true when the visitor has taken its text itself (a data-bound value), so
   * its cached runs are not walked. */
  control?(sdt: XmlElement, revision: Revision, controlTag: string | null): boolean;
}

function controlTagOf(sdt: XmlElement): string | undefined {
  const props = child(sdt, 'w:sdtPr');
  return props && child(props, 'w:tag')?.attributes['w:val'];
}

/** Every run of a paragraph in reading order, with its tracked change and innermost content control. */
export function walkRuns(paragraph: XmlElement, controlTag: string | null, visitor: InlineVisitor): void {
  walkInline(paragraph, 'none', controlTag, [], visitor);
}

function walkInline(element: XmlElement, revision: Revision, tag: string | null, path: XmlElement[], visitor: InlineVisitor): void {
  path.push(element);
  for (const c of element.children) {
    if (typeof c === 'string' || SKIPPED.has(c.name)) continue;
    switch (c.name) {
      case 'w:r':
        visitor.run(c, path, revision, tag);
        break;
      case 'w:ins':
      case 'w:moveTo':
        walkInline(c, 'inserted', tag, path, visitor);
        break;
      case 'w:del':
      case 'w:moveFrom':
        walkInline(c, 'deleted', tag, path, visitor);
        break;
      case 'w:sdt': {
        const content = child(c, 'w:sdtContent');
        const inner = controlTagOf(c) ?? tag;
        if (visitor.control?.(c, revision, inner) === true) break;
        if (content) {
          path.push(c);
          walkInline(content, revision, inner, path, visitor);
          path.pop();
        }
        break;
      }
      case 'w:commentRangeStart': {
        const id = c.attributes['w:id'];
        if (id !== undefined) visitor.commentStart?.(id);
        break;
      }
      case 'w:commentRangeEnd': {
        const id = c.attributes['w:id'];
        if (id !== undefined) visitor.commentEnd?.(id);
        break;
      }
      default:
        // w:hyperlink, w:smartTag, w:customXml, w:fldSimple, w:bdo, w:dir and unknown wrappers:
        // their runs are part of the text.
        walkInline(c, revision, tag, path, visitor);
    }
  }
  path.pop();
}

/** The text one child of a run gives a reader. */
export function runChildText(c: XmlElement): string {
  switch (c.name) {
    case 'w:t':
    case 'w:delText': {
      let text = '';
      for (const t of c.children) if (typeof t === 'string') text += t;
      return text;
    }
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '\u2011';
    case 'w:sym': {
      const code = c.attributes['w:char'];
      return code ? String.fromCharCode(parseInt(code, 16) & 0xffff) : '';
    }
    default:
      return '';
  }
}

/** The text of a run. */
export function runText(run: XmlElement): string {
  let text = '';
  for (const c of run.children) if (typeof c !== 'string') text += runChildText(c);
  return text;
}

// --- Whether text can be read ---------------------------------------------------------------------

/** A colour as a level of the style hierarchy gives it (w:color, w:shd, w:highlight). */
export type Colour = number | 'auto';

/**
 * The run properties that decide whether text can be read, as one level of the hierarchy
 * (document defaults, a style, direct formatting) sets them; absent: not set at that level.
 */
export interface RunLook {
  readonly vanish?: boolean;
  readonly specVanish?: boolean;
  readonly webHidden?: boolean;
  readonly strike?: boolean;
  readonly dstrike?: boolean;
  readonly colour?: Colour;
  /** In half-points. */
  readonly size?: number;
  readonly sizeComplex?: number;
  /** w:cs or w:rtl: the run is complex script, so w:szCs sizes it. */
  readonly complex?: boolean;
  readonly highlight?: Colour;
  readonly shading?: Colour;
  /** w:w: the width of the characters in percent of their normal width (ST_TextScale, 1–600). */
  readonly scale?: number;
}

export const NO_LOOK: RunLook = {};

/** Theme colours by the names w:themeColor and w:themeFill use (ST_ThemeColor, §17.18.97), text1 and background1 included. */
export type ThemeColours = Readonly<Record<string, number>>;

/**
 * The colours of a theme's colour scheme (a:clrScheme, by ST_ThemeColor's names: dark1…accent6,
 * hyperlink, followedHyperlink) with text1, background1, text2 and background2 mapped onto them as
 * w:clrSchemeMapping says (§17.15.1.20; absent: the default mapping, text on dark, background on light).
 */
export function themeColours(scheme: Readonly<Record<string, number>>, mapping: Readonly<Record<string, string>> = {}): ThemeColours {
  const out: Record<string, number> = { ...scheme };
  for (const [name, fallback] of Object.entries(DEFAULT_MAPPING)) {
    const colour = scheme[mapping[name] ?? fallback] ?? scheme[fallback];
    if (colour !== undefined) out[name] = colour;
  }
  return out;
}

/** The names w:clrSchemeMapping maps (its attributes' names are their short forms: w:t1, w:bg1…). */
const DEFAULT_MAPPING: Readonly<Record<string, string>> = { text1: 'dark1', background1: 'light1', text2: 'dark2', background2: 'light2' };

/** Office's default theme. */
export const DEFAULT_THEME: ThemeColours = themeColours({
  dark1: 0x000000, light1: 0xffffff, dark2: 0x44546a, light2: 0xe7e6e6, accent1: 0x4472c4, accent2: 0xed7d31,
  accent3: 0xa5a5a5, accent4: 0xffc000, accent5: 0x5b9bd5, accent6: 0x70ad47, hyperlink: 0x0563c1, followedHyperlink: 0x954f72,
});

/** ST_HighlightColor (§17.18.40). */
const HIGHLIGHTS: Record<string, number> = {
  black: 0x000000, blue: 0x0000ff, cyan: 0x00ffff, green: 0x00ff00, magenta: 0xff00ff, red: 0xff0000, yellow: 0xffff00, white: 0xffffff,
  darkBlue: 0x000080, darkCyan: 0x008080, darkGreen: 0x008000, darkMagenta: 0x800080, darkRed: 0x800000, darkYellow: 0x808000,
  darkGray: 0x808080, lightGray: 0xc0c0c0,
};

function hexColour(value: string | undefined): Colour | undefined {
  if (value === undefined) return undefined;
  if (value === 'auto') return 'auto';
  return /^[0-9a-f]{6}$/i.test(value) ? parseInt(value, 16) : undefined;
}

/** themeTint / themeShade (§17.3.2.6) as fractions of 255, applied channel by channel. */
function tinted(rgb: number, tint: string | undefined, shade: string | undefined): number {
  const channels = [(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff];
  const t = tint !== undefined && /^[0-9a-f]{2}$/i.test(tint) ? parseInt(tint, 16) / 255 : 1;
  const s = shade !== undefined && /^[0-9a-f]{2}$/i.test(shade) ? parseInt(shade, 16) / 255 : 1;
  const [r, g, b] = channels.map((c) => Math.round((c * t + 255 * (1 - t)) * s)) as [number, number, number];
  return (r << 16) | (g << 8) | b;
}

/** A theme colour an element names, tinted or shaded as it says; undefined when it names none the theme has. */
function themed(theme: ThemeColours, name: string | undefined, tint: string | undefined, shade: string | undefined): number | undefined {
  const colour = name === undefined ? undefined : theme[name];
  return colour === undefined ? undefined : tinted(colour, tint, shade);
}

/** w:color: the theme colour when one is named (Word prefers it over w:val), else w:val. */
function textColour(color: XmlElement, theme: ThemeColours): Colour | undefined {
  const a = color.attributes;
  return themed(theme, a['w:themeColor'], a['w:themeTint'], a['w:themeShade']) ?? hexColour(a['w:val']);
}

/** w:shd: what shows behind the text (a solid pattern shows its pattern colour), a theme's colour first. */
export function shadingColour(shd: XmlElement | undefined, theme: ThemeColours = DEFAULT_THEME): Colour | undefined {
  if (!shd) return undefined;
  const a = shd.attributes;
  if (a['w:val'] === 'nil') return 'auto';
  if (a['w:val'] === 'solid') return themed(theme, a['w:themeColor'], a['w:themeTint'], a['w:themeShade']) ?? hexColour(a['w:color']);
  return themed(theme, a['w:themeFill'], a['w:themeFillTint'], a['w:themeFillShade']) ?? hexColour(a['w:fill']);
}

/** ST_TextScale: a percentage, "33" (transitional) or "33%" (strict). */
const textScale = (element: XmlElement): number | undefined => {
  const value = parseFloat(element.attributes['w:val'] ?? '');
  return Number.isFinite(value) && value > 0 ? value : undefined;
};

const halfPoints = (element: XmlElement): number | undefined => {
  const value = Number(element.attributes['w:val']);
  return Number.isFinite(value) ? value : undefined;
};

const LOOK_PROPERTIES = new Set(['w:vanish', 'w:specVanish', 'w:webHidden', 'w:strike', 'w:dstrike', 'w:color', 'w:sz', 'w:szCs', 'w:cs', 'w:rtl', 'w:highlight', 'w:shd', 'w:w']);

/** What one w:rPr sets. */
export function readRunLook(rPr: XmlElement | undefined, theme: ThemeColours = DEFAULT_THEME): RunLook {
  if (!rPr) return NO_LOOK;
  let look: { -readonly [K in keyof RunLook]: RunLook[K] } | null = null;
  for (const c of rPr.children) {
    if (typeof c === 'string' || !LOOK_PROPERTIES.has(c.name)) continue;
    look ??= {};
    switch (c.name) {
      case 'w:vanish': look.vanish = isOn(c); break;
      case 'w:specVanish': look.specVanish = isOn(c); break;
      case 'w:webHidden': look.webHidden = isOn(c); break;
      case 'w:strike': look.strike = isOn(c); break;
      case 'w:dstrike': look.dstrike = isOn(c); break;
      case 'w:color': look.colour = textColour(c, theme); break;
      case 'w:sz': look.size = halfPoints(c); break;
      case 'w:szCs': look.sizeComplex = halfPoints(c); break;
      case 'w:cs':
      case 'w:rtl': look.complex = (look.complex ?? false) || isOn(c) === true; break;
      case 'w:highlight': look.highlight = c.attributes['w:val'] === 'none' ? 'auto' : HIGHLIGHTS[c.attributes['w:val'] ?? '']; break;
      case 'w:shd': look.shading = shadingColour(c, theme); break;
      case 'w:w': look.scale = textScale(c); break;
      default: break;
    }
  }
  return look ?? NO_LOOK;
}

/** For each property, the first level that sets it (a basedOn chain: the derived style first). */
export function firstSet<T extends object>(levels: readonly T[]): T {
  if (levels.length === 1) return levels[0] as T;
  const out: Record<string, unknown> = {};
  for (let i = levels.length - 1; i >= 0; i -= 1) {
    for (const [key, value] of Object.entries(levels[i] as T)) if (value !== undefined) out[key] = value;
  }
  return out as T;
}

/**
 * A toggle property (§17.7.3: vanish, strike and the like): direct formatting sets it outright;
 * otherwise the document default, then the paragraph style's value replaces it (Word resets it
 * rather than toggling, [MS-OI29500] 2.1.258 on §17.7.8), and a character style's "true" turns it
 * over (§17.7.3, §17.7.9); "false" in a style leaves it as it was.
 */
function toggled(defaults: boolean | undefined, paragraph: boolean | undefined, character: boolean | undefined, direct: boolean | undefined): boolean {
  if (direct !== undefined) return direct;
  let on = paragraph ?? defaults ?? false;
  if (character === true) on = !on;
  return on;
}

/** The levels that format a run, each already resolved along its basedOn chain. */
export interface RunLevels {
  readonly defaults: RunLook;
  readonly paragraph: RunLook;
  readonly character: RunLook;
  readonly direct: RunLook;
}

/** What is behind a paragraph's text: its own or its table cell's shading, and the page. */
export interface Backdrop {
  /** Shading of the paragraph or of its table cell, if any. */
  readonly shading: Colour | undefined;
  /** w:document/w:background (shown on screen; Word does not print it by default). */
  readonly page: number;
}

export const WHITE_PAGE: Backdrop = { shading: undefined, page: 0xffffff };

function luminance(rgb: number): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
}

/**
 * Below this contrast ratio (WCAG 2's measure, 1 = the same colour, 21 = black on white) text
 * cannot be read against what is behind it: #EEEEEE or pure yellow on white are 1.1–1.2, light
 * grey #C0C0C0 on white 1.8.
 */
const UNREADABLE_CONTRAST = 1.5;

function unreadableOn(text: number, background: number): boolean {
  const [a, b] = [luminance(text), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) < UNREADABLE_CONTRAST;
}

/** Text this small (1–2 pt, in half-points) cannot be read; nor text squeezed (w:w) to the width of such text. */
const TINY_HALF_POINTS = 4;

/** A property other than a toggle: from the nearest level that sets it. */
function nearestLevel<K extends keyof RunLook>(levels: RunLevels, key: K): RunLook[K] {
  return levels.direct[key] ?? levels.character[key] ?? levels.paragraph[key] ?? levels.defaults[key];
}

/**
 * Why a run's text cannot be read, or null when it can. Struck-through text inside a tracked
 * change is that change's (a deletion, shown struck), not hidden text.
 */
export function hiddenBy(levels: RunLevels, backdrop: Backdrop, revision: Revision): HiddenBy | null {
  const { defaults, paragraph, character, direct } = levels;
  if (toggled(defaults.vanish, paragraph.vanish, character.vanish, direct.vanish)) return 'vanish';
  if (nearestLevel(levels, 'specVanish') === true) return 'vanish';
  if (nearestLevel(levels, 'webHidden') === true) return 'web-hidden';
  if (revision === 'none' && (toggled(defaults.strike, paragraph.strike, character.strike, direct.strike) || nearestLevel(levels, 'dstrike') === true)) return 'struck';
  const size = (nearestLevel(levels, 'complex') === true ? nearestLevel(levels, 'sizeComplex') : nearestLevel(levels, 'size')) ?? 20;
  if (size <= TINY_HALF_POINTS || (size * (nearestLevel(levels, 'scale') ?? 100)) / 100 <= TINY_HALF_POINTS) return 'tiny';
  const colour = nearestLevel(levels, 'colour');
  if (colour !== undefined && colour !== 'auto') {
    // "auto" is never hidden: Word makes it black or white against whatever is behind it.
    const highlight = nearestLevel(levels, 'highlight');
    const shading = nearestLevel(levels, 'shading');
    const behind = typeof highlight === 'number' ? highlight : typeof shading === 'number' ? shading : typeof backdrop.shading === 'number' ? backdrop.shading : undefined;
    const unreadable = behind !== undefined ? unreadableOn(colour, behind) : unreadableOn(colour, 0xffffff) || unreadableOn(colour, backdrop.page);
    if (unreadable) return 'white';
  }
  return null;
}

// --- Applied to a paragraph -----------------------------------------------------------------------

/** w:document/w:background: its theme colour or w:color, white when absent or "auto". */
export function pageColour(documentRoot: XmlElement, theme: ThemeColours = DEFAULT_THEME): number {
  const a = child(documentRoot, 'w:background')?.attributes ?? {};
  const colour = themed(theme, a['w:themeColor'], a['w:themeTint'], a['w:themeShade']) ?? hexColour(a['w:color']);
  return typeof colour === 'number' ? colour : 0xffffff;
}

/** What formats every run of a paragraph alike: its style, the defaults and what is behind it. */
export interface ParagraphFormatting {
  readonly styles: Styles;
  readonly defaults: RunLook;
  readonly paragraph: RunLook;
  readonly backdrop: Backdrop;
}

/** `ancestors`: from w:document down to the paragraph's parent, as walk.ts gives them. */
export function paragraphFormatting(paragraph: XmlElement, ancestors: readonly XmlElement[], styles: Styles, page: number): ParagraphFormatting {
  const pPr = child(paragraph, 'w:pPr');
  const style = styles.paragraph(pPr ? child(pPr, 'w:pStyle')?.attributes['w:val'] : undefined);
  let shading = (pPr && shadingColour(child(pPr, 'w:shd'), styles.theme)) ?? style.shading;
  for (let i = ancestors.length - 1; shading === undefined && i >= 0; i -= 1) {
    const cell = ancestors[i] as XmlElement;
    if (cell.name !== 'w:tc') continue;
    const tcPr = child(cell, 'w:tcPr');
    shading = (tcPr && shadingColour(child(tcPr, 'w:shd'), styles.theme)) ?? tableStyleShading(ancestors, (id) => styles.table(id));
    break;
  }
  return { styles, defaults: styles.defaults, paragraph: style.look, backdrop: { shading, page } };
}

/** Why a run of the paragraph cannot be read, or null. */
export function runHiddenBy(run: XmlElement, formatting: ParagraphFormatting, revision: Revision): HiddenBy | null {
  const rPr = child(run, 'w:rPr');
  const direct = readRunLook(rPr, formatting.styles.theme);
  const character = formatting.styles.character(rPr ? child(rPr, 'w:rStyle')?.attributes['w:val'] : undefined);
  return hiddenBy({ defaults: formatting.defaults, paragraph: formatting.paragraph, character, direct }, formatting.backdrop, revision);
}
