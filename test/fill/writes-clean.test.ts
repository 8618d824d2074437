// Everything the tool writes is standard text in every producer's document: filled, Bijlage 3 out
// and in again, and every single provision put back at its place after it went missing, the check
// is clean each time. Among the producers a municipal template whose heading styles number their
// paragraphs ("Artikel 1", "1.1"): inserted text must not take that numbering.
import { STD } from '../helpers/standard';
import { readFileSync } from 'fs';
import { join } from 'path';
import { matchUnits } from '../../src/core/align';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { planFill } from '../../src/core/fill-plan';
import type { Edit } from '../../src/core/plan';
import { restorePlanFor } from '../../src/core/restore-plan';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import type { ClauseId } from '../../src/template/clause-ids';
import { EXTERNAL_FIXTURES, OWN_FIXTURES } from '../helpers/paths';
import { COMPLETE_ANSWERS } from './answers-fixture';
import { BASES, generatedAgreement, numberedHeadingStyles, readFixture } from './helpers';

const file = (path: string) => (): Uint8Array => new Uint8Array(readFileSync(path));
const producers: [string, () => Uint8Array, number][] = [
  // [name, document, every how many-th provision is taken out and put back]
  ['Word-sjabloon met genummerde kopstijlen', () => numberedHeadingStyles(readFixture('template-word.docx')), 1],
  ...BASES.map((name): [string, () => Uint8Array, number] => [name, () => readFixture(name), 5]),
  ['docx (npm), gevuld', file(join(EXTERNAL_FIXTURES, 'stories', 'clean-docxjs-footer-page-x-of-y.docx')), 7],
  ['LibreOffice, automatische nummering', file(join(OWN_FIXTURES, 'clean-autonumbering-all.docx')), 7],
  ['LibreOffice, eigen opmaak', file(join(OWN_FIXTURES, 'clean-layout-fonts-styles.docx')), 7],
  ['eigen: hele overeenkomst gegenereerd', generatedAgreement, 7],
];

function fill(input: Uint8Array, answers: unknown): Uint8Array {
  const result = planFill(readDocx(input), answers, STD);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return applyPlanToDocx(input, result.plan);
}

const errorsOf = (snapshot: DocumentSnapshot): string[] => checkSnapshot(snapshot, STD).findings
  .filter((f) => f.severity === 'error').map((f) => `${f.kind} ${f.clause ?? ''}: ${f.message}`);

/** The provisions made of paragraphs (a table row is not put back on its own). */
const provisions: ClauseId[] = [...new Set(STD.blocks
  .filter((b) => b.kind !== 'table' && b.clause !== null && b.omission.kind === 'mandatory').map((b) => b.clause as ClauseId))];

/** The document without one provision's paragraphs. */
function without(bytes: Uint8Array, clause: ClauseId): Uint8Array | null {
  const aligned = matchUnits(readDocx(bytes), STD);
  const edits: Edit[] = aligned.byTemplate.flatMap((m) => (m && m.template.block.clause === clause && m.document.table === null
    ? m.document.paragraphs.map((p) => ({ op: 'delete-paragraph' as const, paragraphIndex: p.index })) : []));
  return edits.length === 0 ? null : applyPlanToDocx(bytes, { edits, summary: [] });
}

describe.each(producers)('%s', (_name, make, stride) => {
  const filled = fill(make(), COMPLETE_ANSWERS);

  test('ingevuld, Bijlage 3 eruit en er weer in: elke keer schoon', () => {
    expect(errorsOf(readDocx(filled))).toEqual([]);
    const out = fill(filled, { bijlage3: false });
    expect(checkSnapshot(readDocx(out), STD).bijlage3).toBe(false);
    expect(errorsOf(readDocx(out))).toEqual([]);
    const back = fill(out, { bijlage3: true });
    expect(checkSnapshot(readDocx(back), STD).bijlage3).toBe(true);
    expect(errorsOf(readDocx(back))).toEqual([]);
  });

  test('elke bepaling die ontbreekt, komt met herstellen op haar plaats terug (bijgehouden) en de controle is schoon', () => {
    const problems: string[] = [];
    provisions.filter((_, i) => i % stride === 0).forEach((clause) => {
      let bytes = without(filled, clause);
      if (bytes === null) return;
      // One restore per stretch of the provision that went (Bijlage 2 has its options between).
      for (let round = 0; round < 4; round += 1) {
        const snapshot = readDocx(bytes);
        const missing = checkSnapshot(snapshot, STD).findings.find((f): f is Finding => f.kind === 'missing' && f.clause === clause);
        if (!missing) break;
        const plan = restorePlanFor(missing, snapshot, 'Gemeente', STD);
        if (!plan) {
          problems.push(`${clause}: geen herstel`);
          return;
        }
        expect(plan.edits.every((e) => e.op === 'insert-blocks' && e.tracked !== undefined)).toBe(true);
        bytes = applyPlanToDocx(bytes, plan);
      }
      const left = errorsOf(readDocx(bytes));
      if (left.length > 0) problems.push(`${clause}: ${left.join('; ')}`);
    });
    expect(problems).toEqual([]);
  });
});
