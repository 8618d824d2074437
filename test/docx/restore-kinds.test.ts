// Restore for every kind of finding in a .docx: a missing provision comes back at its place, a
// moved one goes back, inserted text goes, a supplier's tracked change is rejected; each as a
// tracked change (the rejection excepted: it takes the supplier's change away), after which the
// check has no error left.
import { STD } from '../helpers/standard';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkSnapshot } from '../../src/core/check';
import type { Finding, FindingKind } from '../../src/core/findings';
import { allParagraphs, type DocumentSnapshot, visibleText } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { restorePlan } from '../../src/taskpane/check/review';
import { OWN_FIXTURES } from '../helpers/paths';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(OWN_FIXTURES, name)));
const errorsOf = (snapshot: DocumentSnapshot): Finding[] => checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');

/** Restores the first error of the kind, then every error left (one button press each), at most a few. */
function restoreAll(bytes: Uint8Array, kind: FindingKind): { first: Finding; out: Uint8Array } {
  let snapshot = readDocx(bytes);
  const first = errorsOf(snapshot).find((f) => f.kind === kind);
  if (!first) throw new Error(`geen bevinding van soort ${kind}`);
  let out = applyPlanToDocx(bytes, restorePlan(first, 'Gemeente', snapshot, STD));
  for (let round = 0; round < 3; round += 1) {
    snapshot = readDocx(out);
    const next = errorsOf(snapshot).find((f) => f.restore !== null);
    if (!next) break;
    out = applyPlanToDocx(out, restorePlan(next, 'Gemeente', snapshot, STD));
  }
  return { first, out };
}

const xmlOf = (bytes: Uint8Array): string => strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);

describe('restore in a .docx, per kind of finding', () => {
  it.each([
    ['alt-removed-art-2.3.docx', 'missing'],
    ['alt-removed-art-4.6.docx', 'missing'],
    ['alt-overweging-d-closing-removed.docx', 'missing'],
    ['alt-autonumber-removed-art-2.2.docx', 'missing'],
    ['alt-moved-art-5.2-5.3.docx', 'moved'],
    ['alt-inserted-after-art-2.2.docx', 'inserted'],
    ['alt-inserted-numbered-8.2.docx', 'inserted'],
    ['alt-duplicated-art-4.4.docx', 'inserted'],
    ['alt-tracked-del-art-4.5.docx', 'tracked-change'],
    ['alt-tracked-ins-art-4.7.docx', 'tracked-change'],
  ] as const)('%s (%s): restored, the check has no error left', (name, kind) => {
    const bytes = fixture(name);
    const { out } = restoreAll(bytes, kind);
    expect(errorsOf(readDocx(out)).map((f) => f.message)).toEqual([]);
    const xml = xmlOf(out);
    if (kind === 'tracked-change') expect(xml).not.toMatch(/<w:(?:ins|del) /);
    else expect(xml).toMatch(kind === 'inserted' ? /<w:del w:id="\d+" w:author="Gemeente">/ : /<w:ins w:id="\d+" w:author="Gemeente">/);
  });

  it('a missing provision goes in after the one before it, in the document\'s automatic numbering', () => {
    const bytes = fixture('alt-autonumber-removed-art-2.2.docx');
    const { out } = restoreAll(bytes, 'missing');
    const paragraphs = [...allParagraphs(readDocx(out))];
    const at = paragraphs.findIndex((p) => visibleText(p).startsWith('Deze Verwerkersovereenkomst eindigt'));
    expect(at).toBeGreaterThan(0);
    // Numbered by the list as its neighbours are, not typed: "2.2" printed once.
    expect(paragraphs[at]?.listLabel).toBe('2.2');
    expect(paragraphs[at - 1]?.listLabel).toBe('2.1');
    expect(paragraphs[at]?.segments.every((s) => s.revision === 'inserted')).toBe(true);
  });

  it('a comment or a version has no restore; inserted text in a footer is deleted', () => {
    const report = checkSnapshot(readDocx(fixture('clean-comment-on-standard.docx')), STD);
    const comment = report.findings.find((f) => f.kind === 'comment');
    expect(comment?.restore).toBeNull();
    const altered = errorsOf(readDocx(fixture('alt-word-art-3.1.docx')))[0] as Finding;
    expect(altered.restore).toMatchObject({ kind: 'text', paragraphIndex: altered.paragraphIndex, scope: 'words' });
    const footer = errorsOf(readDocx(fixture('alt-story-footer-8.1.docx'))).find((f) => f.story === 'footer');
    expect(footer).toBeDefined();
    expect(footer?.restore).toEqual({ kind: 'delete', paragraphIndex: footer?.paragraphIndex });
  });
});
