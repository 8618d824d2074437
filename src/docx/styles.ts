// word/styles.xml: what the snapshot needs from styles (names, heading levels, hidden text,
// style-linked numbering), with basedOn chains resolved.
import { child, childrenNamed, isOn, type XmlElement } from './xml';

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

export function readStyles(root: XmlElement | undefined): Styles {
  const raw = new Map<string, RawStyle>();
  let defaultParagraphStyle: string | undefined;
  let defaultHidden = false;
  if (root) {
    const docDefaults = child(root, 'w:docDefaults');
    const defaultRun = docDefaults && child(docDefaults, 'w:rPrDefault');
    const defaultRPr = defaultRun && child(defaultRun, 'w:rPr');
    defaultHidden = (defaultRPr && isOn(child(defaultRPr, 'w:vanish'))) ?? false;
    for (const style of childrenNamed(root, 'w:style')) {
      const id = style.attributes['w:styleId'];
      if (id === undefined) continue;
      const isDefault = style.attributes['w:default'];
      if (style.attributes['w:type'] === 'paragraph' && (isDefault === '1' || isDefault === 'true' || isDefault === 'on')) {
        defaultParagraphStyle = id;
      }
      const pPr = child(style, 'w:pPr');
      const rPr = child(style, 'w:rPr');
      const numPr = pPr && child(pPr, 'w:numPr');
      const outline = pPr && child(pPr, 'w:outlineLvl');
      raw.set(id, {
        name: child(style, 'w:name')?.attributes['w:val'] ?? id,
        basedOn: child(style, 'w:basedOn')?.attributes['w:val'],
        outlineLevel: outline ? Number(outline.attributes['w:val']) : undefined,
        hidden: rPr ? isOn(child(rPr, 'w:vanish')) : undefined,
        numId: numPr ? child(numPr, 'w:numId')?.attributes['w:val'] : undefined,
        ilvl: numPr && child(numPr, 'w:ilvl') ? Number(child(numPr, 'w:ilvl')?.attributes['w:val']) : undefined,
      });
    }
  }
  const chain = (id: string | undefined): RawStyle[] => {
    const out: RawStyle[] = [];
    const seen = new Set<string>();
    for (let cur = id; cur !== undefined && !seen.has(cur); ) {
      seen.add(cur);
      const style = raw.get(cur);
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
