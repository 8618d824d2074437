// What the add-in writes in Word checks clean, in a template whose heading styles number their
// paragraphs, and every kind of finding is restored in place, as tracked changes, in two syncs.
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { blocksForBijlage3, blocksForWholeAgreement } from '../../src/core/generate';
import type { EditPlan } from '../../src/core/plan';
import { restorePlanFor } from '../../src/core/restore-plan';
import { allParagraphs, type DocumentSnapshot, visibleText } from '../../src/core/snapshot';
import { DocumentBuilder } from '../fakes/document-builder';
import { WORD_2019_SETS } from '../fakes/office-env';
import { run } from '../fakes/word-model';
import { type Harness, withWord } from './harness';
import { STD } from '../helpers/standard';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

const errors = (snapshot: DocumentSnapshot): Finding[] => checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');
const plan = (edits: EditPlan['edits']): EditPlan => ({ edits, summary: [] });

/** An empty document of a municipal template: Heading 1–3 print "Artikel 1", "1.1", "1.1.1". */
function numberedTemplate(): DocumentBuilder {
  const doc = new DocumentBuilder();
  doc.model.numberedStyles.set('Heading1', 'Artikel %n');
  doc.model.numberedStyles.set('Heading2', '%n.1');
  doc.model.numberedStyles.set('Heading3', '%n.1.1');
  return doc;
}

async function agreementIn(doc: DocumentBuilder, sets?: readonly string[]): Promise<Harness> {
  const harness = withWord(doc, sets);
  await harness.port.apply(plan([{ op: 'insert-blocks', after: 'end', blocks: blocksForWholeAgreement(STD) }]));
  return harness;
}

describe('Word: inserted standard text in a template with numbered heading styles', () => {
  it('the whole agreement and Bijlage 3 take no numbering from the styles and check clean', async () => {
    const doc = numberedTemplate();
    const { port } = await agreementIn(doc);
    const snapshot = await port.readSnapshot();
    expect([...allParagraphs(snapshot)].filter((p) => p.listLabel !== '')).toEqual([]);
    expect(errors(snapshot)).toEqual([]);
    // Bijlage 3 out and in again, after Bijlage 2.
    const bijlage3 = [...allParagraphs(snapshot)].findIndex((p) => visibleText(p).startsWith('Deze bijlage is facultatief'));
    const count = doc.model.paragraphs.length - bijlage3;
    await port.apply(plan(Array.from({ length: count }, (_, i) => ({ op: 'delete-paragraph' as const, paragraphIndex: bijlage3 + i }))));
    await port.apply(plan([{ op: 'insert-blocks', after: bijlage3 - 1, blocks: blocksForBijlage3(STD) }]));
    const again = await port.readSnapshot();
    expect(checkSnapshot(again, STD).bijlage3).toBe(true);
    expect(errors(again)).toEqual([]);
  });
});

