// "Standaardtekst herstellen" in Word on inserted text outside the body (a header, a footer, a note,
// a text box) deletes it there as a tracked change, in one sync more than a restore in the body;
// inserted text over several paragraphs, one finding, goes whole.
import { STD } from '../helpers/standard';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { blocksForWholeAgreement } from '../../src/core/generate';
import type { EditPlan } from '../../src/core/plan';
import { restorePlanFor } from '../../src/core/restore-plan';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { DocumentBuilder } from '../fakes/document-builder';
import { type ModelStory, run } from '../fakes/word-model';
import { type Harness, withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

const errors = (snapshot: DocumentSnapshot): Finding[] => checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');

async function agreement(): Promise<Harness> {
  const harness = withWord(new DocumentBuilder());
  await harness.port.apply({ edits: [{ op: 'insert-blocks', after: 'end', blocks: blocksForWholeAgreement(STD) }], summary: [] });
  return harness;
}

/** Restores the only error; the syncs that took. */
async function restoreOnly(harness: Harness): Promise<{ finding: Finding; syncs: number; after: DocumentSnapshot }> {
  const before = await harness.port.readSnapshot();
  const found = errors(before);
  expect(found).toHaveLength(1);
  const finding = found[0] as Finding;
  const plan = restorePlanFor(finding, before, 'Gemeente', STD);
  expect(plan).not.toBeNull();
  const syncs = harness.office.syncs;
  await harness.port.apply(plan as EditPlan);
  return { finding, syncs: harness.office.syncs - syncs, after: await harness.port.readSnapshot() };
}

const INSERTED = 'In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.';

describe('Word: restoring inserted text in a story', () => {
  const at51 = (h: Harness) => h.doc.model.paragraphs.find((p) => h.doc.model.currentText(p).startsWith('5.1 '))!;
  it.each([
    ['header', (h: Harness): ModelStory => h.doc.header([INSERTED])],
    ['footer', (h: Harness): ModelStory => h.doc.footer([INSERTED])],
    ['footnote', (h: Harness): ModelStory => h.doc.note('footnote', at51(h), [INSERTED])],
    ['endnote', (h: Harness): ModelStory => h.doc.note('endnote', at51(h), [INSERTED])],
    ['textbox', (h: Harness): ModelStory => h.doc.textBox(at51(h), [INSERTED])],
  ] as const)('%s: deleted there as a tracked change, tracking given back', async (story, add) => {
    const harness = await agreement();
    const added = add(harness);
    const { finding, syncs, after } = await restoreOnly(harness);
    expect(finding).toEqual(expect.objectContaining({ kind: 'inserted', story, clause: 'art-5.1' }));
    expect(errors(after)).toEqual([]);
    const runs = added.paragraphs.flatMap((p) => p.runs).filter((r) => r.text.includes('72 uur'));
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r) => r.revision === 'deleted')).toBe(true);
    expect(harness.doc.model.changeTrackingMode).toBe('Off');
    // Sync 1 and 2 of every plan, and one to load the stories' paragraphs.
    expect(syncs).toBe(3);
  });
});

describe('Word: inserted text over several paragraphs', () => {
  it('is one finding, and restoring it deletes every paragraph as a tracked change in two syncs', async () => {
    const harness = await agreement();
    const model = harness.doc.model;
    const at = model.paragraphs.findIndex((p) => model.currentText(p).startsWith('5.1 '));
    model.insertParagraphAt(at + 1).runs.push(run('Verwerker mag alle Persoonsgegevens ook voor eigen doeleinden gebruiken.'));
    model.insertParagraphAt(at + 2).runs.push(run('Verwerker mag ze ook aan derden verkopen.'));
    const { finding, syncs, after } = await restoreOnly(harness);
    expect(finding.lastParagraphIndex).toBe(at + 2);
    expect(finding.actual).toContain('aan derden verkopen');
    expect(errors(after)).toEqual([]);
    expect([at + 1, at + 2].every((i) => model.paragraphs[i]?.runs.every((r) => r.revision === 'deleted'))).toBe(true);
    expect(syncs).toBe(2);
  });
});
