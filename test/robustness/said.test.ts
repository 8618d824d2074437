// What a package holds beyond its text is said, never passed over: a wrong checksum makes it
// unusable (as LibreOffice and Word refuse it), two entries of one name too (one reader would show
// the first, another the last), macros and damaged optional parts are named in the report.
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import { UnusableDocumentError } from '../../src/core/findings';
import { type Codec, fflateCodec } from '../../src/docx/codec';
import { readDocx } from '../../src/docx/package';
import { rewriteZip } from '../../src/docx/write-zip';
import { readZipDirectory } from '../../src/docx/zip';
import { zlibCodec } from '../../src/docx/zlib-codec';
import { crc32, deflatedEntry, editedFixture, fixture, type RawEntry, rawZip } from './craft';
import { STD } from '../helpers/standard';

const BASE = 'clean-filled.docx';
const codecs: [string, Codec][] = [['fflate', fflateCodec], ['zlib', zlibCodec]];

/** The fixture's parts as raw entries (deflated, or stored when `stored` names them), with `change` applied. */
function entriesOf(name: string, change: (e: RawEntry) => RawEntry = (e) => e, stored: readonly string[] = []): RawEntry[] {
  return Object.entries(unzipSync(fixture(name))).map(([path, data]) => change(stored.includes(path)
    ? { name: path, stored: data, method: 0, declaredSize: data.length, crc: crc32(data) }
    : deflatedEntry(path, data)));
}

function refusalOf(bytes: Uint8Array, codec: Codec): string {
  try {
    readDocx(bytes, codec);
  } catch (error) {
    if (error instanceof UnusableDocumentError) return error.message;
    throw error;
  }
  return 'accepted';
}

const otherMessages = (bytes: Uint8Array): string[] => checkSnapshot(readDocx(bytes, zlibCodec), STD).findings.filter((f) => f.kind === 'other').map((f) => f.message);

describe.each(codecs)('a package read with %s', (_, codec) => {
  it('is refused when the checksum of the main document, or of a stored part, is wrong', () => {
    const flip = (target: string) => (e: RawEntry): RawEntry => (e.name === target ? { ...e, crc: (e.crc ^ 0x10) >>> 0 } : e);
    expect(refusalOf(rawZip(entriesOf(BASE)), codec)).toBe('accepted');
    expect(refusalOf(rawZip(entriesOf(BASE, flip('word/document.xml'))), codec)).toMatch(/controlesom van onderdeel word\/document\.xml klopt niet/);
    expect(refusalOf(rawZip(entriesOf(BASE, flip('word/styles.xml'), ['word/styles.xml'])), codec)).toMatch(/controlesom van onderdeel word\/styles\.xml/);
  });

  it('is refused when it holds two entries of one name (also differing only in case)', () => {
    const entries = entriesOf(BASE);
    const main = entries.find((e) => e.name === 'word/document.xml') as RawEntry;
    const other = deflatedEntry('word/document.xml', strFromU8(unzipSync(fixture('alt-number-art-5.1-48uur.docx'))['word/document.xml'] as Uint8Array));
    expect(refusalOf(rawZip([...entries, other]), codec)).toMatch(/word\/document\.xml staat er meer dan eens in/);
    expect(refusalOf(rawZip([...entries, { ...main, name: 'WORD/document.xml' }]), codec)).toMatch(/meer dan eens/);
  });
});

describe('the report', () => {
  const docm = (): Uint8Array => {
    const vba = deflatedEntry('word/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    const entries = entriesOf(BASE, (e) => {
      const text = strFromU8(unzipSync(rawZip([e]))[e.name] as Uint8Array);
      if (e.name === '[Content_Types].xml') {
        return deflatedEntry(e.name, text.replace('wordprocessingml.document.main+xml', 'ms-word.document.macroEnabled.main+xml')
          .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'));
      }
      if (e.name === 'word/_rels/document.xml.rels') {
        return deflatedEntry(e.name, text.replace('</Relationships>', '<Relationship Id="rId77" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
      }
      return e;
    });
    return rawZip([...entries, vba]);
  };

  it('names macros (a .docm with a VBA project), and says nothing of them in a plain .docx', () => {
    expect(otherMessages(docm()).join(' ')).toMatch(/macro's/);
    expect(otherMessages(fixture(BASE)).join(' ')).not.toMatch(/macro/);
  });

  it('names a damaged styles part (a style the document does not use is cut off) and a damaged settings part', () => {
    const styles = editedFixture(BASE, (x) => x.replace('</w:styles>', '<w:style w:type="paragraph" w:styleId="Kapot"><w:name w:val="x"/><w:pPr></w:style></w:styles>'), 'word/styles.xml');
    expect(otherMessages(styles).join(' ')).toMatch(/Onderdeel word\/styles\.xml is beschadigd/);
    const truncated = editedFixture(BASE, (x) => x.slice(0, x.length - 40), 'word/styles.xml');
    expect(otherMessages(truncated).join(' ')).toMatch(/word\/styles\.xml is beschadigd/);
    const settings = editedFixture(BASE, (x) => x.replace('</w:settings>', '<w:zoom></w:settings>'), 'word/settings.xml');
    expect(otherMessages(settings).join(' ')).toMatch(/Onderdeel word\/settings\.xml is beschadigd/);
    expect(otherMessages(fixture(BASE))).toEqual([]);
  });
});

describe('rewriting a package', () => {
  it('writes each entry once, also when the input holds a name twice', () => {
    const entries = entriesOf(BASE);
    const twice = rawZip([...entries, deflatedEntry('word/fontTable.xml', '<w:fonts/>')]);
    const out = rewriteZip(twice, { 'word/settings.xml': strToU8('<w:settings/>') }, () => ({}), zlibCodec);
    const names = (readZipDirectory(out) ?? []).map((e) => e.name);
    expect(names.filter((n) => n === 'word/fontTable.xml')).toHaveLength(1);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toHaveLength(entries.length);
  });
});