describe('Word: restore for every kind of finding', () => {
  async function restoreFirst(harness: Harness): Promise<DocumentSnapshot> {
    const before = await harness.port.readSnapshot();
    const [finding] = errors(before);
    expect(finding).toBeDefined();
    const restore = restorePlanFor(finding as Finding, before, 'Gemeente', STD);
    expect(restore).not.toBeNull();
    const syncs = harness.office.syncs;
    await harness.port.apply(restore as EditPlan);
    expect(harness.office.syncs - syncs).toBe(2);
    return harness.port.readSnapshot();
  }

  const indexOf = (doc: DocumentBuilder, start: string): number => doc.model.paragraphs.findIndex((p) => doc.model.currentText(p).startsWith(start));

  it('missing: the provision comes back after the one before it, as a tracked insertion', async () => {
    const doc = numberedTemplate();
    const harness = await agreementIn(doc);
    const at = indexOf(doc, '4.6 Rechten van betrokkenen');
    await harness.port.apply(plan([{ op: 'delete-paragraph', paragraphIndex: at }, { op: 'delete-paragraph', paragraphIndex: at + 1 }]));
    expect(errors(await harness.port.readSnapshot()).map((f) => f.kind)).toContain('missing');
    const after = await restoreFirst(harness);
    expect(errors(after)).toEqual([]);
    const back = doc.model.paragraphs[at];
    expect(back && doc.model.currentText(back)).toBe('4.6 Rechten van betrokkenen');
    expect(back?.runs.every((r) => r.revision === 'inserted')).toBe(true);
    expect(back?.listString).toBeNull();
    expect(doc.model.changeTrackingMode).toBe('Off');
  });

  it('missing, where a list numbers the provisions: the provision joins that list, as in the .docx writer, and its number is not typed', async () => {
    const doc = new DocumentBuilder();
    const harness = await agreementIn(doc);
    // Article 2 numbered by one list ("2.1", "2.2", …), its numbers no longer typed.
    doc.model.lists.set(7, '2.%n');
    for (const p of doc.model.paragraphs) {
      const typed = /^2\.\d+ /.exec(doc.model.currentText(p));
      if (!typed || !p.runs[0]) continue;
      p.runs[0] = { ...p.runs[0], text: p.runs[0].text.slice(typed[0].length) };
      p.list = { id: 7, level: 1 };
    }
    expect(errors(await harness.port.readSnapshot())).toEqual([]);
    const at = indexOf(doc, 'Deze Verwerkersovereenkomst eindigt');
    expect(doc.model.listLabel(doc.model.paragraphs[at]!)).toBe('2.2');
    await harness.port.apply(plan([{ op: 'delete-paragraph', paragraphIndex: at }]));
    expect(errors(await harness.port.readSnapshot()).map((f) => f.kind)).toContain('missing');
    const after = await restoreFirst(harness);
    expect(errors(after)).toEqual([]);
    const back = doc.model.paragraphs[at]!;
    expect(doc.model.currentText(back)).toMatch(/^Deze Verwerkersovereenkomst eindigt/);
    expect(back.list).toEqual({ id: 7, level: 1 });
    expect(doc.model.listLabel(back)).toBe('2.2');
    expect(doc.model.listLabel(doc.model.paragraphs[at + 1]!)).toBe('2.3');
    expect(back.runs.every((r) => r.revision === 'inserted')).toBe(true);
  });

  it('inserted: the added paragraph is deleted as a tracked change', async () => {
    const doc = new DocumentBuilder();
    const harness = await agreementIn(doc);
    const at = indexOf(doc, '5.1 ');
    doc.model.insertParagraphAt(at + 1).runs.push(run('Verwerker mag alle Persoonsgegevens ook voor eigen doeleinden gebruiken.'));
    const after = await restoreFirst(harness);
    expect(errors(after)).toEqual([]);
    expect(doc.model.paragraphs[at + 1]?.runs.every((r) => r.revision === 'deleted')).toBe(true);
  });

  it('tracked-change: the supplier\'s change is rejected', async () => {
    const doc = new DocumentBuilder();
    const harness = await agreementIn(doc);
    const p = doc.model.paragraphs[indexOf(doc, '5.1 ')];
    p?.runs.push(run(' Behalve in het weekend.', { revision: 'inserted' }));
    const after = await restoreFirst(harness);
    expect(errors(after)).toEqual([]);
    expect(p?.runs.some((r) => r.revision !== 'none')).toBe(false);
  });

  it('moved: the provision goes back to its place, tracked', async () => {
    const doc = new DocumentBuilder();
    const harness = await agreementIn(doc);
    const from = indexOf(doc, '5.2 ');
    const [moved] = doc.model.paragraphs.splice(from, 1);
    doc.model.paragraphs.splice(indexOf(doc, '5.4 ') + 1, 0, moved as never);
    let after = await harness.port.readSnapshot();
    for (let round = 0; round < 3 && errors(after).length > 0; round += 1) after = await restoreFirst(harness);
    expect(errors(after)).toEqual([]);
  });

  it('on Word 2019 a reject is refused before anything changes, saying what is missing', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph(['Tekst', doc.inserted(' erbij')]);
    const { port, office } = withWord(doc, WORD_2019_SETS);
    await expect(port.apply(plan([{ op: 'reject-revisions', paragraphIndex: 0 }]))).rejects.toThrow(/WordApi 1\.6 ontbreekt/);
    expect(office.syncs).toBe(0);
    expect(port.capabilities().trackedEdits).toBe(false);
  });
});
