// The two codecs (fflate in the browser, Node's zlib on the command line) must read every
// document the same way and write packages the other can read; the zip reader refuses entries
// that do not inflate to exactly their declared size.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { strToU8, unzipSync } from 'fflate';
import { UnusableDocumentError } from '../../src/core/findings';
import { planFill } from '../../src/core/fill-plan';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { fflateCodec } from '../../src/docx/codec';
import { openDocx, readDocx, snapshotOf } from '../../src/docx/package';
import { zlibCodec } from '../../src/docx/zlib-codec';
import { COMPLETE_ANSWERS } from '../fill/answers-fixture';
import { OWN_FIXTURES, EXTERNAL_FIXTURES } from '../helpers/paths';
import { crc32, deflatedEntry, documentXmlOf, fixture, rawZip } from '../robustness/craft';
import { STD } from '../helpers/standard';

const ownDocuments = readdirSync(OWN_FIXTURES).filter((n) => n.endsWith('.docx')).map((n) => join(OWN_FIXTURES, n));
const externalDocuments = ['base', 'cases'].flatMap((dir) => readdirSync(join(EXTERNAL_FIXTURES, dir)).filter((n) => n.endsWith('.docx')).map((n) => join(EXTERNAL_FIXTURES, dir, n)));

/** The snapshot, or the Dutch reason the document was refused. */
function outcome(bytes: Uint8Array, codec: typeof fflateCodec): unknown {
  try {
    return readDocx(bytes, codec);
  } catch (error) {
    if (error instanceof UnusableDocumentError) return { refused: error.message };
    throw error;
  }
}

describe('fflate and zlib read every document alike', () => {
  it.each([...ownDocuments, ...externalDocuments].map((path) => [path.slice(path.lastIndexOf('/') + 1), path]))('%s', (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    expect(outcome(bytes, zlibCodec)).toEqual(outcome(bytes, fflateCodec));
  });
});

describe('zip entries', () => {
  const document = documentXmlOf(['Verwerkersovereenkomst']);

  it.each([['fflate', fflateCodec], ['zlib', zlibCodec]] as const)('reads stored (uncompressed) entries with %s', (_name, codec) => {
    const data = strToU8(document);
    const zip = rawZip([{ name: 'word/document.xml', stored: data, method: 0, declaredSize: data.length, crc: crc32(data) }]);
    expect(readDocx(zip, codec).blocks).toHaveLength(1);
  });

  it.each([['fflate', fflateCodec], ['zlib', zlibCodec]] as const)('refuses with %s an entry that inflates to less than it declares', (_name, codec) => {
    const zip = rawZip([deflatedEntry('word/document.xml', document, { declaredSize: document.length + 10 })]);
    expect(() => readDocx(zip, codec)).toThrow(/zip-structuur/);
  });

  it.each([['fflate', fflateCodec], ['zlib', zlibCodec]] as const)('refuses with %s an entry that inflates to more than it declares', (_name, codec) => {
    const zip = rawZip([deflatedEntry('word/document.xml', document, { declaredSize: document.length - 10 })]);
    expect(() => readDocx(zip, codec)).toThrow(/zip-structuur/);
  });

  it('refuses a compression method a .docx never uses', () => {
    const zip = rawZip([deflatedEntry('word/document.xml', document)]);
    // Method field of the central record (offset 10) of the only entry: 8 (deflate) becomes 12 (bzip2).
    const centralStart = zip.length - 22 - (46 + 'word/document.xml'.length);
    zip[centralStart + 10] = 12;
    expect(() => readDocx(zip, zlibCodec)).toThrow(/zip-structuur/);
  });

  it('a fill written with zlib reads back with fflate to the same parts and the same check', () => {
    const base = fixture('clean-unfilled.docx');
    const pkg = openDocx(base, { codec: zlibCodec });
    const result = planFill(snapshotOf(pkg), COMPLETE_ANSWERS, STD);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const viaZlib = applyPlanToDocx(base, result.plan, zlibCodec);
    const viaFflate = applyPlanToDocx(base, result.plan, fflateCodec);
    expect(unzipSync(viaZlib)).toEqual(unzipSync(viaFflate));
    expect(readDocx(viaZlib, fflateCodec)).toEqual(readDocx(viaFflate, zlibCodec));
  });
});
