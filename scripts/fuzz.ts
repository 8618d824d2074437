// Fuzzing the command line end to end: `npm run fuzz [-- --count N --seed S --time-limit MS --workers W --process-share F --out DIR]`.
//
// Takes the real fixtures (test/fixtures and test/fixtures/external), mutates them
// (bytes of the zip; and elements, attributes and text of word/document.xml and the other parts,
// re-zipped with fflate), generates deep and wide ones (nesting past the parser's bound, tens of
// thousands of paragraphs), and runs `vo-assistent check`, `scan` or `fill` on them; `fill` with a
// mutated answers file and an output path that is sometimes the input or the answers file itself.
// Most inputs run in-process through runCli in worker threads (a worker that does not answer
// within the time limit is terminated and the input recorded as a hang); a share runs through the
// real CLI process (the main thread's smaller stack: a worker's is about four times larger, which
// once hid a stack overflow), whose peak memory is recorded.
//
// Every input must end with exit 0, 1 or 2; --json output is one JSON object per line with the
// contract's fields; check's exit 2 has exactly one line on stderr per file, fill's at least one
// (no stack trace); the exit status agrees with the findings; fill writes only its output, never
// the input or the answers file; no exception escapes runCli; runCli's catch-all ("Onverwachte
// fout") counts as an internal error. Input i depends only on (seed, i): any failure can be
// replayed with `--seed S --only i`.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { isMainThread, parentPort, Worker, workerData } from 'worker_threads';
import { type Unzipped, unzipSync, zipSync } from 'fflate';
import { runCli } from '../src/cli/main';
import type { CliIO } from '../src/cli/io';
import { runCliProcess } from './cli-process';
import { parseXml, serializeXml, type XmlElement, type XmlNode } from '../src/docx/xml';

