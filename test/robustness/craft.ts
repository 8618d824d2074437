// Hostile and broken inputs, made by code: raw zip writing with sizes we choose (so a central
// directory can lie), deflate bombs built from flushed chunks (never holding the inflated data),
// OLE compound file headers, and a capturing CliIO for in-process runs of the command line.
import { readFileSync } from 'fs';
import { join, resolve } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { constants, crc32 as zlibCrc32, deflateRawSync } from 'zlib';
import type { CliIO } from '../../src/cli/io';

export const REPO = resolve(__dirname, '..', '..');
export const OWN_FIXTURES = join(REPO, 'test', 'fixtures');
export const EXTERNAL_CASES = join(REPO, 'test', 'fixtures', 'external', 'cases');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(OWN_FIXTURES, name)));
}

/** Node's own CRC-32 (zlib), independent of the one the writer in src/docx carries. */
export function crc32(data: Uint8Array): number {
  return zlibCrc32(data);
}

export interface RawEntry {
  readonly name: string;
  /** Bytes as stored in the zip (already deflated when method is 8). */
  readonly stored: Uint8Array;
  readonly method: 0 | 8;
  /** What the headers claim the entry inflates to. */
  readonly declaredSize: number;
  readonly crc: number;
}

export function deflatedEntry(name: string, content: Uint8Array | string, overrides: Partial<RawEntry> = {}): RawEntry {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { name, stored: new Uint8Array(deflateRawSync(data)), method: 8, declaredSize: data.length, crc: crc32(data), ...overrides };
}

/** Writes a zip whose local and central headers say exactly what the entries claim. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x5c41, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.stored.length, 18);
    local.writeUInt32LE(e.declaredSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(e.method, 10);
    cd.writeUInt16LE(0, 12);
    cd.writeUInt16LE(0x5c41, 14);
    cd.writeUInt32LE(e.crc >>> 0, 16);
    cd.writeUInt32LE(e.stored.length, 20);
    cd.writeUInt32LE(e.declaredSize >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(e.stored));
    central.push(cd, name);
    offset += 30 + name.length + e.stored.length;
  }
  const cdBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, cdBytes, end]));
}

/**
 * A raw deflate stream that inflates to `prefix` followed by `repeat` MiB of `fill`, built from
 * independently flushed chunks (each ends on a byte boundary with an empty stored block), so the
 * inflated data never exists in this process.
 */
export function deflateBomb(prefix: string, fillByte: number, repeatMiB: number): { stored: Uint8Array; inflatedSize: number } {
  const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
  const head = deflateRawSync(Buffer.from(prefix, 'utf8'), flush);
  const mib = deflateRawSync(Buffer.alloc(1024 * 1024, fillByte), flush);
  const tail = deflateRawSync(Buffer.alloc(0));
  const parts: Buffer[] = [head];
  for (let i = 0; i < repeatMiB; i += 1) parts.push(mib);
  parts.push(tail);
  return { stored: new Uint8Array(Buffer.concat(parts)), inflatedSize: Buffer.byteLength(prefix) + repeatMiB * 1024 * 1024 };
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A minimal package around the given word/document.xml text (and extra parts). */
export function minimalDocx(documentXml: string, extra: readonly RawEntry[] = []): Uint8Array {
  return rawZip([
    deflatedEntry('[Content_Types].xml', CONTENT_TYPES),
    deflatedEntry('_rels/.rels', ROOT_RELS),
    deflatedEntry('word/document.xml', documentXml),
    ...extra,
  ]);
}

export function documentXmlOf(paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
}

/** Billion laughs: ten levels of ten references, ~3 GB once expanded. */
export function billionLaughs(rootName = 'w:document'): string {
  let dtd = '<!ENTITY lol0 "lollollollollollollollollollollollollollollollollollollollollollollollollollollollollollollollol">';
  for (let i = 1; i <= 10; i += 1) dtd += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${rootName} [${dtd}]>\n<${rootName} xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&lol10;</w:t></w:r></w:p></w:body></${rootName}>`;
}

export function xxe(target = 'file:///etc/passwd'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${target}">]>\n<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>Verwerkersovereenkomst &xxe;</w:t></w:r></w:p></w:body></w:document>`;
}

/** An OLE compound file (what Word writes for .doc and for password-encrypted .docx). */
export function cfbFile(extraSectors = 8): Uint8Array {
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little endian
  header.writeUInt16LE(9, 30); // sector shift: 512
  header.writeUInt16LE(6, 32); // mini sector shift
  const body = Buffer.alloc(512 * extraSectors, 0);
  // An EncryptionInfo/EncryptedPackage directory would follow; the names are enough to look real.
  Buffer.from('E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0', 'binary').copy(body, 0);
  return new Uint8Array(Buffer.concat([header, body]));
}

export interface Captured {
  readonly io: CliIO;
  readonly out: () => string;
  readonly err: () => string;
  readonly written: string[];
}

/** A CliIO that serves files from memory and captures what the command prints. */
export function captureIO(files: ReadonlyMap<string, Uint8Array>): Captured {
  let out = '';
  let err = '';
  const written: string[] = [];
  const io: CliIO = {
    stdout: (text) => { out += text; },
    stderr: (text) => { err += text; },
    readFile: async (path) => {
      const bytes = files.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: async (path) => { written.push(path); },
    fileId: async (path) => (files.has(path) ? path : null),
  };
  return { io, out: () => out, err: () => err, written };
}

/** A one-line Dutch reason: one line, no stack trace, no English error class names. */
export function expectOneLineReason(stderr: string): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|TypeError|RangeError|undefined|\[object /);
  expect(stderr.trim().length).toBeGreaterThan(10);
}

/** A real fixture with its word/document.xml (or another part) rewritten by `edit`. */
export function editedFixture(name: string, edit: (xml: string) => string, part = 'word/document.xml'): Uint8Array {
  const parts = unzipSync(fixture(name));
  const bytes = parts[part];
  if (!bytes) throw new Error(`${name} has no ${part}`);
  return zipSync({ ...parts, [part]: strToU8(edit(strFromU8(bytes))) });
}

/** The first run of a document wrapped `depth` times in `open`…`close`. */
export function wrapFirstRun(xml: string, depth: number, open: string, close: string): string {
  const at = xml.indexOf('<w:r>');
  const end = xml.indexOf('</w:r>', at) + '</w:r>'.length;
  return xml.slice(0, at) + open.repeat(depth) + xml.slice(at, end) + close.repeat(depth) + xml.slice(end);
}
