// A second version of the standard is one folder and one line: the test-only version 2.9 (2.5.3 with
// article 5.1 at "36 uur" and an extra provision 4.8) checks, fills and inserts like 2.5.3 does.
import { checkSnapshot } from '../../src/core/check';
import { planFill } from '../../src/core/fill-plan';
import type { CheckReport } from '../../src/core/findings';
import { blocksForClause, blocksForWholeAgreement } from '../../src/core/generate';
import type { Edit } from '../../src/core/plan';
import { matchUnits } from '../../src/core/align';
import { claimedVersion, standardFor } from '../../src/core/version';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { clauseTitle } from '../../src/template/clause-ids';
import { buildStandard, clauseOf, type Standard } from '../../src/template/standard';
import { clauseLibrary, searchClauses } from '../../src/taskpane/clauses/clause-library';
import { VERSION as TEST_VERSION } from '../fixtures/standards/vng-2.9-test';
import { COMPLETE_ANSWERS } from '../fill/answers-fixture';
import { emptyDocx } from '../fill/helpers';
import { STD } from '../helpers/standard';

/** The registered versions as the test registers them: 2.5.3 and, one line more, 2.9. */
const TEST = buildStandard(TEST_VERSION);
const REGISTERED: readonly Standard[] = [STD, TEST];

function agreementOf(std: Standard): Uint8Array {
  return applyPlanToDocx(emptyDocx(), { edits: [{ op: 'insert-blocks', after: 'end', blocks: blocksForWholeAgreement(std) }], summary: [] });
}

const errors = (report: CheckReport): string[] => report.findings.filter((f) => f.severity === 'error').map((f) => `${f.kind}@${f.clause ?? ''}`);

describe('the test-only version 2.9', () => {
  const doc29 = agreementOf(TEST);
  const doc253 = agreementOf(STD);

  it('has its clause ids from its own text: 4.8 between 4.7 and 5.1', () => {
    expect([TEST.version, TEST.date]).toEqual(['2.9', '1-6-2026']);
    const at = TEST.clauseIds.indexOf(clauseOf(TEST, 'art-4.8')!);
    expect(TEST.clauseIds.slice(at - 1, at + 2)).toEqual(['art-4.7', 'art-4.8', 'art-5.1']);
    expect(clauseOf(STD, 'art-4.8')).toBeNull();
    expect(clauseTitle(clauseOf(TEST, 'art-4.8')!)).toBe('Artikel 4.8');
  });

  it('a document made from it checks clean against it, and names it', () => {
    const report = checkSnapshot(readDocx(doc29), TEST);
    expect(errors(report)).toEqual([]);
    expect(report.template.version).toBe('2.9');
    expect(report.findings.filter((f) => f.kind === 'version')).toEqual([]);
  });

  it('a 2.5.3 document checked against it reports 5.1 and the missing 4.8', () => {
    const report = checkSnapshot(readDocx(doc253), TEST);
    expect(errors(report)).toEqual(expect.arrayContaining(['altered@art-5.1', 'missing@art-4.8']));
    expect(report.findings.find((f) => f.clause === 'art-5.1' && f.kind === 'altered')?.expected).toContain('36 uur');
    expect(report.findings.filter((f) => f.kind === 'version').map((f) => f.message))
      .toEqual(['Het document noemt versie 2.5.3; gecontroleerd is tegen versie 2.9 van de standaard']);
  });

  it('each document is read against the version it claims', () => {
    expect(claimedVersion(readDocx(doc29))).toBe('2.9');
    expect(standardFor(readDocx(doc29), REGISTERED)).toBe(TEST);
    expect(standardFor(readDocx(doc253), REGISTERED)).toBe(STD);
    expect(errors(checkSnapshot(readDocx(doc253), standardFor(readDocx(doc253), REGISTERED)!))).toEqual([]);
  });

  it('fills like 2.5.3: the filled document checks clean against it', () => {
    const planned = planFill(readDocx(doc29), COMPLETE_ANSWERS, TEST);
    if (!planned.ok) throw new Error(planned.problems.join('\n'));
    const filled = readDocx(applyPlanToDocx(doc29, planned.plan));
    const report = checkSnapshot(filled, TEST);
    expect(errors(report)).toEqual([]);
    expect(report.fields.filled).toBe(report.fields.total);
  });

  it('inserts its own provision 4.8 from the clause library', () => {
    const art48 = clauseOf(TEST, 'art-4.8')!;
    expect(searchClauses('4.8', clauseLibrary(TEST)).map((e) => e.clause)).toEqual(['art-4.8']);
    expect(searchClauses('4.8', clauseLibrary(STD))).toEqual([]);
    // Without its 4.8, the document misses it; put back after 4.7, it checks clean again.
    const aligned = matchUnits(readDocx(doc29), TEST);
    const edits: Edit[] = aligned.byTemplate.flatMap((m) => (m && m.template.block.clause === art48
      ? m.document.paragraphs.map((p) => ({ op: 'delete-paragraph' as const, paragraphIndex: p.index })) : []));
    const without = applyPlanToDocx(doc29, { edits, summary: [] });
    expect([...new Set(errors(checkSnapshot(readDocx(without), TEST)))]).toEqual(['missing@art-4.8']);
    const last47 = matchUnits(readDocx(without), TEST).byTemplate
      .filter((m) => m !== null && m.template.block.clause === 'art-4.7').flatMap((m) => m!.document.paragraphs.map((p) => p.index)).pop()!;
    const back = applyPlanToDocx(without, { edits: [{ op: 'insert-blocks', after: last47, blocks: blocksForClause(art48, TEST) }], summary: [] });
    expect(errors(checkSnapshot(readDocx(back), TEST))).toEqual([]);
  });
});