export const DEFAULT_SEED = 0x5eed2026;
const REPO = resolve(__dirname, '..');

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function inputRng(seed: number, index: number): Rng {
  return mulberry32((Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0);
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
function pick<T>(rng: Rng, items: readonly T[]): T {
  const item = items[int(rng, items.length)];
  if (item === undefined) throw new Error('pick from empty list');
  return item;
}

// ---------------------------------------------------------------------------------------------
// Corpus

export interface Seed {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** All parts, or null when the seed is not a readable zip. */
  readonly parts: Unzipped | null;
}

export function defaultCorpusDirs(): string[] {
  const external = join(REPO, 'test', 'fixtures', 'external');
  return [join(REPO, 'test', 'fixtures'), join(external, 'base'), join(external, 'cases'), join(external, 'stories')];
}

export function loadCorpus(dirs: readonly string[] = defaultCorpusDirs()): Seed[] {
  const seeds: Seed[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.docx')).sort()) {
      if (/bomb|laughs/.test(file)) continue; // covered by test/robustness; slow to mutate on purpose
      const bytes = new Uint8Array(readFileSync(join(dir, file)));
      let parts: Unzipped | null = null;
      try {
        parts = unzipSync(bytes);
      } catch {
        parts = null;
      }
      seeds.push({ name: `${dir.split('/').slice(-1)[0]}/${file}`, bytes, parts });
    }
  }
  if (seeds.length === 0) throw new Error(`no .docx fixtures in ${dirs.join(', ')}`);
  return seeds;
}

// ---------------------------------------------------------------------------------------------
// Mutations

const INTERESTING_NUMBERS = ['0', '-1', '1', '2', '8', '9', '10', '255', '65535', '2147483647', '4294967296', '-2147483648', '1e309', 'NaN', '01', '٣'];
const INTERESTING_STRINGS = ['', ' ', 'true', 'false', 'on', 'off', 'none', 'default', 'Heading1', 'Kop1', 'ListParagraph', 'Verborgen',
  'decimal', 'bullet', 'lowerLetter', 'upperRoman', '%1.%2.%3', '%9', '%10', '%', 'N.%1', 'x'.repeat(5000), '\u202e\u00a0\u200b', '&amp;', '"\'<>', 'w:val'];
const TEXT_POOL = ['Verwerker', 'Verwerkingsverantwoordelijke', '24 uur', '48 uur', 'Artikel 5', '5.1', '4.2 Audits', 'Bijlage 3', '<naam>', '.....',
  '\u00a0', '\t', '\u200b', '\u00ad', '\u2019', '\u201c', '\u2013', '€', 'é', 'e\u0301', '\ud83d\ude00', '\ufffd', '\u202e', 'ǅ', 'ß', 'İ', '  ', '\u3000',
  'Gemeente Utrecht', 'FG@utrecht.nl', 'NB:', '**', 'a)', 'i)', '1.', 'Overwogen het volgende:', 'En komen het volgende overeen:'];
const ELEMENT_SNIPPETS = [
  '<w:vanish/>', '<w:rPr><w:vanish/></w:rPr>', '<w:rPr><w:vanish w:val="0"/></w:rPr>', '<w:rPr><w:specVanish/></w:rPr>', '<w:tab/>', '<w:br/>',
  '<w:br w:type="page"/>', '<w:cr/>', '<w:noBreakHyphen/>', '<w:softHyphen/>', '<w:sym w:font="Symbol" w:char="F0B7"/>',
  '<w:r><w:t xml:space="preserve">  extra  </w:t></w:r>', '<w:r><w:delText>weg</w:delText></w:r>', '<w:r><w:instrText>PAGE</w:instrText></w:r>',
  '<w:del w:id="901" w:author="F"><w:r><w:delText>verwijderd</w:delText></w:r></w:del>',
  '<w:ins w:id="902" w:author="F"><w:r><w:t>ingevoegd</w:t></w:r></w:ins>',
  '<w:moveFrom w:id="903" w:author="F"><w:r><w:t>verplaatst</w:t></w:r></w:moveFrom>',
  '<w:pPr><w:numPr><w:ilvl w:val="8"/><w:numId w:val="1"/></w:numPr></w:pPr>', '<w:pPr><w:numPr><w:ilvl w:val="99"/><w:numId w:val="99999"/></w:numPr></w:pPr>',
  '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', '<w:pPr><w:outlineLvl w:val="12"/></w:pPr>', '<w:rPr><w:rStyle w:val="Verborgen"/></w:rPr>',
  '<w:commentRangeStart w:id="77"/>', '<w:commentRangeEnd w:id="77"/>', '<w:r><w:commentReference w:id="77"/></w:r>',
  '<w:fldSimple w:instr="DATE"><w:r><w:t>1-1-2026</w:t></w:r></w:fldSimple>', '<w:hyperlink r:id="rId999"><w:r><w:t>link</w:t></w:r></w:hyperlink>',
  '<w:sdt><w:sdtPr><w:tag w:val="veld"/></w:sdtPr><w:sdtContent><w:r><w:t>waarde</w:t></w:r></w:sdtContent></w:sdt>',
  '<w:sdt><w:sdtContent/></w:sdt>', '<w:smartTag w:element="place"><w:r><w:t>Haarlem</w:t></w:r></w:smartTag>', '<w:bookmarkStart w:id="1" w:name="_x"/>',
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cel</w:t></w:r></w:p></w:tc></w:tr></w:tbl>', '<w:tbl/>', '<w:tr/>', '<w:tc><w:p/></w:tc>', '<w:p/>',
  '<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr></w:p>', '<w:altChunk r:id="rId1"/>', '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>keuze</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>terugval</w:t></w:r></mc:Fallback></mc:AlternateContent>',
  '<w:customXml w:element="x"><w:r><w:t>c</w:t></w:r></w:customXml>', '<w:txbxContent><w:p><w:r><w:t>tekstvak</w:t></w:r></w:p></w:txbxContent>',
];
const WRAPPERS = ['w:sdt', 'w:sdtContent', 'w:smartTag', 'w:hyperlink', 'w:ins', 'w:del', 'w:customXml', 'w:fldSimple', 'w:r', 'w:p', 'w:tbl', 'w:tc', 'w:body'];

function elementsOf(root: XmlElement): { el: XmlElement; parent: XmlElement | null }[] {
  const out: { el: XmlElement; parent: XmlElement | null }[] = [];
  const stack: { el: XmlElement; parent: XmlElement | null }[] = [{ el: root, parent: null }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    out.push(item);
    for (const c of item.el.children) if (typeof c !== 'string') stack.push({ el: c, parent: item.el });
  }
  return out;
}

function textNodesOf(root: XmlElement): { parent: XmlElement; index: number }[] {
  const out: { parent: XmlElement; index: number }[] = [];
  for (const { el } of elementsOf(root)) el.children.forEach((c, index) => { if (typeof c === 'string') out.push({ parent: el, index }); });
  return out;
}

function clone(node: XmlNode): XmlNode {
  if (typeof node === 'string') return node;
  return { name: node.name, attributes: { ...node.attributes }, children: node.children.map(clone) };
}

function snippet(xml: string): XmlElement | null {
  try {
    const doc = parseXml(`<x xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="r" xmlns:mc="mc">${xml}</x>`);
    const first = doc.root.children.find((c): c is XmlElement => typeof c !== 'string');
    return first ?? null;
  } catch {
    return null;
  }
}

function mutateText(rng: Rng, text: string): string {
  switch (int(rng, 9)) {
    case 0: return '';
    case 1: { const at = int(rng, text.length + 1); return text.slice(0, at) + pick(rng, TEXT_POOL) + text.slice(at); }
    case 2: return text.replace(/\d/g, () => String(int(rng, 10)));
    case 3: { const words = text.split(' '); const i = int(rng, words.length); const j = int(rng, words.length); [words[i], words[j]] = [words[j] ?? '', words[i] ?? '']; return words.join(' '); }
    case 4: return text.repeat(1 + int(rng, rng() < 0.1 ? 400 : 20));
    case 5: { const at = int(rng, text.length); return text.slice(0, at) + text.slice(at + 1 + int(rng, 20)); }
    case 6: return rng() < 0.5 ? text.toUpperCase() : text.toLowerCase();
    case 7: return Array.from({ length: 1 + int(rng, 30) }, () => pick(rng, TEXT_POOL)).join(rng() < 0.5 ? ' ' : '');
    default: return text.replace(/ /g, () => pick(rng, [' ', '  ', '\u00a0', '\t', ' ']));
  }
}

/** One structural change of an XML tree; returns its name. */
function mutateTree(rng: Rng, root: XmlElement): string {
  const all = elementsOf(root);
  const nonRoot = all.filter((e) => e.parent !== null);
  const any = (): { el: XmlElement; parent: XmlElement | null } => pick(rng, all);
  const kind = int(rng, 12);
  if (nonRoot.length === 0) return 'none';
  switch (kind) {
    case 0: { // remove an element
      const { el, parent } = pick(rng, nonRoot);
      parent?.children.splice(parent.children.indexOf(el), 1);
      return `remove ${el.name}`;
    }
    case 1: { // duplicate an element, sometimes many times
      const { el, parent } = pick(rng, nonRoot);
      const times = rng() < 0.1 ? 1 + int(rng, 200) : 1;
      parent?.children.splice(parent.children.indexOf(el) + 1, 0, ...Array.from({ length: times }, () => clone(el)));
      return `duplicate ${el.name} x${times}`;
    }
    case 2: { // move an element somewhere else
      const { el, parent } = pick(rng, nonRoot);
      parent?.children.splice(parent.children.indexOf(el), 1);
      const target = any().el;
      if (target === el || elementsOf(el).some((e) => e.el === target)) { parent?.children.push(el); return `move ${el.name} (to end)`; }
      target.children.splice(int(rng, target.children.length + 1), 0, el);
      return `move ${el.name} into ${target.name}`;
    }
    case 3: { // swap two siblings
      const { el } = any();
      const n = el.children.length;
      if (n < 2) return 'swap (none)';
      const i = int(rng, n);
      const j = int(rng, n);
      const a = el.children[i];
      const b = el.children[j];
      if (a === undefined || b === undefined) return 'swap (none)';
      el.children[i] = b;
      el.children[j] = a;
      return `swap children of ${el.name}`;
    }
    case 4: { // change, drop or add an attribute
      const { el } = any();
      const keys = Object.keys(el.attributes);
      const key = keys.length > 0 && rng() < 0.8 ? pick(rng, keys) : pick(rng, ['w:val', 'w:id', 'w:type', 'w:ilvl', 'xml:space', 'w:styleId', 'w:numId', 'w:abstractNumId', 'w:author']);
      if (rng() < 0.2) { delete el.attributes[key]; return `drop @${key} of ${el.name}`; }
      el.attributes[key] = rng() < 0.5 ? pick(rng, INTERESTING_NUMBERS) : pick(rng, INTERESTING_STRINGS);
      return `set @${key} of ${el.name}`;
    }
    case 5: { // insert a known WordprocessingML element
      const target = any().el;
      const made = snippet(pick(rng, ELEMENT_SNIPPETS));
      if (!made) return 'insert (none)';
      target.children.splice(int(rng, target.children.length + 1), 0, made);
      return `insert ${made.name} into ${target.name}`;
    }
    case 6: { // wrap an element, sometimes very deeply
      const { el, parent } = pick(rng, nonRoot);
      const depth = rng() < 0.05 ? 500 + int(rng, 5000) : 1 + int(rng, 4);
      const name = pick(rng, WRAPPERS);
      let node: XmlElement = el;
      for (let d = 0; d < depth; d += 1) node = { name, attributes: {}, children: [node] };
      if (parent) parent.children[parent.children.indexOf(el)] = node;
      return `wrap ${el.name} in ${depth}x ${name}`;
    }
    case 7: { // rename an element
      const { el } = pick(rng, nonRoot);
      const from = el.name;
      el.name = pick(rng, [...WRAPPERS, 'w:t', 'w:delText', 'w:rPr', 'w:pPr', 'w:vanish', 'w:numPr', 'w:tr', 'w:x', 'foo']);
      return `rename ${from} -> ${el.name}`;
    }
    case 8: { // empty an element
      const { el } = pick(rng, nonRoot);
      el.children = [];
      return `empty ${el.name}`;
    }
    default: { // text
      const nodes = textNodesOf(root);
      if (nodes.length === 0) return 'text (none)';
      const times = 1 + int(rng, 3);
      for (let t = 0; t < times; t += 1) {
        const { parent, index } = pick(rng, nodes);
        const old = parent.children[index];
        if (typeof old === 'string') parent.children[index] = mutateText(rng, old);
      }
      return `text x${times}`;
    }
  }
}

function mutateBytes(rng: Rng, bytes: Uint8Array, corpus: readonly Seed[]): { bytes: Uint8Array; what: string } {
  const b = Uint8Array.from(bytes);
  switch (int(rng, 8)) {
    case 0: {
      const flips = 1 + int(rng, 16);
      for (let i = 0; i < flips; i += 1) { const at = int(rng, b.length); b[at] = (b[at] ?? 0) ^ (1 << int(rng, 8)); }
      return { bytes: b, what: `bytes: ${flips} bit flips` };
    }
    case 1: {
      const at = int(rng, b.length);
      const n = 1 + int(rng, 64);
      for (let i = at; i < Math.min(b.length, at + n); i += 1) b[i] = int(rng, 256);
      return { bytes: b, what: `bytes: overwrite ${n} at ${at}` };
    }
    case 2: {
      const at = int(rng, b.length);
      return { bytes: b.slice(0, at), what: `bytes: truncate at ${at}/${b.length}` };
    }
    case 3: {
      const at = int(rng, b.length);
      const n = 1 + int(rng, 256);
      const ins = Uint8Array.from({ length: n }, () => int(rng, 256));
      const out = new Uint8Array(b.length + n);
      out.set(b.subarray(0, at)); out.set(ins, at); out.set(b.subarray(at), at + n);
      return { bytes: out, what: `bytes: insert ${n} at ${at}` };
    }
    case 4: {
      const at = int(rng, b.length);
      const n = 1 + int(rng, 512);
      const out = new Uint8Array(b.length - Math.min(n, b.length - at));
      out.set(b.subarray(0, at)); out.set(b.subarray(at + n), at);
      return { bytes: out, what: `bytes: delete ${n} at ${at}` };
    }
    case 5: { // a size or offset field of a zip header
      const sigs: number[] = [];
      for (let i = 0; i + 4 <= b.length; i += 1) {
        if (b[i] === 0x50 && b[i + 1] === 0x4b && (b[i + 2] === 1 || b[i + 2] === 3 || b[i + 2] === 5)) sigs.push(i);
      }
      if (sigs.length === 0) return { bytes: b, what: 'bytes: no header' };
      const at = pick(rng, sigs);
      const field = at + pick(rng, [8, 10, 14, 18, 20, 22, 24, 26, 28, 30, 42]);
      const value = pick(rng, [0, 1, 0xff, 0xffff, 0xffffffff, 0x7fffffff, int(rng, 0x10000000)]);
      for (let k = 0; k < 4 && field + k < b.length; k += 1) b[field + k] = (value >>> (8 * k)) & 0xff;
      return { bytes: b, what: `bytes: header field at ${field} = ${value}` };
    }
    case 6: { // splice with another fixture
      const other = pick(rng, corpus).bytes;
      const at = int(rng, b.length);
      const from = int(rng, other.length);
      const out = new Uint8Array(at + (other.length - from));
      out.set(b.subarray(0, at)); out.set(other.subarray(from), at);
      return { bytes: out, what: `bytes: splice at ${at} with another fixture from ${from}` };
    }
    default: {
      const at = int(rng, b.length);
      const n = 1 + int(rng, 4096);
      b.fill(0, at, at + n);
      return { bytes: b, what: `bytes: zero ${n} at ${at}` };
    }
  }
}

function mutateParts(rng: Rng, seed: Seed): { bytes: Uint8Array; what: string } {
  const parts: Unzipped = { ...(seed.parts ?? {}) };
  const names = Object.keys(parts);
  const r = rng();
  const target = r < 0.7 && parts['word/document.xml'] ? 'word/document.xml' : pick(rng, names.filter((n) => n.endsWith('.xml') || n.endsWith('.rels')));
  const text = new TextDecoder().decode(parts[target]);
  const what: string[] = [];
  let out: string;
  if (rng() < 0.1) { // raw text damage: most of it is no longer XML
    const at = int(rng, text.length);
    out = text.slice(0, at) + pick(rng, ['<', '>', '&', '"', '</w:p>', '<w:p>', '&#0;', '&#xD800;', ']]>', '<!--', '<?x?>', '\u0000', '']) + text.slice(at + int(rng, 50));
    what.push(`raw text edit of ${target} at ${at}`);
  } else {
    let doc;
    try {
      doc = parseXml(text);
    } catch {
      return { bytes: seed.bytes, what: `unparsable ${target}` };
    }
    const steps = 1 + int(rng, 4);
    for (let s = 0; s < steps; s += 1) what.push(mutateTree(rng, doc.root));
    out = serializeXml(doc);
    what.unshift(target);
  }
  parts[target] = new TextEncoder().encode(out);
  if (rng() < 0.05) { delete parts[pick(rng, names)]; what.push('dropped a part'); }
  return { bytes: zipSync(parts, { level: rng() < 0.5 ? 0 : 6 }), what: what.join('; ') };
}

export interface FuzzInput {
  readonly index: number;
  readonly seedName: string;
  readonly mutation: string;
  readonly bytes: Uint8Array;
  readonly args: readonly string[];
  /** Extra files the args refer to (name -> bytes). */
  readonly others: Readonly<Record<string, Uint8Array>>;
}

// Answers files for fill: a valid one, then broken in the ways a hand-edited file breaks.
const VALID_ANSWERS = {
  slots: { 'gemeente.naam': 'Utrecht', 'verwerker.naam': 'Zaakwijs B.V.', 'ondertekening.verwerker.organisatie': 'Zaakwijs B.V.', 'verwerker.kvk': '12345678', 'hoofdovereenkomst.datum': '2026-01-12' },
  tables: { 'bijlage-1.verwerkingen': [['Zaakregistratie', 'Uitvoering Wmo', 'Inwoners', 'NAW', 'Nederland', '', 'Versleuteling']] },
  bijlage2Options: { 'norm-anders': false },
  bijlage3: true,
};
const ANSWER_VALUES: unknown[] = [1, -1, 1e309, true, null, [], {}, '', ' ', 'x'.repeat(100_000), '\u0000', '<w:p/>', ']]>', '&amp;', '\ud800', '2026-02-30', '1 maart 2026', 'ǅ', ['a'], { a: 'b' }];

function nestedJson(depth: number, array: boolean): string {
  return `${(array ? '[' : '{"a":').repeat(depth)}1${(array ? ']' : '}').repeat(depth)}`;
}

function mutateAnswers(rng: Rng): { bytes: Uint8Array; what: string } {
  const answers = JSON.parse(JSON.stringify(VALID_ANSWERS)) as Record<string, Record<string, unknown>>;
  const text = (): string => JSON.stringify(answers);
  const enc = (t: string): Uint8Array => new TextEncoder().encode(t);
  switch (int(rng, 9)) {
    case 0: return { bytes: enc(text()), what: 'answers: valid' };
    case 1: { // a value of the wrong kind
      const section = pick(rng, ['slots', 'tables', 'bijlage2Options']);
      const keys = Object.keys(answers[section] ?? {});
      const key = rng() < 0.2 ? pick(rng, ['x.y', '', '__proto__', 'constructor']) : pick(rng, keys);
      (answers[section] as Record<string, unknown>)[key] = pick(rng, ANSWER_VALUES);
      return { bytes: enc(text()), what: `answers: ${section}.${key} of another kind` };
    }
    case 2: { // nested deeper than the bound, in a value or as the whole file
      const depth = pick(rng, [31, 32, 33, 100, 5000, 50_000]);
      const array = rng() < 0.5;
      return { bytes: enc(rng() < 0.5 ? `{"slots":{"gemeente.naam":${nestedJson(depth, array)}}}` : nestedJson(depth, array)), what: `answers: ${depth} nested ${array ? 'arrays' : 'objects'}` };
    }
    case 3: { // wide: many rows or many fields
      const rows = Array.from({ length: pick(rng, [100, 1000, 20_000]) }, () => ['a', 'b', 'c', 'd', 'e', 'f', 'g']);
      (answers.tables as Record<string, unknown>)['bijlage-1.verwerkingen'] = rows;
      return { bytes: enc(text()), what: `answers: ${rows.length} rows` };
    }
    case 4: { const t = text(); const at = int(rng, t.length); return { bytes: enc(t.slice(0, at)), what: `answers: truncated at ${at}` }; }
    case 5: return { bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...enc(text())]), what: 'answers: with a BOM' };
    case 6: return { bytes: Uint8Array.from([...enc(text()).slice(0, 20), 0xff, 0xfe, 0xc3]), what: 'answers: not UTF-8' };
    case 7: { delete answers[pick(rng, Object.keys(answers))]; answers[pick(rng, ['extra', 'slots '])] = {}; return { bytes: enc(text()), what: 'answers: keys changed' }; }
    default: return { bytes: enc(pick(rng, ['', 'null', '[]', '"tekst"', '{', '{"slots":[]}', '{"tables":{"bijlage-1.verwerkingen":[[]]}}'])), what: 'answers: another shape' };
  }
}

