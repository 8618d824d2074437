// Building runs from plain text: every character literal ('<', '&', quotes, any script), line
// breaks as w:br, tabs as w:tab, w:t always with xml:space="preserve" so spaces survive.
import { child, type XmlElement, type XmlNode } from './xml';

// Characters XML 1.0 cannot carry; the answers are validated against them, this is the last guard.
const UNWRITABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function el(name: string, attributes: Record<string, string> = {}, children: XmlNode[] = []): XmlElement {
  return { name, attributes, children };
}

export function clone<T extends XmlNode>(node: T): T {
  if (typeof node === 'string') return node;
  return { name: node.name, attributes: { ...node.attributes }, children: node.children.map(clone) } as T;
}

export function textElement(text: string): XmlElement {
  return el('w:t', { 'xml:space': 'preserve' }, text === '' ? [] : [text]);
}

/** Run properties fit to give new text: revision marks of the old text are not carried over. */
export function cleanRunProperties(rPr: XmlElement | undefined): XmlElement | null {
  if (!rPr) return null;
  const copy = clone(rPr);
  copy.name = 'w:rPr';
  copy.children = copy.children.filter((c) => typeof c !== 'string' && !['w:rPrChange', 'w:ins', 'w:del', 'w:vanish', 'w:specVanish', 'w:moveFrom', 'w:moveTo'].includes(c.name));
  return copy;
}

/** One run holding `text`, formatted with `rPr` (cloned), or null for empty text. */
export function runOf(text: string, rPr: XmlElement | null): XmlElement | null {
  const clean = text.replace(/\r\n?/g, '\n').replace(UNWRITABLE, '\uFFFD');
  if (clean === '') return null;
  const children: XmlNode[] = rPr ? [clone(rPr)] : [];
  for (const part of clean.split(/(\n|\t)/)) {
    if (part === '\n') children.push(el('w:br'));
    else if (part === '\t') children.push(el('w:tab'));
    else if (part !== '') children.push(textElement(part));
  }
  return el('w:r', {}, children);
}

/** The properties a new run in a paragraph should get when there is no run to copy them from. */
export function paragraphMarkRunProperties(paragraph: XmlElement): XmlElement | null {
  const pPr = child(paragraph, 'w:pPr');
  return cleanRunProperties(pPr ? child(pPr, 'w:rPr') : undefined);
}

/** The first run of a paragraph (anywhere inside it) that carries text or properties. */
export function firstRun(element: XmlElement): XmlElement | undefined {
  for (const c of element.children) {
    if (typeof c === 'string' || c.name === 'w:pPr') continue;
    if (c.name === 'w:r') return c;
    const inner = firstRun(c);
    if (inner) return inner;
  }
  return undefined;
}

/** The order of run properties in the schema (CT_RPr, §17.3.2.28): Word rejects them out of order. */
const RUN_PROPERTY_ORDER = [
  'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike', 'w:outline', 'w:shadow',
  'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden', 'w:color', 'w:spacing', 'w:w', 'w:kern',
  'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect', 'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs',
  'w:em', 'w:lang', 'w:eastAsianLayout', 'w:specVanish', 'w:oMath',
];

/** Sets one run property (a clone of `property`), replacing the one of its name, in schema order. */
export function setRunProperty(rPr: XmlElement, property: XmlElement): void {
  const rank = RUN_PROPERTY_ORDER.indexOf(property.name);
  rPr.children = rPr.children.filter((c) => typeof c === 'string' || c.name !== property.name);
  const at = rPr.children.findIndex((c) => typeof c !== 'string' && RUN_PROPERTY_ORDER.indexOf(c.name) > rank);
  rPr.children.splice(at < 0 ? rPr.children.length : at, 0, clone(property));
}
