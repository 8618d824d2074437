// A small mutable XML tree over saxes (a strict, non-validating parser that never expands DTD
// entities). Trees keep what the writer needs to serialise a part again.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  /** The XML declaration as it stood, or a standard one. */
  declaration: string;
  root: XmlElement;
}

export class XmlSecurityError extends Error {}

/**
 * How deep elements may nest in any part. Microsoft's own XML reader (XmlLite, which Office builds
 * on) refuses documents past 256 levels by default (XmlReaderProperty_MaxElementDepth) "to avoid
 * stack overflow issues"; a real agreement nests some 20 deep. Every tree walk downstream is
 * recursive, so this bound is what keeps them within the main thread's stack.
 */
export const MAX_XML_DEPTH = 256;

export class XmlDepthError extends Error {}

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * Parses XML text. A DOCTYPE is refused outright: OOXML parts never have one, and refusing it is
 * what keeps entity-expansion attacks ("billion laughs") and external entities out.
 * Prefixes bound on the root to the WordprocessingML namespace are renamed to "w".
 */
export function parseXml(text: string): XmlDocument {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) {
    throw new XmlSecurityError('DTD');
  }
  const declMatch = /^\uFEFF?\s*<\?xml[^?]*\?>/.exec(text);
  const declaration = declMatch ? declMatch[0].replace(/^\uFEFF?\s*/, '') : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let rename: string | null = null;
  const nameOf = (name: string): string => {
    if (rename === null) return name;
    const colon = name.indexOf(':');
    return colon > 0 && name.slice(0, colon) === rename ? `w${name.slice(colon)}` : name;
  };
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    if (root === null) {
      for (const [key, value] of Object.entries(attributes)) {
        if (value === W_NS && key.startsWith('xmlns:') && key !== 'xmlns:w') rename = key.slice(6);
      }
    }
    let attrs = attributes;
    if (rename !== null) {
      attrs = {};
      for (const [key, value] of Object.entries(attributes)) attrs[nameOf(key)] = value;
      if (root === null) attrs['xmlns:w'] = W_NS;
    }
    const element: XmlElement = { name: nameOf(tag.name), attributes: attrs, children: [] };
    if (stack.length >= MAX_XML_DEPTH) throw new XmlDepthError(`deeper than ${MAX_XML_DEPTH}`);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (t: string): void => {
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('doctype', () => {
    throw new XmlSecurityError('DTD');
  });
  parser.write(text).close();
  if (root === null) throw new Error('leeg XML-deel');
  return { declaration, root };
}

/**
 * Whether an XML part (as bytes) declares anything before its root element (<!DOCTYPE …>, or a
 * comment, to be safe): a DTD, and with it every entity, can only be declared there, so a part
 * without one can be read piecemeal. Processing instructions are skipped whole, so a "<" inside
 * one cannot pass for the root.
 */
export function prologHasDeclaration(bytes: Uint8Array): boolean {
  for (let at = bytes.indexOf(0x3c); at >= 0; at = bytes.indexOf(0x3c, at + 1)) {
    const next = bytes[at + 1];
    if (next === 0x21) return true; // "<!"
    if (next !== 0x3f) return false; // not "<?": the root element
    let end = at + 2;
    while (end + 1 < bytes.length && !(bytes[end] === 0x3f && bytes[end + 1] === 0x3e)) end += 1;
    at = end;
  }
  return false;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of element.children) if (typeof c !== 'string' && c.name === name) out.push(c);
  return out;
}

export function textContent(node: XmlNode): string {
  if (typeof node === 'string') return node;
  let s = '';
  for (const c of node.children) s += textContent(c);
  return s;
}

/** An OOXML on/off property: present without w:val, or with a true value. */
export function isOn(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const val = element.attributes['w:val'];
  return val === undefined || !(val === 'false' || val === '0' || val === 'off');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTR_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

const NEEDS_TEXT_ESCAPE = /[&<>]/;
const NEEDS_ATTRIBUTE_ESCAPE = /[&<>"\n\r\t]/;

export function escapeText(text: string): string {
  return NEEDS_TEXT_ESCAPE.test(text) ? text.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c] ?? c) : text;
}