/** Where fill is told to write: mostly a new file, sometimes the input or the answers file by another name. */
const OUTPUT_PATHS = ['out.docx', 'out.docx', 'out.docx', 'sub/../out.docx', 'input.docx', './input.docx', 'answers.json', '-o'];

const WIDE_PARAGRAPH = '<w:p><w:r><w:t>Ingevoegde alinea met woorden die niet in de standaard staan.</w:t></w:r></w:p>';
const DEEP_WRAPPERS: [string, string][] = [
  ['<w:hyperlink>', '</w:hyperlink>'], ['<w:smartTag w:element="x">', '</w:smartTag>'], ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
  ['<w:customXml w:element="x">', '</w:customXml>'], ['<w:ins w:id="1" w:author="F">', '</w:ins>'], ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'],
];

/** Deep and wide documents made as text (no tree to recurse over): nesting around the parser's bound, or tens of thousands of units. */
function generateShape(rng: Rng, seed: Seed): { bytes: Uint8Array; what: string } {
  const parts: Unzipped = { ...(seed.parts ?? {}) };
  const main = parts['word/document.xml'];
  if (!main) return { bytes: seed.bytes, what: 'shape (no document)' };
  const xml = new TextDecoder().decode(main);
  const body = xml.indexOf('<w:body>') + '<w:body>'.length;
  const firstRun = xml.indexOf('<w:r>');
  const runEnd = xml.indexOf('</w:r>', firstRun) + '</w:r>'.length;
  let out: string;
  let what: string;
  if (rng() < 0.6 && firstRun > 0) {
    const [open, close] = pick(rng, DEEP_WRAPPERS);
    const depth = pick(rng, [100, 250, 253, 254, 255, 256, 300, 1000, 3000, 10_000]);
    const times = open.startsWith('<w:tbl') ? Math.ceil(depth / 3) : open.startsWith('<w:sdt') ? Math.ceil(depth / 2) : depth;
    out = open.startsWith('<w:tbl')
      ? xml.slice(0, body) + open.repeat(times) + '<w:p/>' + close.repeat(times) + xml.slice(body)
      : xml.slice(0, firstRun) + open.repeat(times) + xml.slice(firstRun, runEnd) + close.repeat(times) + xml.slice(runEnd);
    what = `shape: ${depth} deep ${open}`;
  } else {
    const count = pick(rng, [5_000, 20_000, 50_000]);
    const at = pick(rng, [body, xml.lastIndexOf('<w:sectPr') > 0 ? xml.lastIndexOf('<w:sectPr') : body]);
    out = xml.slice(0, at) + WIDE_PARAGRAPH.repeat(count) + xml.slice(at);
    what = `shape: ${count} paragraphs wide`;
  }
  parts['word/document.xml'] = new TextEncoder().encode(out);
  return { bytes: zipSync(parts, { level: 1 }), what };
}

