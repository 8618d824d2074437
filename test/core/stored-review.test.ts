// Stored review decisions name their finding by clause, kind, story and position, not by its
// message: rewording a message keeps them, an acceptance of other words does not carry over, and a
// review stored by the version before (keyed on the Dutch message; test/fixtures/reviews, made by
// that version's own code) is still read.
import { readFileSync } from 'fs';
import { join } from 'path';
import { runCli } from '../../src/cli/main';
import { checkSnapshot } from '../../src/core/check';
import type { CheckReport, Finding } from '../../src/core/findings';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { carryDecisions, type Decision, findingKey, matchStoredReview, reviewToStore } from '../../src/core/stored-review';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { reviewPlan, statusOf, storedDecisions } from '../../src/taskpane/check/review';
import { textsFor } from '../../src/taskpane/i18n';
import { editBody, FILLED, paragraph, paragraphStarting, readFixture } from '../check/story-builder';
import { editDocx, replaceOnce } from '../helpers/edit-docx';
import { memoryIO } from '../helpers/memory-io';
import { OWN_FIXTURES } from '../helpers/paths';

/** lo-48uur.docx with art. 5.1 accepted ("Compensatie in de SLA.", M. Jansen), stored by main at ec8ac54 (review version 1). */
const V1 = join(OWN_FIXTURES, 'reviews', 'lo-48uur-accepted-v1.docx');
const NL = { LANG: 'C.UTF-8' };
const accepted: Decision = { status: 'accepted', motivation: 'Compensatie in de SLA.' };

const art51 = (report: CheckReport): Finding => report.findings.find((f) => f.clause === 'art-5.1' && f.severity === 'error') as Finding;
const reworded = (findings: readonly Finding[]): Finding[] => findings.map((f) => ({ ...f, message: `Anders gezegd: ${f.message.toLowerCase()}` }));

describe('a review stored by the version before (version 1, keyed on the message)', () => {
  const snapshot = readFixture(V1);
  const report = checkSnapshot(snapshot);

  it('is in the fixture as that version stored it', () => {
    const stored = JSON.parse(snapshot.storedReview ?? '{}') as { version: number; decisions: { message?: string; position?: number }[] };
    expect(stored.version).toBe(1);
    expect(stored.decisions).toEqual([expect.objectContaining({ message: 'Artikel 5.1 wijkt af van de standaardtekst' })]);
    expect(stored.decisions[0]?.position).toBeUndefined();
  });

  it('still shows the deviation as accepted: in the pane and on the command line', async () => {
    const pane = storedDecisions(snapshot.storedReview, report);
    expect(statusOf(art51(report), pane.decisions)).toBe('accepted');
    expect(pane).toEqual({ decisions: { [findingKey(art51(report))]: accepted }, reviewer: 'M. Jansen' });
    const io = memoryIO();
    expect(await runCli(['check', V1, '--accepted-ok'], io, NL)).toBe(0);
    expect(io.out).toMatch(/AFWIJKING, GEACCEPTEERD: Artikel 5\.1 wijkt af van de standaardtekst\n {4}motivering: Compensatie in de SLA\. \(M\. Jansen\)/);
  });

  it('stored again, it is version 2 without the message, and reads back the same', () => {
    const plan = reviewPlan(report, storedDecisions(snapshot.storedReview, report).decisions, 'M. Jansen', textsFor('nl'));
    const edit = plan.edits[0];
    const json = edit?.op === 'store-review' ? edit.json : '';
    expect(JSON.parse(json)).toEqual({
      version: 2, reviewer: 'M. Jansen',
      decisions: [{ clause: 'art-5.1', kind: 'altered', story: 'body', position: 0, status: 'accepted', motivation: 'Compensatie in de SLA.', words: expect.stringContaining('48') }],
    });
    const again = readDocx(applyPlanToDocx(new Uint8Array(readFileSync(V1)), plan));
    expect(matchStoredReview(again.storedReview, checkSnapshot(again).findings).decisions).toEqual({ [findingKey(art51(report))]: accepted });
  });

  it('still holds when the messages are worded otherwise since', () => {
    expect(matchStoredReview(snapshot.storedReview, reworded(report.findings)).decisions).toEqual({ [findingKey(art51(report))]: accepted });
  });

  it('does not carry over to other deviating words', async () => {
    const bytes = editDocx(V1, { document: (xml) => replaceOnce(xml, 'uiterlijk binnen 48 uur', 'uiterlijk binnen 72 uur') });
    const other = readDocx(bytes);
    const matched = matchStoredReview(other.storedReview, checkSnapshot(other).findings);
    expect(matched).toEqual({ reviewer: 'M. Jansen', decisions: {}, dropped: 1 });
  });
});