export function escapeAttribute(text: string): string {
  return NEEDS_ATTRIBUTE_ESCAPE.test(text) ? text.replace(/[&<>"\n\r\t]/g, (c) => ATTR_ESCAPES[c] ?? c) : text;
}

// String concatenation rather than an array of pieces: V8 builds it as a rope, flattened once.
function serializeNode(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  let out = `<${node.name}`;
  const attributes = node.attributes;
  for (const key in attributes) out += ` ${key}="${escapeAttribute(attributes[key] as string)}"`;
  const children = node.children;
  if (children.length === 0) return `${out}/>`;
  out += '>';
  for (let i = 0; i < children.length; i += 1) out += serializeNode(children[i] as XmlNode);
  return `${out}</${node.name}>`;
}

export function serializeXml(doc: XmlDocument): string {
  return `${doc.declaration}\n${serializeNode(doc.root)}`;
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;

/** The index just past the first `a b` (or `a b c`) at or after `from`, or -1. */
function skipPast(bytes: Uint8Array, from: number, a: number, b: number, c = -1): number {
  for (let i = from; i + 1 < bytes.length; i += 1) {
    if (bytes[i] === a && bytes[i + 1] === b && (c < 0 || bytes[i + 2] === c)) return i + (c < 0 ? 2 : 3);
  }
  return -1;
}

/**
 * How the tags of an XML part (as bytes) nest, without building it: 'deep' past MAX_XML_DEPTH,
 * 'malformed' when tags do not balance (a truncated or damaged part) or a DTD is declared, else 'ok'.
 * For parts read piecemeal (styles), where a full parse would cost more than the whole reading;
 * not a full well-formedness check (entities and attribute syntax are left to the parser).
 * One plain pass over the bytes: some 3 ms for Word's 350 KB of styles.
 */
export function tagBalance(bytes: Uint8Array): 'ok' | 'deep' | 'malformed' {
  const nameStarts = new Int32Array(MAX_XML_DEPTH);
  const nameLengths = new Int32Array(MAX_XML_DEPTH);
  const n = bytes.length;
  let depth = 0;
  let roots = 0;
  let i = 0;
  while (i < n) {
    if (bytes[i] !== LT) { i += 1; continue; }
    const next = bytes[i + 1];
    if (next === 0x3f) { // <? … ?>
      i = skipPast(bytes, i + 2, 0x3f, GT);
    } else if (next === 0x21) { // <!-- … -->, <![CDATA[ … ]]>; anything else is a DTD
      if (bytes[i + 2] === 0x2d && bytes[i + 3] === 0x2d) i = skipPast(bytes, i + 4, 0x2d, 0x2d, GT);
      else if (bytes[i + 2] === 0x5b) i = skipPast(bytes, i + 3, 0x5d, 0x5d, GT);
      else return 'malformed';
    } else {
      const closing = next === SLASH;
      const nameStart = closing ? i + 2 : i + 1;
      let j = nameStart;
      for (; j < n; j += 1) {
        const b = bytes[j];
        if (b === GT || b === SLASH || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) break;
      }
      const length = j - nameStart;
      if (length === 0) return 'malformed';
      // The tag's ">", skipping quoted attribute values (which may hold one).
      let quote = 0;
      for (; j < n; j += 1) {
        const b = bytes[j] as number;
        if (quote !== 0) { if (b === quote) quote = 0; } else if (b === GT) break;
        else if (b === 0x22 || b === 0x27) quote = b;
      }
      if (j >= n) return 'malformed';
      if (closing) {
        if (depth === 0) return 'malformed';
        depth -= 1;
        if (nameLengths[depth] !== length) return 'malformed';
        const start = nameStarts[depth] as number;
        for (let k = 0; k < length; k += 1) if (bytes[start + k] !== bytes[nameStart + k]) return 'malformed';
      } else if (bytes[j - 1] !== SLASH) {
        if (depth === 0) roots += 1;
        if (depth >= MAX_XML_DEPTH) return 'deep';
        nameStarts[depth] = nameStart;
        nameLengths[depth] = length;
        depth += 1;
      } else if (depth === 0) roots += 1;
      i = j + 1;
    }
    if (i < 0) return 'malformed';
  }
  return depth === 0 && roots === 1 ? 'ok' : 'malformed';
}
