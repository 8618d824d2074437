// The review edits in a .docx (the browser page): restoring a provision's standard text, tracked or
// not; a comment on a paragraph; the reviewer's decisions stored and read back. Every case goes
// through the real reader and checker afterwards, on documents LibreOffice made.
import { STD } from '../helpers/standard';
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { unzipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import type { Edit } from '../../src/core/plan';
import { allParagraphs, visibleText } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { restorePlan } from '../../src/taskpane/check/review';
import { hasLibreOffice } from '../fill/helpers';
import { OWN_FIXTURES, EXTERNAL_FIXTURES } from '../helpers/paths';
import { fixture } from '../robustness/craft';

const apply = (bytes: Uint8Array, ...edits: Edit[]): Uint8Array => applyPlanToDocx(bytes, { edits, summary: [] });
const errorsOf = (bytes: Uint8Array): Finding[] => checkSnapshot(readDocx(bytes), STD).findings.filter((f) => f.severity === 'error');
const restorable = (f: Finding): boolean => f.restore?.kind === 'text' && (f.kind === 'altered' || f.kind === 'hidden');
/** The text a finding's restore puts back ('' for a restore of another kind). */
const restoredText = (f: Finding): string => (f.restore?.kind === 'text' ? f.restore.text : '');
const paragraphText = (bytes: Uint8Array, index: number): string => visibleText([...allParagraphs(readDocx(bytes))][index]!);

describe('restore-paragraph in a .docx', () => {
  const altered = fixture('alt-number-art-5.1-48uur.docx');
  const finding = errorsOf(altered).find((f) => f.clause === 'art-5.1' && f.kind === 'altered')!;

  it('finds the altered provision to restore (sanity check of the fixture)', () => {
    expect(finding).toBeDefined();
    expect(restorable(finding)).toBe(true);
  });

  it('restores word by word as a tracked change: only "48" deleted and "24" inserted, the check clean', () => {
    const out = apply(altered, { op: 'restore-paragraph', paragraphIndex: finding.paragraphIndex!, text: restoredText(finding), tracked: true, scope: 'words', author: 'Gemeente' });
    expect(errorsOf(out)).toEqual([]);
    const paragraph = [...allParagraphs(readDocx(out))][finding.paragraphIndex!]!;
    expect(paragraph.segments.filter((s) => s.revision === 'deleted').map((s) => s.text)).toEqual(['48']);
    expect(paragraph.segments.filter((s) => s.revision === 'inserted').map((s) => s.text)).toEqual(['24']);
    expect(visibleText(paragraph)).toBe(restoredText(finding));
    // What remains is a warning: the revisions, which accepted give exactly the standard text.
    expect(checkSnapshot(readDocx(out), STD).findings.find((f) => f.kind === 'tracked-change' && f.clause === 'art-5.1'))
      .toMatchObject({ severity: 'warning', message: 'Artikel 5.1 bevat bijgehouden wijzigingen; zoals de tekst er nu staat, is die gelijk aan de standaard' });
    const xml = new TextDecoder().decode(unzipSync(out)['word/document.xml']);
    expect(xml).toContain('w:author="Gemeente"');
    expect(xml).toMatch(/<w:del [^>]*><w:r>(?:<w:rPr\/>|<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve">48<\/w:delText><\/w:r><\/w:del><w:ins [^>]*><w:r>(?:<w:rPr\/>|<w:rPr>.*?<\/w:rPr>)?<w:t xml:space="preserve">24<\/w:t>/);
  });

  it('restores the whole paragraph as a tracked change: all old text deleted, the standard text inserted', () => {
    const out = apply(altered, { op: 'restore-paragraph', paragraphIndex: finding.paragraphIndex!, text: restoredText(finding), tracked: true, scope: 'paragraph', author: 'Gemeente' });
    expect(errorsOf(out)).toEqual([]);
    const paragraph = [...allParagraphs(readDocx(out))][finding.paragraphIndex!]!;
    expect(paragraph.segments.filter((s) => s.revision === 'inserted').map((s) => s.text).join('')).toBe(restoredText(finding));
    expect(paragraph.segments.filter((s) => s.revision === 'deleted').map((s) => s.text).join('')).toBe(paragraphText(altered, finding.paragraphIndex!));
  });

  it.each(['words', 'paragraph'] as const)('restores without tracking (%s): only the standard text, its numbering kept', (scope) => {
    const out = apply(altered, { op: 'restore-paragraph', paragraphIndex: finding.paragraphIndex!, text: restoredText(finding), tracked: false, scope, author: 'Gemeente' });
    expect(errorsOf(out)).toEqual([]);
    const before = [...allParagraphs(readDocx(altered))][finding.paragraphIndex!]!;
    const after = [...allParagraphs(readDocx(out))][finding.paragraphIndex!]!;
    expect(visibleText(after)).toBe(restoredText(finding));
    expect(after.segments.every((s) => s.revision === 'none')).toBe(true);
    expect(after.listLabel).toBe(before.listLabel);
  });

  it('makes text hidden through a style visible again', () => {
    const hidden = fixture('alt-hidden-style-art-6.1.docx');
    const found = checkSnapshot(readDocx(hidden), STD).findings.find((f) => f.kind === 'hidden' && restorable(f))!;
    expect(found).toBeDefined();
    const out = apply(hidden, ...restorePlan(found, '', readDocx(hidden), STD).edits);
    expect(paragraphText(out, found.paragraphIndex!)).toBe(restoredText(found));
    expect(errorsOf(out)).toEqual([]);
  });

  // Every restorable finding of every altered fixture, restored in one plan: the check is clean of them.
  // Ours, made by LibreOffice, and the shared ones other producers made (Word, pandoc, LibreOffice).
  const alteredFixtures = [
    ...readdirSync(OWN_FIXTURES).filter((n) => n.startsWith('alt-') && n.endsWith('.docx')).map((n) => join(OWN_FIXTURES, n)),
    ...['lo-48uur.docx', 'lo-tracked-del-4.2.docx', 'word-hidden-5.2.docx', 'word-insert-after-5.2.docx', 'alt-lo-art4.4-hidden-by-style.docx', 'alt-lo-art5.3-inserted-renumbered.docx'].map((n) => join(EXTERNAL_FIXTURES, 'cases', n)),
  ];
  it.each(alteredFixtures.map((path) => [basename(path), path]))('%s: restoring every restorable finding leaves none of them', (_name, path) => {
    const bytes = new Uint8Array(readFileSync(path));
    const snapshot = readDocx(bytes);
    const findings = checkSnapshot(snapshot, STD).findings.filter(restorable);
    const out = apply(bytes, ...findings.flatMap((f) => restorePlan(f, '', snapshot, STD).edits));
    const left = checkSnapshot(readDocx(out), STD).findings.filter(restorable);
    expect(left.filter((f) => findings.some((g) => g.paragraphIndex === f.paragraphIndex))).toEqual([]);
  });
});

describe('add-comment in a .docx', () => {
  it('adds a comments part where there was none, anchored on the paragraph', () => {
    const bytes = fixture('clean-filled.docx');
    const index = 5;
    const out = apply(bytes, { op: 'add-comment', paragraphIndex: index, text: 'Graag toelichten <waarom> & hoe.', author: 'J. de Vries' });
    const snapshot = readDocx(out);
    expect(snapshot.comments).toEqual([expect.objectContaining({ author: 'J. de Vries', text: 'Graag toelichten <waarom> & hoe.' })]);
    const id = snapshot.comments[0]!.id;
    expect([...allParagraphs(snapshot)][index]!.commentIds).toEqual([id]);
    expect(paragraphText(out, index)).toBe(paragraphText(bytes, index));
    const parts = unzipSync(out);
    expect(new TextDecoder().decode(parts['[Content_Types].xml'])).toContain('/word/comments.xml');
  });

  it('adds to the comments a document has, with an id of its own', () => {
    const bytes = fixture('clean-comment-on-standard.docx');
    const before = readDocx(bytes).comments;
    expect(before.length).toBeGreaterThan(0);
    const out = apply(bytes,
      { op: 'add-comment', paragraphIndex: 2, text: 'Eerste', author: 'A' },
      { op: 'add-comment', paragraphIndex: 3, text: 'Tweede', author: 'B' });
    const after = readDocx(out).comments;
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((c) => c.text)).toEqual(['Eerste', 'Tweede']);
    expect(new Set(after.map((c) => c.id)).size).toBe(after.length);
  });
});

describe('store-review in a .docx', () => {
  it('stores the decisions beside the answers and reads them back; storing again replaces them', () => {
    const bytes = fixture('clean-filled.docx');
    const answers = readDocx(bytes).storedAnswers;
    const first = apply(bytes, { op: 'store-review', json: '{"version":1,"reviewer":"A","decisions":[]}' });
    expect(readDocx(first).storedReview).toBe('{"version":1,"reviewer":"A","decisions":[]}');
    expect(readDocx(first).storedAnswers).toBe(answers);
    const second = apply(first, { op: 'store-review', json: '{"version":1,"reviewer":"B & C","decisions":[]}' });
    expect(readDocx(second).storedReview).toBe('{"version":1,"reviewer":"B & C","decisions":[]}');
    expect(Object.keys(unzipSync(second)).filter((p) => p.startsWith('customXml/item') && !p.includes('Props'))).toHaveLength(Object.keys(unzipSync(first)).filter((p) => p.startsWith('customXml/item') && !p.includes('Props')).length);
  });
});

// LibreOffice, another producer, must understand what the review edits wrote: it opens the file,
// keeps the tracked changes and the comment when it saves it again, and prints it.
const libreoffice = hasLibreOffice();
(libreoffice ? describe : describe.skip)('LibreOffice reads the review edits', () => {
  it('keeps the word-by-word restore as tracked changes and the comment through its own save, and prints the page', () => {
    const altered = fixture('alt-number-art-5.1-48uur.docx');
    const finding = errorsOf(altered).find((f) => f.clause === 'art-5.1' && f.kind === 'altered')!;
    const out = apply(altered,
      ...restorePlan(finding, '', readDocx(altered), STD).edits,
      { op: 'add-comment', paragraphIndex: finding.paragraphIndex!, text: 'Hersteld naar de standaardtekst.', author: 'Gemeente' });
    const dir = mkdtempSync(join(tmpdir(), 'vo-review-lo-'));
    try {
      const input = join(dir, 'beoordeeld.docx');
      writeFileSync(input, out);
      const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
      execFileSync(libreoffice as string, [profile, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', join(dir, 'lo'), input], { stdio: 'ignore', timeout: 170_000 });
      execFileSync(libreoffice as string, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, input], { stdio: 'ignore', timeout: 170_000 });
      expect(readFileSync(join(dir, 'beoordeeld.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
      const saved = readDocx(new Uint8Array(readFileSync(join(dir, 'lo', 'beoordeeld.docx'))));
      const paragraph = [...allParagraphs(saved)].find((p) => p.segments.some((s) => s.revision === 'inserted'));
      expect(paragraph?.segments.filter((s) => s.revision === 'inserted').map((s) => s.text)).toEqual(['24']);
      expect(paragraph?.segments.filter((s) => s.revision === 'deleted').map((s) => s.text)).toEqual(['48']);
      expect(paragraph && visibleText(paragraph)).toBe(restoredText(finding));
      expect(saved.comments.map((c) => [c.author, c.text])).toEqual([['Gemeente', 'Hersteld naar de standaardtekst.']]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
