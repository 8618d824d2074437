// Inputs that cannot be checked: each is refused with one Dutch sentence (UnusableDocumentError),
// never expanded, never read past its limits, and the command line exits 2 without a stack trace.
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { strToU8, zipSync } from 'fflate';
import { runCli } from '../../src/cli/main';
import { UnusableDocumentError } from '../../src/core/findings';
import { type Codec, fflateCodec } from '../../src/docx/codec';
import { readDocx } from '../../src/docx/package';
import { zlibCodec } from '../../src/docx/zlib-codec';
import {
  billionLaughs, captureIO, cfbFile, deflateBomb, deflatedEntry, documentXmlOf, expectOneLineReason, fixture,
  minimalDocx, rawZip, EXTERNAL_CASES, W_NS, xxe,
} from './craft';

const DOC_PREFIX = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>`;

function refusal(bytes: Uint8Array, codec: Codec): UnusableDocumentError {
  try {
    readDocx(bytes, codec);
  } catch (error) {
    if (error instanceof UnusableDocumentError) return error;
    throw new Error(`readDocx threw ${String(error)} instead of UnusableDocumentError`);
  }
  throw new Error('readDocx accepted the input');
}

function expectRefused(bytes: Uint8Array, codec: Codec = fflateCodec): string {
  const error = refusal(bytes, codec);
  expect(error.message).not.toMatch(/\n/);
  expect(error.message.length).toBeGreaterThan(10);
  return error.message;
}

/** Runs `fn`, returning its duration and how much ArrayBuffer memory it left allocated. */
function measure(fn: () => void): { ms: number; arrayBufferGrowth: number } {
  const before = process.memoryUsage().arrayBuffers;
  const start = performance.now();
  fn();
  const ms = performance.now() - start;
  return { ms, arrayBufferGrowth: process.memoryUsage().arrayBuffers - before };
}

const filled = fixture('clean-filled.docx');

const hostile: ReadonlyArray<readonly [string, () => Uint8Array]> = [
  ['not a zip (plain text)', () => strToU8('Dit is geen Word-document maar platte tekst.\n')],
  ['an empty file', () => new Uint8Array(0)],
  ['a real .docx cut in half', () => filled.slice(0, Math.floor(filled.length / 2))],
  ['a real .docx without its end-of-central-directory record', () => filled.slice(0, filled.length - 22)],
  ['a real .docx cut after the first local header', () => filled.slice(0, 200)],
  ['a zip without word/document.xml', () => zipSync({ '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'), 'docProps/app.xml': strToU8('<Properties/>') })],
  ['a zip whose relationship points to a missing main part', () => rawZip([
    deflatedEntry('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/elders.xml"/></Relationships>'),
  ])],
  ['an OLE compound file (encrypted .docx or .doc)', () => cfbFile()],
  ['a main part that is not WordprocessingML', () => minimalDocx('<?xml version="1.0"?><html><body><p>Verwerkersovereenkomst</p></body></html>')],
  ['a main part that is not XML', () => minimalDocx('Verwerkersovereenkomst <<< geen xml')],
  ['a main part that is invalid UTF-8 garbage', () => rawZip([deflatedEntry('word/document.xml', new Uint8Array([0xff, 0xfe, 0x00, 0x3c, 0xc3, 0x28, 0xa0, 0xa1]))])],
  ['a main part with an undeclared entity', () => minimalDocx(`<?xml version="1.0"?><w:document xmlns:w="${W_NS}"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`)],
  ['billion laughs in word/document.xml', () => minimalDocx(billionLaughs())],
  ['billion laughs in word/styles.xml', () => minimalDocx(documentXmlOf(['Verwerkersovereenkomst']), [
    deflatedEntry('word/_rels/document.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
    deflatedEntry('word/styles.xml', billionLaughs('w:styles')),
  ])],
  ['billion laughs in _rels/.rels', () => rawZip([
    deflatedEntry('_rels/.rels', billionLaughs('Relationships')),
    deflatedEntry('word/document.xml', documentXmlOf(['x'])),
  ])],
  ['XXE: an external entity to /etc/passwd', () => minimalDocx(xxe())],
  ['XXE through a parameter entity', () => minimalDocx(`<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;]><w:document xmlns:w="${W_NS}"><w:body/></w:document>`)],
  ['a zip with 6000 entries', () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': strToU8(documentXmlOf(['x'])) };
    for (let i = 0; i < 6000; i += 1) files[`word/media/image${i}.png`] = new Uint8Array(1);
    return zipSync(files, { level: 0 });
  }],
];

describe('readDocx refuses what cannot be checked', () => {
  it.each(hostile)('%s', (_name, make) => {
    const message = expectRefused(make());
    expect(message).not.toContain('root:');
  });

  it('refuses the legacy binary .doc renamed to .docx', () => {
    const path = join(EXTERNAL_CASES, 'legacy-doc-renamed.docx');
    const bytes = existsSync(path) ? new Uint8Array(readFileSync(path)) : cfbFile(32);
    expect(expectRefused(bytes)).toMatch(/\.doc|wachtwoord|versleuteld/);
  });

  it('never shows the content of an external entity', () => {
    const message = expectRefused(minimalDocx(xxe()));
    const passwd = existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8').split('\n')[0] ?? 'root:' : 'root:';
    expect(message).not.toContain(passwd.slice(0, 8));
  });
});

// Both codecs: fflate in the browser, Node's zlib on the command line.
describe.each([['fflate', fflateCodec], ['zlib', zlibCodec]] as const)('zip bombs (%s)', (_codecName, codec) => {
  // 200 MiB of spaces after the start of a document, ~200 KB compressed.
  const bomb = deflateBomb(DOC_PREFIX, 0x20, 200);

  it('builds a real bomb (sanity check of the test itself)', () => {
    expect(bomb.inflatedSize).toBeGreaterThan(200 * 1024 * 1024);
    expect(bomb.stored.length).toBeLessThan(400 * 1024);
  });

  it('refuses an entry whose central directory lies (declares 4 KiB, inflates to 200 MiB) without inflating it', () => {
    const zip = rawZip([
      deflatedEntry('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      { name: 'word/document.xml', stored: bomb.stored, method: 8, declaredSize: 4096, crc: 0 },
    ]);
    let message = '';
    const cost = measure(() => { message = expectRefused(zip, codec); });
    expect(message).toMatch(/beschadigd|geweigerd|zip/i);
    // Inflating 200 MiB takes far longer and would leave a 200 MiB buffer behind.
    expect(cost.arrayBufferGrowth).toBeLessThan(64 * 1024 * 1024);
    expect(cost.ms).toBeLessThan(3000);
  });

  it('refuses the lie in another part that is read (word/styles.xml)', () => {
    const zip = rawZip([
      deflatedEntry('word/document.xml', documentXmlOf(['Verwerkersovereenkomst'])),
      deflatedEntry('word/_rels/document.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
      { name: 'word/styles.xml', stored: bomb.stored, method: 8, declaredSize: 1000, crc: 0 },
    ]);
    const cost = measure(() => expectRefused(zip, codec));
    expect(cost.arrayBufferGrowth).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an honest bomb by its declared size before inflating', () => {
    const zip = rawZip([{ name: 'word/document.xml', stored: bomb.stored, method: 8, declaredSize: bomb.inflatedSize, crc: 0 }]);
    const cost = measure(() => expect(expectRefused(zip, codec)).toMatch(/zip-bom|te groot|gecomprimeerd/));
    expect(cost.arrayBufferGrowth).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a declared size under the part limit but with a bomb\'s compression ratio', () => {
    const zip = rawZip([{ name: 'word/document.xml', stored: bomb.stored, method: 8, declaredSize: 60 * 1024 * 1024, crc: 0 }]);
    const cost = measure(() => expectRefused(zip, codec));
    expect(cost.arrayBufferGrowth).toBeLessThan(16 * 1024 * 1024);
  });

  it.each(['unusable-zip-bomb.docx', 'unusable-billion-laughs.docx'])('refuses the shared %s', (name) => {
    const path = join(EXTERNAL_CASES, name);
    if (!existsSync(path)) return;
    const cost = measure(() => expectRefused(new Uint8Array(readFileSync(path)), codec));
    expect(cost.ms).toBeLessThan(5000);
  });
});

describe('vo-assistent check exits 2 with one Dutch line on stderr', () => {
  const inputs = new Map<string, Uint8Array>(hostile.map(([name, make], i) => [`in/${i}-${name.replace(/[^a-z0-9]+/gi, '-')}.docx`, make()]));
  inputs.set('in/unusable-letter.docx', fixture('unusable-letter.docx'));
  inputs.set('in/unusable-empty.docx', fixture('unusable-empty.docx'));
  inputs.set('in/cfb.docx', cfbFile());

  it.each([...inputs.keys()].map((k) => [k]))('%s', async (path) => {
    for (const args of [['check', path], ['check', path, '--json']]) {
      const cap = captureIO(inputs);
      const status = await runCli(args, cap.io);
      expect(status).toBe(2);
      expectOneLineReason(cap.err());
      expect(cap.err()).not.toMatch(/Onverwachte fout|onverwachte fout/);
      for (const line of cap.out().split('\n').filter((l) => l !== '')) expect(() => JSON.parse(line)).not.toThrow();
    }
  });

  it('reports a missing file in one line', async () => {
    const cap = captureIO(new Map());
    expect(await runCli(['check', 'bestaat-niet.docx'], cap.io)).toBe(2);
    expectOneLineReason(cap.err());
  });

  it('gives the highest status over several files and one JSON line per file, an unusable one too', async () => {
    const files = new Map<string, Uint8Array>([
      ['a.docx', fixture('clean-filled.docx')],
      ['b.docx', strToU8('geen zip')],
      ['c.docx', fixture('alt-number-art-5.1-48uur.docx')],
    ]);
    const cap = captureIO(files);
    const status = await runCli(['check', 'a.docx', 'b.docx', 'c.docx', '--json'], cap.io);
    expect(status).toBe(2);
    const lines = cap.out().split('\n').filter((l) => l !== '');
    const objects = lines.map((l) => JSON.parse(l) as { file: string });
    expect(objects.map((o) => o.file)).toEqual(['a.docx', 'b.docx', 'c.docx']);
    expectOneLineReason(cap.err());
    expect(cap.err()).toContain('b.docx');
  });
});