export function makeInput(seed: number, index: number, corpus: readonly Seed[]): FuzzInput {
  const rng = inputRng(seed, index);
  const base = pick(rng, corpus);
  const shape = base.parts !== null && rng() < 0.02;
  const { bytes, what } = shape ? generateShape(rng, base) : base.parts !== null && rng() < 0.7 ? mutateParts(rng, base) : mutateBytes(rng, base.bytes, corpus);
  const command = rng();
  const others: Record<string, Uint8Array> = {};
  if (command < 0.15) {
    const answers = mutateAnswers(rng);
    others['answers.json'] = answers.bytes;
    const output = pick(rng, OUTPUT_PATHS);
    return { index, seedName: base.name, mutation: `${what}; ${answers.what}; -o ${output}`, bytes, args: ['fill', 'input.docx', '--answers', 'answers.json', '-o', output], others };
  }
  const json = rng() < 0.8;
  if (command < 0.25) return { index, seedName: base.name, mutation: what, bytes, args: ['scan', 'input.docx', ...(json ? ['--json'] : [])], others };
  const files = ['input.docx'];
  if (rng() < 0.1) {
    const other = pick(rng, corpus);
    others['other.docx'] = other.bytes;
    files.push('other.docx');
  }
  return { index, seedName: base.name, mutation: what, bytes, args: ['check', ...files, ...(json ? ['--json'] : [])], others };
}

