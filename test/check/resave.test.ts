// A supplier may open the agreement in another word processor and save it again without changing a
// word. LibreOffice rewrites numbering, styles and runs when it saves; the verdict must not change.
import { execFileSync } from 'child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { checkSnapshot } from '../../src/core/check';
import { readDocx } from '../../src/docx/package';
import { hasLibreOffice } from '../fill/helpers';
import { EXTERNAL_FIXTURES } from '../helpers/paths';
import { STD } from '../helpers/standard';

// Made by pandoc, Word and LibreOffice; clean and altered ones.
const DOCUMENTS = ['pandoc-multi.docx', 'pandoc-filled-no-b3.docx', 'word-filled-tables-b2.docx', 'word-hidden-5.2.docx', 'lo-48uur.docx'];

const verdict = (path: string): string[] =>
  checkSnapshot(readDocx(new Uint8Array(readFileSync(path))), STD).findings.filter((f) => f.severity === 'error').map((f) => `${f.clause}: ${f.kind}`).sort();

const libreoffice = hasLibreOffice();
(libreoffice ? describe : describe.skip)('the verdict survives a save by LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vo-resave-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    for (const name of DOCUMENTS) copyFileSync(join(EXTERNAL_FIXTURES, 'cases', name), join(dir, name));
    execFileSync(libreoffice as string, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'opgeslagen'), ...DOCUMENTS.map((n) => join(dir, n))], { stdio: 'ignore', timeout: 170_000 });
  }, 180_000);

  it.each(DOCUMENTS.map((n) => [n]))('%s', (name) => {
    expect(verdict(join(dir, 'opgeslagen', name))).toEqual(verdict(join(dir, name)));
  });
});
