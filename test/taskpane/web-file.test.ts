// The browser page's handling of chosen files: every bad input gets one Dutch sentence.
import { readFileSync } from 'fs';
import { join } from 'path';
import { resultFileName } from '../../src/web/download';
import { checkFileInfo, MAX_FILE_BYTES, readChosenFile } from '../../src/web/file-check';
import { marksOf } from '../../src/web/preview-marks';
import { checkSnapshot } from '../../src/core/check';
import { FIXTURES, fixtureSnapshot } from './fake-port';
import { STD } from '../helpers/standard';

function bytesOf(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, relative)));
}

describe('choosing a file', () => {
  test('refuses other kinds of file by name, and large files by size, before reading them', () => {
    expect(checkFileInfo('contract.pdf', 1000)).toEqual({ ok: false, message: expect.stringMatching(/PDF/) });
    expect(checkFileInfo('contract.doc', 1000)).toEqual({ ok: false, message: expect.stringMatching(/oud Word-bestand/) });
    expect(checkFileInfo('foto.png', 1000)).toEqual({ ok: false, message: expect.stringMatching(/geen Word-document/) });
    const big = checkFileInfo('groot.docx', 50 * 1024 * 1024);
    expect(big).toEqual({ ok: false, message: expect.stringMatching(/50,0 MB.*tot 25,0 MB/) });
    expect(checkFileInfo('goed.DOCX', MAX_FILE_BYTES)).toEqual({ ok: true });
  });

  test('names a PDF renamed to .docx for what it is', () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n');
    expect(readChosenFile('retour.docx', pdf)).toEqual({ ok: false, message: expect.stringMatching(/PDF met de extensie \.docx/) });
  });

  test('explains a file that is not a zip or an old .doc', () => {
    const notZip = readChosenFile('x.docx', bytesOf('cases/not-a-zip.docx'));
    expect(notZip.ok).toBe(false);
    expect(notZip.ok ? '' : notZip.message).toMatch(/^“x\.docx” kan niet worden geopend: /);
    const legacy = readChosenFile('y.docx', bytesOf('cases/legacy-doc-renamed.docx'));
    expect(legacy.ok ? '' : legacy.message).toMatch(/\.doc/);
  });

  test('a corrupt zip gets a sentence, not a crash', () => {
    const good = bytesOf('base/template-word.docx');
    const cut = good.slice(0, Math.floor(good.length / 2));
    const result = readChosenFile('half.docx', cut);
    expect(result.ok).toBe(false);
  });

  test('opens a real agreement', () => {
    expect(readChosenFile('t.docx', bytesOf('base/template-word.docx')).ok).toBe(true);
  });
});

describe('result and preview', () => {
  test('the result is named <naam>-ingevuld.docx, once', () => {
    expect(resultFileName('leverancier.docx')).toBe('leverancier-ingevuld.docx');
    expect(resultFileName('leverancier-ingevuld.docx')).toBe('leverancier-ingevuld.docx');
    expect(resultFileName('.docx')).toBe('verwerkersovereenkomst-ingevuld.docx');
  });

  test('marks the paragraph of each finding with a label in words', () => {
    const report = checkSnapshot(fixtureSnapshot('cases/lo-48uur.docx'), STD);
    const finding = report.findings.find((f) => f.clause === 'art-5.1' && f.severity === 'error');
    const marks = marksOf(report);
    expect(finding?.paragraphIndex).not.toBeNull();
    expect(marks.get(finding?.paragraphIndex ?? -1)).toEqual({ severity: 'error', label: 'Afwijking – Artikel 5.1' });
    expect(marksOf(null).size).toBe(0);
  });
});