describe('a review stored now (version 2)', () => {
  const snapshot = readFixture(V1);
  const report = checkSnapshot(snapshot);
  const json = JSON.stringify(reviewToStore(report.findings, { [findingKey(art51(report))]: accepted }, 'M. Jansen'));

  it('keys a decision on clause, kind, story and position', () => {
    expect(findingKey(art51(report))).toBe('art-5.1|altered|body|0');
    expect(json).not.toContain('wijkt af');
  });

  it('holds when the messages are worded otherwise, and not for other deviating words', () => {
    expect(matchStoredReview(json, reworded(report.findings)).decisions).toEqual({ [findingKey(art51(report))]: accepted });
    const otherWords = report.findings.map((f) => (f === art51(report) ? { ...f, actual: f.actual.replace('48', '72'), redline: f.redline.map((p) => ({ ...p, text: p.text.replace('48', '72') })) } : f));
    expect(matchStoredReview(json, otherWords)).toEqual({ reviewer: 'M. Jansen', decisions: {}, dropped: 1 });
  });
});

describe('two findings of the same kind at one provision', () => {
  const filled = readFixture(FILLED);
  // Article 4.1 is its heading and a paragraph: text inserted after each is two findings at 4.1.
  const heading = paragraphStarting(filled, '4.1 Beveiligingsmaatregelen');
  const body = paragraphStarting(filled, 'Verwerker zorgt voor passende technische');
  /** Sentences inserted after the heading of 4.1 and after its paragraph (null: none there). */
  const inserted = (afterHeading: string | null, afterBody: string | null): DocumentSnapshot => editBody(filled, (blocks) => blocks.flatMap((b) => {
    const sentence = b.kind !== 'paragraph' ? null : b.index === heading ? afterHeading : b.index === body ? afterBody : null;
    return sentence === null ? [b] : [b, paragraph([sentence])];
  }));
  const insertedAt41 = (s: DocumentSnapshot): Finding[] => checkSnapshot(s).findings.filter((f) => f.kind === 'inserted' && f.clause === 'art-4.1');
  const both = insertedAt41(inserted('Eerste toegevoegde zin over iets anders.', 'Tweede toegevoegde zin over de boete.'));
  const second = both[1] as Finding;
  const json = JSON.stringify(reviewToStore(both, { [findingKey(second)]: accepted }, 'A'));

  it('have keys of their own', () => {
    expect(both.map((f) => f.position)).toEqual([0, 1]);
    expect(new Set(both.map(findingKey)).size).toBe(2);
    expect(matchStoredReview(json, both).decisions).toEqual({ [findingKey(second)]: accepted });
  });

  it('the decision on the second goes with it when the first is gone, and not to another sentence in its place', () => {
    const alone = insertedAt41(inserted(null, 'Tweede toegevoegde zin over de boete.'));
    expect(alone.map((f) => f.position)).toEqual([0]);
    expect(matchStoredReview(json, alone).decisions).toEqual({ [findingKey(alone[0] as Finding)]: accepted });
    const otherAlone = insertedAt41(inserted(null, 'Eerste toegevoegde zin over iets anders.'));
    expect(matchStoredReview(json, otherAlone).decisions).toEqual({});
  });

  it('in the pane, a decision goes with its finding when a check after a restore moves its position', () => {
    const alone = insertedAt41(inserted(null, 'Tweede toegevoegde zin over de boete.'));
    expect(carryDecisions(both, { [findingKey(second)]: accepted }, alone)).toEqual({ [findingKey(alone[0] as Finding)]: accepted });
    // Its words edited while the pane is open: it stays with its finding, as before.
    const edited = insertedAt41(inserted('Eerste toegevoegde zin over iets anders.', 'Tweede toegevoegde zin over de hogere boete.'));
    expect(carryDecisions(both, { [findingKey(second)]: accepted }, edited)).toEqual({ [findingKey(edited[1] as Finding)]: accepted });
  });
});
