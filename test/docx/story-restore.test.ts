// "Standaardtekst herstellen" on inserted text outside the body: the text in a header, a footer, a
// note or a text box is deleted as a tracked change in the part that holds it, after which the
// check has no error left; and inserted text over several paragraphs, one finding, goes whole.
import { STD } from '../helpers/standard';
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { restorePlan } from '../../src/taskpane/check/review';
import { OWN_FIXTURES } from '../helpers/paths';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(OWN_FIXTURES, name)));
const errorsOf = (snapshot: DocumentSnapshot): Finding[] => checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');
const parts = (bytes: Uint8Array): Record<string, string> => Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));

describe('restoring inserted text in a story of a LibreOffice document', () => {
  it.each([
    ['alt-story-header-default-5.1.docx', 'header', 'word/header'],
    ['alt-story-header-first-5.1.docx', 'header', 'word/header'],
    ['alt-story-header-even-4.2.docx', 'header', 'word/header'],
    ['alt-story-section2-header-gibit-16.3.docx', 'header', 'word/header'],
    ['alt-story-footer-8.1.docx', 'footer', 'word/footer'],
    ['alt-story-footnote-5.1.docx', 'footnote', 'word/footnotes.xml'],
    ['alt-story-endnote-4.3.docx', 'endnote', 'word/endnotes.xml'],
    ['alt-story-textbox-6.1.docx', 'textbox', 'word/document.xml'],
  ] as const)('%s: the %s text is deleted as a tracked change there', (name, story, where) => {
    const bytes = fixture(name);
    const before = readDocx(bytes);
    const found = errorsOf(before);
    expect(found).toEqual([expect.objectContaining({ kind: 'inserted', story })]);
    const inserted = found[0] as Finding;
    expect(inserted.restore?.kind).toBe('delete');
    const out = applyPlanToDocx(bytes, restorePlan(inserted, 'Gemeente', before, STD));
    expect(errorsOf(readDocx(out))).toEqual([]);
    const [was, now] = [parts(bytes), parts(out)];
    const touched = Object.keys(now).filter((path) => now[path] !== was[path]);
    expect(touched.length).toBe(1);
    expect(touched[0]?.startsWith(where)).toBe(true);
    expect(now[touched[0] as string]).toMatch(/<w:del w:id="\d+" w:author="Gemeente">/);
  });

});

describe('inserted text over several paragraphs', () => {
  /** LibreOffice's document with a paragraph inserted after 2.2, and a second one right after it. */
  const twoInserted = (): Uint8Array => {
    const files = unzipSync(fixture('alt-inserted-after-art-2.2.docx'));
    const xml = strFromU8(files['word/document.xml'] as Uint8Array);
    const at = xml.indexOf('Verwerker mag de Persoonsgegevens na afloop');
    const start = xml.lastIndexOf('<w:p>', at);
    const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
    const second = xml.slice(start, end).replace(/<w:t>[^<]*<\/w:t>/, '<w:t>Verwerker mag ook een kopie bewaren in een ander land.</w:t>');
    return zipSync({ ...files, 'word/document.xml': strToU8(xml.slice(0, end) + second + xml.slice(end)) });
  };

  it('is one finding holding both, and restoring it deletes both as tracked changes', () => {
    const bytes = twoInserted();
    const before = readDocx(bytes);
    const found = errorsOf(before);
    expect(found).toEqual([expect.objectContaining({ kind: 'inserted', clause: 'art-2.2', story: 'body' })]);
    const inserted = found[0] as Finding;
    expect(inserted.actual).toBe('Verwerker mag de Persoonsgegevens na afloop van de Hoofdovereenkomst nog twaalf maanden bewaren voor eigen analyses.\nVerwerker mag ook een kopie bewaren in een ander land.');
    expect(inserted.lastParagraphIndex).toBe((inserted.paragraphIndex as number) + 1);
    const plan = restorePlan(inserted, 'Gemeente', before, STD);
    expect(plan.edits.map((e) => e.op === 'delete-paragraph' && e.paragraphIndex)).toEqual([inserted.paragraphIndex, inserted.lastParagraphIndex]);
    const out = applyPlanToDocx(bytes, plan);
    expect(errorsOf(readDocx(out))).toEqual([]);
    expect(parts(out)['word/document.xml']?.match(/<w:delText[^>]*>Verwerker mag (?:de|ook)/g)).toHaveLength(2);
  });
});
