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
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/**
 * The namespaces this reader knows, by the prefix every name in them gets, whatever prefix a file
 * uses. They are also the namespaces a Markup Compatibility consumer "understands" (Word 2016 and
 * later read them all): a mc:Choice that requires one of them is taken, anything else is not.
 */
const KNOWN_NAMESPACES: Readonly<Record<string, string>> = {
  w: W_NS,
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  mc: MC_NS,
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  c: 'http://schemas.openxmlformats.org/drawingml/2006/chart',
  dgm: 'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  m: 'http://schemas.openxmlformats.org/officeDocument/2006/math',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
  wne: 'http://schemas.microsoft.com/office/word/2006/wordml',
  wpc: 'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  wp14: 'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
  wpg: 'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  wpi: 'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  a14: 'http://schemas.microsoft.com/office/drawing/2010/main',
  w15: 'http://schemas.microsoft.com/office/word/2012/wordml',
  cx: 'http://schemas.microsoft.com/office/drawing/2014/chartex',
  w16se: 'http://schemas.microsoft.com/office/word/2015/wordml/symex',
  w16cid: 'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  aink: 'http://schemas.microsoft.com/office/drawing/2016/ink',
  am3d: 'http://schemas.microsoft.com/office/drawing/2017/model3d',
  w16: 'http://schemas.microsoft.com/office/word/2018/wordml',
  w16cex: 'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  w16sdtdh: 'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash',
  w16du: 'http://schemas.microsoft.com/office/word/2023/wordml/word16du',
  w16sdtfl: 'http://schemas.microsoft.com/office/word/2024/wordml/sdtformatlock',
  xml: XML_NS,
};
const PREFIX_OF = new Map(Object.entries(KNOWN_NAMESPACES).map(([prefix, uri]) => [uri, prefix]));

/** Attributes of Markup Compatibility whose values are qualified names (the others name prefixes). */
const QNAME_LISTS = new Set(['mc:ProcessContent', 'mc:PreserveElements', 'mc:PreserveAttributes']);

/** What Markup Compatibility says about the elements inside one element. */
interface Compatibility {
  /** Namespaces that may be ignored (mc:Ignorable) and are not understood. */
  readonly ignorable: ReadonlySet<string>;
  /** "{uri}local" or "{uri}*" of ignored elements whose content is read all the same (mc:ProcessContent). */
  readonly processContent: ReadonlySet<string>;
}

const NO_COMPATIBILITY: Compatibility = { ignorable: new Set(), processContent: new Set() };

/** Children that take the place of removed wrappers, given the namespace declarations those made. */
function withDeclarations(children: XmlNode[], removed: readonly XmlElement[]): XmlNode[] {
  for (const wrapper of removed) {
    for (const [key, uri] of Object.entries(wrapper.attributes)) {
      if (!key.startsWith('xmlns')) continue;
      for (const c of children) if (typeof c !== 'string' && c.attributes[key] === undefined) c.attributes[key] = uri;
    }
  }
  return children;
}

/**
 * Parses XML text. A DOCTYPE is refused outright: OOXML parts never have one, and refusing it is
 * what keeps entity-expansion attacks ("billion laughs") and external entities out.
 *
 * Names are read as XML Namespaces define them, wherever a prefix or default namespace is
 * declared, and every name in a known namespace gets its fixed prefix ("w:p", whether the file
 * wrote <x:p> or <p xmlns="…">); a name in another namespace keeps its prefix, renamed only where
 * it would clash. Declarations follow the renaming, so the tree serialises to equivalent XML.
 *
 * Markup Compatibility (ECMA-376 Part 3; 1st edition Part 5 §9) is resolved as a consumer that
 * understands the known namespaces does: of an mc:AlternateContent the first mc:Choice whose
 * Requires namespaces are all understood is taken, else the mc:Fallback, else nothing (§9.2.1–
 * §9.2.3), its children standing where the AlternateContent stood; an element of a namespace that
 * is mc:Ignorable and not understood is left out, or replaced by its children when mc:ProcessContent
 * names it (§9.1). So every walker sees one plain tree and no alternative is ever read twice.
 * Comments and processing instructions are not part of the tree.
 */