// ---------------------------------------------------------------------------------------------
// Running and judging

export interface FuzzOutcome {
  readonly status: number | null;
  readonly out: string;
  readonly err: string;
  /** An exception that escaped runCli. */
  readonly threw: string | null;
  readonly ms: number;
  /** The paths the command wrote. */
  readonly written: readonly string[];
  /** Whether the input and the other given files are byte for byte as they were. */
  readonly intact: boolean;
  /** Peak resident memory of a CLI process run, in MiB; null for in-process runs. */
  readonly peakMiB: number | null;
}

export async function runInput(input: FuzzInput): Promise<FuzzOutcome> {
  let out = '';
  let err = '';
  const files = new Map<string, Uint8Array>([['input.docx', input.bytes], ...Object.entries(input.others)]);
  const written: string[] = [];
  const io: CliIO = {
    stdout: (t) => { out += t; },
    stderr: (t) => { err += t; },
    readFile: async (p) => {
      const b = files.get(p);
      if (!b) throw new Error(`ENOENT ${p}`);
      return b;
    },
    writeFile: async (p) => { written.push(p); },
    fileId: async (p) => (files.has(p) ? resolve(p) : null),
  };
  const start = performance.now();
  const done = (status: number | null, threw: string | null): FuzzOutcome => ({ status, out, err, threw, ms: performance.now() - start, written, intact: true, peakMiB: null });
  try {
    return done(await runCli(input.args, io), null);
  } catch (error) {
    return done(null, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}

/** The same input through the real command line, in a folder of its own; 'hang' past the time limit. */
export async function runInputInProcess(input: FuzzInput, timeLimitMs: number): Promise<FuzzOutcome | 'hang'> {
  const dir = mkdtempSync(join(tmpdir(), 'vo-fuzz-'));
  try {
    const given: Record<string, Uint8Array> = { 'input.docx': input.bytes, ...input.others };
    for (const [name, bytes] of Object.entries(given)) writeFileSync(join(dir, name), bytes);
    const r = await runCliProcess(input.args, dir, timeLimitMs + 5000);
    if (r.timedOut) return 'hang';
    const intact = Object.entries(given).every(([name, bytes]) => Buffer.from(readFileSync(join(dir, name))).equals(Buffer.from(bytes)));
    const written = readdirSync(dir).filter((name) => !(name in given));
    const threw = r.signal !== null ? `killed by ${r.signal}` : null;
    return { status: r.status, out: r.stdout, err: r.stderr, threw, ms: r.ms, written, intact, peakMiB: r.peakMiB };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const KINDS = new Set(['altered', 'missing', 'inserted', 'moved', 'hidden', 'tracked-change', 'comment', 'version', 'unfilled', 'other']);

export type Verdict = { readonly ok: true; readonly internal: boolean } | { readonly ok: false; readonly reason: string };

/** Checks one outcome against the contract. `internal` marks runCli's catch-all message. */
export function judge(input: FuzzInput, o: FuzzOutcome): Verdict {
  if (o.threw !== null) return { ok: false, reason: `exception escaped runCli: ${o.threw}` };
  if (o.status !== 0 && o.status !== 1 && o.status !== 2) return { ok: false, reason: `exit status ${String(o.status)}` };
  if (!o.intact) return { ok: false, reason: 'an input file was changed' };
  if (/\bat .+:\d+:\d+|TypeError|RangeError|ReferenceError|\[object /.test(o.err)) return { ok: false, reason: `stack trace or raw error on stderr: ${o.err.slice(0, 200)}` };
  if (o.err !== '' && !o.err.endsWith('\n')) return { ok: false, reason: 'stderr does not end with a newline' };
  if (input.args[0] === 'fill') return judgeFill(input, o);
  if (o.written.length > 0) return { ok: false, reason: `${input.args[0]} wrote ${o.written.join(', ')}` };
  if (input.args[0] === 'scan') return judgeScan(input, o);
  const json = input.args.includes('--json');
  const fileCount = input.args.filter((a) => a.endsWith('.docx')).length;
  const errLines = o.err.split('\n').filter((l) => l !== '');
  if (errLines.length > fileCount) return { ok: false, reason: `${errLines.length} stderr lines for ${fileCount} files` };
  if (o.status === 2 && errLines.length === 0) return { ok: false, reason: 'exit 2 without a reason on stderr' };
  if (o.status !== 2 && errLines.length > 0) return { ok: false, reason: `exit ${o.status} with stderr: ${o.err.slice(0, 200)}` };
  let anyError = false;
  if (json) {
    if (o.out !== '' && !o.out.endsWith('\n')) return { ok: false, reason: 'stdout does not end with a newline' };
    const lines = o.out === '' ? [] : o.out.slice(0, -1).split('\n');
    // One JSON line per file, in order; an unusable file's line is {file, unusable} beside its stderr reason.
    // (No line at all only when the run failed before any file: an unexpected error, exit 2.)
    const failedEarly = lines.length === 0 && o.status === 2;
    if (lines.length !== fileCount && !failedEarly) return { ok: false, reason: `${lines.length} JSON lines for ${fileCount} files` };
    let unusable = 0;
    for (const line of lines) {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        return { ok: false, reason: `stdout line is not JSON: ${line.slice(0, 120)}` };
      }
      const r = value as { file?: unknown; unusable?: unknown; template?: { id?: unknown; version?: unknown }; findings?: unknown; placeholders?: { total?: unknown; unfilled?: unknown } };
      if (typeof r === 'object' && r !== null && typeof r.file === 'string' && typeof r.unusable === 'string') {
        if (r.unusable.trim() === '') return { ok: false, reason: `unusable line without a reason: ${line.slice(0, 160)}` };
        unusable += 1;
        continue;
      }
      if (typeof r !== 'object' || r === null || typeof r.file !== 'string' || typeof r.template?.id !== 'string' || typeof r.template.version !== 'string'
        || !Array.isArray(r.findings) || typeof r.placeholders?.total !== 'number' || !Array.isArray(r.placeholders.unfilled)) {
        return { ok: false, reason: `JSON object misses contract fields: ${line.slice(0, 160)}` };
      }
      for (const f of r.findings as { severity?: unknown; kind?: unknown; clause?: unknown; message?: unknown }[]) {
        if (!SEVERITIES.has(String(f.severity)) || !KINDS.has(String(f.kind)) || !(f.clause === null || typeof f.clause === 'string') || typeof f.message !== 'string') {
          return { ok: false, reason: `finding outside the contract: ${JSON.stringify(f).slice(0, 200)}` };
        }
        if (f.severity === 'error') anyError = true;
      }
    }
    if (!failedEarly && unusable !== errLines.length) return { ok: false, reason: `${unusable} unusable lines but ${errLines.length} reasons on stderr` };
    if (errLines.length === 0 && (o.status === 1) !== anyError) return { ok: false, reason: `exit ${o.status} but ${anyError ? 'an' : 'no'} error finding` };
  } else if (o.status !== 2 && o.out.trim() === '') {
    return { ok: false, reason: `exit ${o.status} with nothing on stdout` };
  }
  return { ok: true, internal: /onverwachte fout/i.test(o.err) };
}

function judgeScan(input: FuzzInput, o: FuzzOutcome): Verdict {
  const errLines = o.err.split('\n').filter((l) => l !== '');
  if (o.status === 1) return { ok: false, reason: 'scan exit 1' };
  if ((o.status === 2) !== (errLines.length === 1)) return { ok: false, reason: `scan exit ${String(o.status)} with ${errLines.length} stderr lines` };
  if (o.status === 0 && input.args.includes('--json')) {
    try {
      const r = JSON.parse(o.out) as { slots?: unknown; tables?: unknown };
      if (!Array.isArray(r.slots) || !Array.isArray(r.tables)) return { ok: false, reason: `scan JSON misses slots or tables: ${o.out.slice(0, 120)}` };
    } catch {
      return { ok: false, reason: `scan stdout is not one JSON object: ${o.out.slice(0, 120)}` };
    }
  }
  return { ok: true, internal: /onverwachte fout/i.test(o.err) };
}

function judgeFill(input: FuzzInput, o: FuzzOutcome): Verdict {
  const output = input.args[input.args.indexOf('-o') + 1] ?? '';
  const forbidden = ['input.docx', 'answers.json'].some((f) => resolve(f) === resolve(output));
  if (o.status === 1) return { ok: false, reason: 'fill exit 1' };
  if (o.status === 2 && o.err.trim() === '') return { ok: false, reason: 'fill exit 2 without a reason' };
  if (o.status === 2 && o.written.length > 0) return { ok: false, reason: `fill exit 2 but wrote ${o.written.join(', ')}` };
  if (o.status === 0) {
    if (forbidden) return { ok: false, reason: `fill wrote over ${output}` };
    if (o.err !== '') return { ok: false, reason: `fill exit 0 with stderr: ${o.err.slice(0, 160)}` };
    if (!o.out.endsWith(`Geschreven: ${output}\n`)) return { ok: false, reason: `fill exit 0 without "Geschreven": ${o.out.slice(-160)}` };
    if (o.written.length !== 1 || resolve(o.written[0] as string) !== resolve(output)) return { ok: false, reason: `fill wrote ${o.written.join(', ')} for -o ${output}` };
  }
  return { ok: true, internal: /onverwachte fout/i.test(o.err) };
}

// ---------------------------------------------------------------------------------------------
// Worker pool with a watchdog

interface Task { readonly input: FuzzInput; readonly resolve: (o: FuzzOutcome | 'hang') => void }

class Runner {
  private worker: Worker | null = null;
  private current: Task | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly timeLimitMs: number) {}

  private spawn(): Worker {
    const w = new Worker(join(__dirname, 'fuzz-worker.mjs'), { workerData: { voFuzzWorker: true }, resourceLimits: { maxOldGenerationSizeMb: 2048 } });
    w.on('message', (o: FuzzOutcome) => this.finish(o));
    w.on('error', (e) => this.finish({ status: null, out: '', err: '', threw: `worker died: ${String(e)}`, ms: 0, written: [], intact: true, peakMiB: null }, true));
    w.on('exit', () => { if (this.worker === w) this.worker = null; });
    return w;
  }

  private finish(o: FuzzOutcome | 'hang', restart = false): void {
    if (this.timer) clearTimeout(this.timer);
    const task = this.current;
    this.current = null;
    if (restart && this.worker) { void this.worker.terminate(); this.worker = null; }
    task?.resolve(o);
  }

  run(input: FuzzInput): Promise<FuzzOutcome | 'hang'> {
    return new Promise((resolveTask) => {
      const fresh = this.worker === null;
      this.worker ??= this.spawn();
      this.current = { input, resolve: resolveTask };
      // The first input of a worker also pays for compiling the sources.
      this.timer = setTimeout(() => this.finish('hang', true), this.timeLimitMs + (fresh ? 30000 : 0));
      this.worker.postMessage(input);
    });
  }

  async close(): Promise<void> {
    if (this.worker) await this.worker.terminate();
    this.worker = null;
  }
}

export interface FuzzOptions {
  readonly count: number;
  readonly seed: number;
  readonly timeLimitMs: number;
  readonly workers: number;
  /** Share of inputs run through the real CLI process (the rest in worker threads). */
  readonly processShare?: number;
  readonly corpusDirs?: readonly string[];
  readonly only?: number;
  readonly outDir?: string | null;
  readonly log?: (line: string) => void;
}

export interface FuzzFailure { readonly index: number; readonly reason: string; readonly seedName: string; readonly mutation: string; readonly ms: number }

export interface FuzzSummary {
  readonly seed: number;
  readonly count: number;
  readonly exits: Record<'0' | '1' | '2', number>;
  readonly internal: FuzzFailure[];
  readonly failures: FuzzFailure[];
  readonly slowest: { readonly index: number; readonly ms: number; readonly mutation: string }[];
  /** How many inputs ran as a CLI process, and the one that took the most memory. */
  readonly processRuns: number;
  readonly highestMemory: { readonly index: number; readonly peakMiB: number; readonly mutation: string } | null;
  readonly commands: Record<string, number>;
  readonly medianMs: number;
  readonly p99Ms: number;
  readonly totalMs: number;
}

export async function fuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const corpus = loadCorpus(options.corpusDirs ?? defaultCorpusDirs());
  const indices = options.only !== undefined ? [options.only] : Array.from({ length: options.count }, (_, i) => i);
  const exits = { 0: 0, 1: 0, 2: 0 };
  const failures: FuzzFailure[] = [];
  const internal: FuzzFailure[] = [];
  const times: { index: number; ms: number; mutation: string }[] = [];
  const runners = Array.from({ length: Math.max(1, options.workers) }, () => new Runner(options.timeLimitMs));
  let next = 0;
  const share = options.processShare ?? 0.05;
  const every = share > 0 ? Math.max(1, Math.round(1 / share)) : 0;
  const inProcess = (index: number): boolean => every > 0 && index % every === 0;
  let processRuns = 0;
  let highestMemory: FuzzSummary['highestMemory'] = null;
  const commands: Record<string, number> = {};
  const started = performance.now();
  const record = (input: FuzzInput, o: FuzzOutcome | 'hang'): void => {
    const base = { index: input.index, seedName: input.seedName, mutation: input.mutation };
    if (o === 'hang') {
      failures.push({ ...base, reason: `no answer within ${options.timeLimitMs} ms (hang)`, ms: options.timeLimitMs });
    } else {
      times.push({ index: input.index, ms: o.ms, mutation: input.mutation });
      if (o.peakMiB !== null && (highestMemory === null || o.peakMiB > highestMemory.peakMiB)) highestMemory = { index: input.index, peakMiB: o.peakMiB, mutation: input.mutation };
      if (o.status === 0 || o.status === 1 || o.status === 2) exits[o.status] += 1;
      const verdict = judge(input, o);
      if (!verdict.ok) failures.push({ ...base, reason: verdict.reason, ms: o.ms });
      else if (verdict.internal) internal.push({ ...base, reason: o.err.trim(), ms: o.ms });
      if (o.ms > options.timeLimitMs) failures.push({ ...base, reason: `took ${o.ms.toFixed(0)} ms (limit ${options.timeLimitMs})`, ms: o.ms });
    }
    if (options.outDir && (failures.at(-1)?.index === input.index || internal.at(-1)?.index === input.index)) {
      mkdirSync(options.outDir, { recursive: true });
      writeFileSync(join(options.outDir, `input-${input.index}.docx`), input.bytes);
      for (const [name, bytes] of Object.entries(input.others)) writeFileSync(join(options.outDir, `input-${input.index}-${name}`), bytes);
      writeFileSync(join(options.outDir, `input-${input.index}.json`), JSON.stringify({ ...base, args: input.args, outcome: o }, null, 2));
    }
  };
  await Promise.all(runners.map(async (runner) => {
    for (;;) {
      const k = next;
      next += 1;
      const index = indices[k];
      if (index === undefined) break;
      const input = makeInput(options.seed, index, corpus);
      commands[input.args[0] as string] = (commands[input.args[0] as string] ?? 0) + 1;
      if (inProcess(index)) processRuns += 1;
      record(input, inProcess(index) ? await runInputInProcess(input, options.timeLimitMs) : await runner.run(input));
      const done = times.length + failures.filter((f) => f.reason.includes('hang')).length;
      if (done % 1000 === 0) log(`  ${done}/${indices.length} inputs, ${failures.length} failures, ${internal.length} internal errors`);
    }
    await runner.close();
  }));
  const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
  return {
    seed: options.seed,
    count: indices.length,
    exits: { '0': exits[0], '1': exits[1], '2': exits[2] },
    internal,
    failures,
    slowest: [...times].sort((a, b) => b.ms - a.ms).slice(0, 5),
    processRuns,
    highestMemory,
    commands,
    medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    p99Ms: sorted[Math.floor(sorted.length * 0.99)] ?? 0,
    totalMs: performance.now() - started,
  };
}

// ---------------------------------------------------------------------------------------------

function argValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: readonly string[]): Promise<number> {
  const seedArg = argValue(argv, '--seed');
  const options: FuzzOptions = {
    count: Number(argValue(argv, '--count') ?? 10000),
    seed: seedArg !== undefined ? Number(seedArg) >>> 0 : DEFAULT_SEED,
    timeLimitMs: Number(argValue(argv, '--time-limit') ?? 10000),
    workers: Number(argValue(argv, '--workers') ?? Math.max(1, Math.min(4, require('os').cpus().length))),
    processShare: Number(argValue(argv, '--process-share') ?? 0.05),
    only: argValue(argv, '--only') !== undefined ? Number(argValue(argv, '--only')) : undefined,
    outDir: argValue(argv, '--out') ?? join(require('os').tmpdir(), 'vo-fuzz-failures'),
  };
  console.log(`vo-assistent fuzz: seed ${options.seed} (replay: npm run fuzz -- --seed ${options.seed} --only <index>), ${options.only !== undefined ? `input ${options.only}` : `${options.count} inputs`}, `
    + `${options.workers} workers, time limit ${options.timeLimitMs} ms per input`);
  const s = await fuzz(options);
  console.log(`\n${s.count} inputs in ${(s.totalMs / 1000).toFixed(1)} s: exit 0: ${s.exits['0']}, exit 1: ${s.exits['1']}, exit 2: ${s.exits['2']}`);
  console.log(`time per input: median ${s.medianMs.toFixed(1)} ms, p99 ${s.p99Ms.toFixed(1)} ms, slowest ${s.slowest.map((t) => `#${t.index} ${t.ms.toFixed(0)} ms (${t.mutation.slice(0, 60)})`).join('; ')}`);
  console.log(`commands: ${Object.entries(s.commands).map(([c, n]) => `${c} ${n}`).join(', ')}; ${s.processRuns} through the CLI process`
    + (s.highestMemory ? `, highest peak memory ${s.highestMemory.peakMiB.toFixed(0)} MiB (#${s.highestMemory.index}: ${s.highestMemory.mutation.slice(0, 80)})` : ''));
  console.log(`internal errors (runCli's catch-all "Onverwachte fout", exit 2): ${s.internal.length}`);
  for (const f of s.internal.slice(0, 20)) console.log(`  #${f.index} ${f.seedName} [${f.mutation.slice(0, 120)}]: ${f.reason}`);
  console.log(`failures: ${s.failures.length}`);
  for (const f of s.failures.slice(0, 50)) console.log(`  #${f.index} ${f.seedName} [${f.mutation.slice(0, 120)}]: ${f.reason}`);
  if ((s.failures.length > 0 || s.internal.length > 0) && options.outDir) console.log(`inputs kept in ${options.outDir}`);
  return s.failures.length > 0 || s.internal.length > 0 ? 1 : 0;
}

if (!isMainThread && (workerData as { voFuzzWorker?: boolean } | null)?.voFuzzWorker) {
  parentPort?.on('message', (input: FuzzInput) => {
    void runInput(input).then((o) => parentPort?.postMessage(o));
  });
} else if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (error: unknown) => {
    console.error(error);
    process.exitCode = 3;
  });
}
