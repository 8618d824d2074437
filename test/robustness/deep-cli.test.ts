// Inputs nested deeper than any document Word writes, through the real command line (its main
// thread's stack, not a worker's): every part is held to MAX_XML_DEPTH by the XML parser and the
// answers file to MAX_ANSWERS_DEPTH, so each is refused with a Dutch reason and exit 2, in check,
// scan and fill; and a document just inside the bound is read as usual.
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { MAX_XML_DEPTH } from '../../src/docx/xml';
import { editedFixture, expectOneLineReason, fixture, wrapFirstRun } from './craft';
import { CLI_ENTRY, runCliProcess } from './spawn';

jest.setTimeout(300_000);

const DEEP = 3000;
const BASE = 'clean-filled.docx';
const RELS = 'word/_rels/document.xml.rels';

/** The fixture with an extra part and (when given) a relationship from the main document to it. */
function withPart(path: string, xml: string, relType?: string): Uint8Array {
  const parts = unzipSync(fixture(BASE));
  if (relType !== undefined) {
    const rels = strFromU8(parts[RELS] as Uint8Array).replace('</Relationships>', `<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${relType}" Target="${path.replace('word/', '')}"/></Relationships>`);
    parts[RELS] = strToU8(rels);
  }
  return zipSync({ ...parts, [path]: strToU8(xml) });
}

const nested = (depth: number, name: string): string => `<${name}>`.repeat(depth) + `</${name}>`.repeat(depth);
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

const deepDocuments: Record<string, Uint8Array> = {
  'hyperlink.docx': editedFixture(BASE, (x) => wrapFirstRun(x, DEEP, '<w:hyperlink>', '</w:hyperlink>')),
  'smarttag.docx': editedFixture(BASE, (x) => wrapFirstRun(x, DEEP, '<w:smartTag w:element="x">', '</w:smartTag>')),
  'sdt.docx': editedFixture(BASE, (x) => wrapFirstRun(x, DEEP / 2, '<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>')),
  'customxml.docx': editedFixture(BASE, (x) => wrapFirstRun(x, DEEP, '<w:customXml w:element="x">', '</w:customXml>')),
  'mc.docx': editedFixture(BASE, (x) => wrapFirstRun(x, DEEP / 2, '<mc:AlternateContent><mc:Choice Requires="w14">', '</mc:Choice></mc:AlternateContent>')),
  'tabellen.docx': editedFixture(BASE, (x) => x.replace('<w:body>', `<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(DEEP)}<w:p/>${'</w:tc></w:tr></w:tbl>'.repeat(DEEP)}`)),
  'opmerkingen.docx': withPart('word/comments.xml', `<w:comments ${W}><w:comment w:id="1">${nested(DEEP, 'w:p')}</w:comment></w:comments>`, 'comments'),
  'eigen-xml.docx': withPart('customXml/item1.xml', `<answers xmlns="urn:vo-assistent:answers:1">${nested(DEEP, 'a')}</answers>`),
  'opmaakprofielen.docx': editedFixture(BASE, (x) => x.replace('</w:styles>', `<w:style w:type="paragraph" w:styleId="Diep">${nested(DEEP, 'w:rPr')}</w:style></w:styles>`), 'word/styles.xml'),
  'nummering.docx': editedFixture(BASE, (x) => x.replace(/<\/w:numbering>\s*$/, `${nested(DEEP, 'w:lvl')}</w:numbering>`), 'word/numbering.xml'),
};

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vo-deep-'));
  for (const [name, bytes] of Object.entries(deepDocuments)) writeFileSync(join(dir, name), bytes);
  writeFileSync(join(dir, 'binnen-de-grens.docx'), editedFixture(BASE, (x) => wrapFirstRun(x, MAX_XML_DEPTH - 20, '<w:hyperlink>', '</w:hyperlink>')));
  const inside = Math.floor((MAX_XML_DEPTH - 10) / 3);
  writeFileSync(join(dir, 'binnen-de-grens-tabellen.docx'), editedFixture(BASE, (x) => x.replace('<w:body>', `<w:body>${'<w:tbl><w:tr><w:tc>'.repeat(inside)}<w:p><w:r><w:t>cel</w:t></w:r></w:p>${'</w:tc></w:tr></w:tbl>'.repeat(inside)}`)));
  writeFileSync(join(dir, 'schoon.docx'), fixture(BASE));
  writeFileSync(join(dir, 'antwoorden.json'), '{"slots":{"gemeente.naam":"Utrecht"}}');
  writeFileSync(join(dir, 'diepe-antwoorden.json'), `{"slots":{"gemeente.naam":${'['.repeat(5000)}1${']'.repeat(5000)}}}`);
  writeFileSync(join(dir, 'diepe-tabel.json'), `{"tables":{"bijlage-1.verwerkingen":${'['.repeat(5000)}${']'.repeat(5000)}}}`);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[]): ReturnType<typeof runCliProcess> => runCliProcess(CLI_ENTRY, args, dir);

describe(`the command line (${CLI_ENTRY.name}) on parts nested ${DEEP} deep`, () => {
  it.each(Object.keys(deepDocuments))('%s: refused in check, scan and fill with the depth as reason', (name) => {
    for (const args of [['check', name, '--json'], ['scan', name, '--json'], ['fill', name, '--answers', 'antwoorden.json', '-o', 'uit.docx']]) {
      const r = run(args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expectOneLineReason(r.stderr);
      expect(r.stderr).toMatch(new RegExp(`meer dan ${MAX_XML_DEPTH} niveaus diep genest`));
      // Batch review: check --json gives the unusable file its own JSON line, with the same reason.
      if (args[0] === 'check') expect(JSON.parse(r.stdout)).toEqual({ file: name, unusable: r.stderr.replace(/^[^:]*: /, '').trim() });
      else expect(r.stdout).toBe('');
    }
  });

  it('reads a document nested just inside the bound as usual', () => {
    const check = run(['check', 'binnen-de-grens.docx', '--json']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const fill = run(['fill', 'binnen-de-grens.docx', '--answers', 'antwoorden.json', '-o', 'binnen-uit.docx']);
    expect(fill.stderr).toBe('');
    expect(fill.status).toBe(0);
  });

  it('has margin: the same document reads with a third of the main thread\'s default stack (984 KiB)', () => {
    for (const name of ['binnen-de-grens.docx', 'binnen-de-grens-tabellen.docx']) {
      const r = runCliProcess(CLI_ENTRY, ['check', name, '--json'], dir, undefined, ['--stack-size=320']);
      // Read and judged (the nested tables stand outside the agreement: text there is reported), not refused.
      expect({ name, stderr: r.stderr, read: r.status === 0 || r.status === 1 }).toEqual({ name, stderr: '', read: true });
      expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
    }
  });

  it.each(['diepe-antwoorden.json', 'diepe-tabel.json'])('fill refuses %s (5 000 nested arrays) with one Dutch problem', (answers) => {
    const r = run(['fill', 'schoon.docx', '--answers', answers, '-o', 'uit.docx']);
    expect(r.status).toBe(2);
    expectOneLineReason(r.stderr);
    expect(r.stderr).toMatch(/dieper genest dan \d+ niveaus/);
  });
});