export function parseXml(text: string): XmlDocument {
  if (/<!DOCTYPE/i.test(text.slice(0, 4096)) || text.includes('<!DOCTYPE') || text.includes('<!ENTITY')) {
    throw new XmlSecurityError('DTD');
  }
  const declMatch = /^\uFEFF?\s*<\?xml[^?]*\?>/.exec(text);
  const declaration = declMatch ? declMatch[0].replace(/^\uFEFF?\s*/, '') : '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
  // Namespaces are resolved here rather than by saxes (xmlns: true), which makes an object per
  // attribute and looks every prefix up through the whole stack: three times slower on a long
  // document. A name is rebuilt only when its prefix changes, which in Word's files is never.
  const parser = new SaxesParser({ xmlns: false, position: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  const names = new NameTable();
  const frames: (Frame | null)[] = [];
  let compat = NO_COMPATIBILITY;
  /** Choices whose Requires namespaces are all understood. */
  const takenChoices = new Set<XmlElement>();

  // Attributes come before their tag: declarations and compatibility attributes are noted on the
  // way (cheaper than going through every tag's attributes again).
  let declarations: { name: string; value: string }[] = [];
  let compatibilityAttribute = false;
  parser.on('attribute', (attr) => {
    const key = attr.name;
    const first = key.charCodeAt(0);
    if (first === 0x78 && (key === 'xmlns' || key.startsWith('xmlns:'))) declarations.push(attr);
    else if (first === 0x6d || first === 0x52) compatibilityAttribute ||= key.startsWith('mc:') || key === 'Requires';
  });
  parser.on('opentag', (tag) => {
    const given = tag.attributes as Record<string, string>;
    let frame: Frame | null = null;
    if (declarations.length > 0) {
      frame = { undo: [], compat };
      for (const d of declarations) names.declare(d.name === 'xmlns' ? '' : d.name.slice(6), d.value, frame.undo);
      declarations = [];
    }
    const name = names.element(tag.name);
    let attributes = given;
    let taken = false;
    if (frame !== null || names.renames || compatibilityAttribute) {
      compatibilityAttribute = false;
      attributes = {};
      for (const key in given) {
        const value = given[key] as string;
        if (key === 'xmlns') {
          attributes[key] = value;
          // Elements in a known default namespace get its prefix: declare it with the default.
          const prefix = PREFIX_OF.get(value);
          if (prefix !== undefined && prefix !== 'xml') attributes[`xmlns:${prefix}`] = value;
          continue;
        }
        if (key.startsWith('xmlns:')) {
          attributes[`xmlns:${names.prefixFor(value, key.slice(6))}`] = value;
          continue;
        }
        const out = names.attribute(key);
        if (!out.startsWith('mc:') && !(out === 'Requires' && name === 'mc:Choice')) {
          attributes[out] = value;
          continue;
        }
        const listed = compatibilityList(value, QNAME_LISTS.has(out), names);
        attributes[out] = listed.map((n) => n.out).join(' ');
        if (out === 'mc:Ignorable') {
          const ignorable = new Set(compat.ignorable);
          for (const n of listed) if (n.uri !== undefined && !PREFIX_OF.has(n.uri)) ignorable.add(n.uri);
          frame ??= { undo: [], compat };
          compat = { ignorable, processContent: compat.processContent };
        } else if (out === 'mc:ProcessContent') {
          const processContent = new Set(compat.processContent);
          for (const n of listed) if (n.uri !== undefined) processContent.add(`{${n.uri}}${n.local}`);
          frame ??= { undo: [], compat };
          compat = { ignorable: compat.ignorable, processContent };
        } else if (out === 'Requires') {
          taken = listed.every((n) => n.uri !== undefined && PREFIX_OF.has(n.uri));
        }
      }
    }
    const element: XmlElement = { name, attributes, children: [] };
    if (taken) takenChoices.add(element);
    frames.push(frame);
    if (stack.length >= MAX_XML_DEPTH) throw new XmlDepthError(`deeper than ${MAX_XML_DEPTH}`);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop() as XmlElement;
    const frame = frames.pop();
    // What this element declared ends with it; its own mc:Ignorable applies to itself too.
    const own = compat;
    if (frame) {
      names.undo(frame.undo);
      compat = frame.compat;
    }
    const parent = stack[stack.length - 1];
    if (!parent) return;
    let replacement: XmlNode[] | null = null;
    if (element.name === 'mc:AlternateContent') {
      const branches = element.children.filter((c): c is XmlElement => typeof c !== 'string');
      const chosen = branches.find((c) => c.name === 'mc:Choice' && takenChoices.has(c)) ?? branches.find((c) => c.name === 'mc:Fallback');
      for (const branch of branches) takenChoices.delete(branch);
      replacement = chosen ? withDeclarations(chosen.children, [element, chosen]) : [];
    } else if (own.ignorable.size > 0) {
      const colon = element.name.indexOf(':');
      const uri = colon < 0 ? undefined : names.uriOf(element.name.slice(0, colon));
      if (uri !== undefined && own.ignorable.has(uri)) {
        const local = element.name.slice(colon + 1);
        const processed = compat.processContent.has(`{${uri}}${local}`) || compat.processContent.has(`{${uri}}*`);
        replacement = processed ? withDeclarations(element.children, [element]) : [];
      }
    }
    if (replacement !== null) {
      parent.children.pop();
      for (const c of replacement) parent.children.push(c);
    }
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

/** What an element changed, undone when it closes. */
interface Frame {
  readonly undo: Binding[];
  readonly compat: Compatibility;
}

/** A prefix of the file ('' for the default namespace) as it was bound before a declaration. */
interface Binding {
  readonly prefix: string;
  readonly uri: string | undefined;
  readonly out: string | undefined;
}

/**
 * The namespaces in scope while parsing: each prefix of the file, its namespace and the prefix
 * that namespace gets in the tree (one prefix per namespace and one namespace per prefix).
 */
class NameTable {
  private readonly scope = new Map<string, string>([['xml', XML_NS]]);
  private readonly out = new Map<string, string>([['xml', 'xml']]);
  private readonly prefixOf = new Map(PREFIX_OF);
  private readonly uris = new Map<string, string>(Object.entries(KNOWN_NAMESPACES));
  /** How many prefixes in scope are written otherwise in the tree (a default namespace counts). */
  private renamed = 0;

  get renames(): boolean {
    return this.renamed > 0;
  }

  prefixFor(uri: string, wanted: string): string {
    let prefix = this.prefixOf.get(uri);
    if (prefix === undefined) {
      prefix = wanted;
      for (let n = 1; prefix === '' || this.uris.has(prefix); n += 1) prefix = `ns${n}`;
      this.prefixOf.set(uri, prefix);
      this.uris.set(prefix, uri);
    }
    return prefix;
  }

  uriOf(outputPrefix: string): string | undefined {
    return this.uris.get(outputPrefix);
  }

  resolve(prefix: string): string | undefined {
    return this.scope.get(prefix);
  }

  /** The tree's prefix for a prefix of the file, '' for an unprefixed name left as it is. */
  private outOf(prefix: string): string | undefined {
    return this.out.get(prefix);
  }

  declare(prefix: string, uri: string, undo: Binding[]): void {
    const before: Binding = { prefix, uri: this.scope.get(prefix), out: this.out.get(prefix) };
    undo.push(before);
    // Unprefixed names stay unprefixed in a namespace the reader does not know.
    const out = prefix === '' ? PREFIX_OF.get(uri) ?? '' : this.prefixFor(uri, prefix);
    this.count(before, -1);
    this.scope.set(prefix, uri);
    this.out.set(prefix, out);
    this.count({ prefix, uri, out }, 1);
  }

  undo(bindings: readonly Binding[]): void {
    for (let i = bindings.length - 1; i >= 0; i -= 1) {
      const b = bindings[i] as Binding;
      this.count({ prefix: b.prefix, uri: this.scope.get(b.prefix), out: this.out.get(b.prefix) }, -1);
      if (b.uri === undefined) this.scope.delete(b.prefix);
      else this.scope.set(b.prefix, b.uri);
      if (b.out === undefined) this.out.delete(b.prefix);
      else this.out.set(b.prefix, b.out);
      this.count(b, 1);
    }
  }

  private count(b: Binding, by: number): void {
    if (b.out !== undefined && b.out !== b.prefix) this.renamed += by;
  }

  element(name: string): string {
    // Nothing renamed in scope (Word's files, always): every name stays as it is.
    if (this.renamed === 0) return name;
    const colon = name.indexOf(':');
    if (colon < 0) {
      const out = this.outOf('');
      return out ? `${out}:${name}` : name;
    }
    return this.qualified(name, colon);
  }

  attribute(name: string): string {
    const colon = name.indexOf(':');
    return colon < 0 ? name : this.qualified(name, colon);
  }

  private qualified(name: string, colon: number): string {
    const prefix = name.slice(0, colon);
    const out = this.outOf(prefix);
    if (out === undefined) throw new Error(`onbekend voorvoegsel ${prefix}`);
    return out === prefix ? name : `${out}${name.slice(colon)}`;
  }
}

/** The prefixes (or qualified names) of a Markup Compatibility attribute, resolved. */
function compatibilityList(value: string, qualifiedNames: boolean, names: NameTable): { out: string; uri: string | undefined; local: string }[] {
  return value.trim().split(/\s+/).filter(Boolean).map((item) => {
    const colon = qualifiedNames ? item.indexOf(':') : item.length;
    const prefix = colon < 0 ? '' : item.slice(0, colon);
    const uri = names.resolve(prefix);
    const rest = colon < 0 ? '' : item.slice(colon);
    return { uri, local: rest.slice(1), out: uri === undefined ? item : `${names.prefixFor(uri, prefix)}${rest}` };
  });
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
