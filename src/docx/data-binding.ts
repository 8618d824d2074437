// Data-bound content controls (w:sdtPr/w:dataBinding): when Word opens the file it shows the value
// the control's XPath selects in a custom XML part, not the text cached in the control. That value
// is what a reader sees, so it is what is read.
import type { ReaderWarning } from '../core/reader-warning';
import type { BoundValue } from './body';
import type { DocxPackage } from './package';
import { child, textContent, type XmlElement } from './xml';

/** A GUID as Word compares it: without braces, in capitals. */
const guid = (id: string): string => id.replace(/[{}]/g, '').trim().toUpperCase();

/** customXml/itemN.xml by the ds:itemID of its item properties (found through its relationships). */
function itemsById(pkg: DocxPackage): Map<string, string> {
  const out = new Map<string, string>();
  for (const path of Object.keys(pkg.files)) {
    const m = /^customXml\/_rels\/(item\d+\.xml)\.rels$/.exec(path);
    if (!m) continue;
    const rels = pkg.part(path);
    for (const r of rels ? rels.root.children : []) {
      if (typeof r === 'string' || !/\/customXmlProps$/.test(r.attributes.Type ?? '')) continue;
      const props = pkg.part(`customXml/${(r.attributes.Target ?? '').replace(/^\.\//, '')}`);
      const idKey = props ? Object.keys(props.root.attributes).find((k) => k === 'itemID' || k.endsWith(':itemID')) : undefined;
      if (props && idKey) out.set(guid(props.root.attributes[idKey] as string), `customXml/${m[1]}`);
    }
  }
  return out;
}

/** w:prefixMappings ("xmlns:ns0='uri' xmlns:ns1='uri'") as prefix → namespace. */
function prefixMappings(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/xmlns(?::([\w.-]+))?\s*=\s*(["'])(.*?)\2/g)) out.set(m[1] ?? '', m[3] ?? '');
  return out;
}

interface Step {
  readonly namespace: string;
  readonly local: string;
  readonly position: number;
}

/** An absolute path of child steps with optional [n] ("/ns0:root[1]/ns0:child[1]"), or null. */
function parsePath(xpath: string, prefixes: ReadonlyMap<string, string>): Step[] | null {
  if (!xpath.startsWith('/')) return null;
  const steps: Step[] = [];
  for (const piece of xpath.slice(1).split('/')) {
    const m = /^\s*(?:([\w.-]+):)?([\w.-]+)\s*(?:\[\s*(\d+)\s*\])?\s*$/.exec(piece);
    if (!m) return null;
    const namespace = m[1] === undefined ? '' : prefixes.get(m[1]);
    if (namespace === undefined) return null;
    steps.push({ namespace, local: m[2] as string, position: m[3] === undefined ? 1 : Number(m[3]) });
  }
  return steps.length > 0 ? steps : null;
}

type Scope = ReadonlyMap<string, string>;

function scopeOf(element: XmlElement, outer: Scope): Scope {
  let scope: Map<string, string> | null = null;
  for (const [key, value] of Object.entries(element.attributes)) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    scope ??= new Map(outer);
    scope.set(key === 'xmlns' ? '' : key.slice(6), value);
  }
  return scope ?? outer;
}

function matches(element: XmlElement, scope: Scope, step: Step): boolean {
  const colon = element.name.indexOf(':');
  const local = colon < 0 ? element.name : element.name.slice(colon + 1);
  return local === step.local && (scope.get(colon < 0 ? '' : element.name.slice(0, colon)) ?? '') === step.namespace;
}

function select(root: XmlElement, steps: readonly Step[]): XmlElement | null {
  let candidates: XmlElement[] = [root];
  let outer: Scope = new Map();
  let found: XmlElement | null = null;
  for (const step of steps) {
    let seen = 0;
    found = null;
    for (const c of candidates) {
      const scope = scopeOf(c, outer);
      if (matches(c, scope, step) && (seen += 1) === step.position) {
        found = c;
        outer = scope;
        break;
      }
    }
    if (!found) return null;
    candidates = found.children.filter((c): c is XmlElement => typeof c !== 'string');
  }
  return found;
}

/** What each data-bound control of the package shows; unsupported bindings keep their cached text, with a warning. */
export function boundValues(pkg: DocxPackage, warn: (warning: ReaderWarning) => void): BoundValue {
  let items: Map<string, string> | null = null;
  return (sdtPr) => {
    const binding = child(sdtPr, 'w:dataBinding');
    if (!binding) return null;
    const storeId = binding.attributes['w:storeItemID'];
    const steps = parsePath(binding.attributes['w:xpath'] ?? '', prefixMappings(binding.attributes['w:prefixMappings'] ?? ''));
    if (!steps) {
      warn({ code: 'binding-unsupported' });
      return null;
    }
    items ??= itemsById(pkg);
    const path = storeId === undefined ? undefined : items.get(guid(storeId));
    const item = path === undefined ? null : pkg.part(path);
    // A store or node that is not there: Word keeps the cached text.
    const node = item ? select(item.root, steps) : null;
    return node ? textContent(node) : null;
  };
}
