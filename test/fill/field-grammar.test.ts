// The standard's fixed words around a field read right once it is filled: "door de <heer of
// mevrouw>" becomes "door mevrouw A. de Jong" and "door de heer B. Bakker", never "de mevrouw";
// the check stays clean on the standard's own text and on the filled one, and scan reads the
// choice back. Removing the last Bijlage 2 option under a heading removes that heading too.
import { checkSnapshot } from '../../src/core/check';
import { planFill } from '../../src/core/fill-plan';
import { scanSnapshot } from '../../src/core/scan';
import { allParagraphs, type DocumentSnapshot, visibleText } from '../../src/core/snapshot';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { COMPLETE_ANSWERS } from './answers-fixture';
import { BASES, generatedAgreement, readFixture } from './helpers';
import { STD } from '../helpers/standard';

function fill(input: Uint8Array, answers: unknown): Uint8Array {
  const result = planFill(readDocx(input), answers, STD);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return applyPlanToDocx(input, result.plan);
}
const text = (snapshot: DocumentSnapshot): string => [...allParagraphs(snapshot)].map(visibleText).join('\n');
const errors = (snapshot: DocumentSnapshot): string[] => checkSnapshot(snapshot, STD).findings.filter((f) => f.severity !== 'info').map((f) => f.message);

const producers: [string, () => Uint8Array][] = [...BASES.map((n): [string, () => Uint8Array] => [n, () => readFixture(n)]), ['gegenereerd', generatedAgreement]];

describe.each(producers)('%s', (_name, make) => {
  const input = make();

  test('"de" staat alleen voor "heer": de zin leest goed, de controle is schoon, scan leest de keuze terug', () => {
    expect(errors(readDocx(input))).toEqual([]);
    const out = readDocx(fill(input, COMPLETE_ANSWERS));
    const all = text(out);
    expect(all).toMatch(/vertegenwoordigd door mevrouw A\. de Jong/);
    expect(all).toMatch(/vertegenwoordigd door de heer, B\. Bakker/);
    expect(all).not.toMatch(/door de mevrouw|de de heer/);
    expect(errors(out)).toEqual([]);
    const scan = scanSnapshot(out, STD);
    expect(scan.slots.find((s) => s.id === 'gemeente.vertegenwoordiger.aanhef')?.value).toBe('mevrouw');
    expect(scan.slots.find((s) => s.id === 'verwerker.vertegenwoordiger.aanhef')?.value).toBe('heer');
    expect(scan.slots.find((s) => s.id === 'gemeente.vertegenwoordiger.naam')?.value).toBe('A. de Jong');
    // The other way round, and again with the same answers: nothing left to do.
    const swapped = fill(fill(input, COMPLETE_ANSWERS), { slots: { 'gemeente.vertegenwoordiger.aanhef': 'heer', 'verwerker.vertegenwoordiger.aanhef': 'mevrouw' } });
    expect(text(readDocx(swapped))).toMatch(/door de heer A\. de Jong(?:.|\n)*door mevrouw, B\. Bakker/);
    expect(errors(readDocx(swapped))).toEqual([]);
    const again = planFill(readDocx(swapped), { slots: { 'gemeente.vertegenwoordiger.aanhef': 'heer' } }, STD);
    expect(again.ok && again.plan.edits.filter((e) => e.op !== 'store-answers')).toEqual([]);
  });

  test('zonder de laatste optie eronder gaat de kop "Aansluiting bij goedgekeurde gedragscode" ook weg', () => {
    const out = readDocx(fill(input, { bijlage2Options: { gedragscode: false } }));
    expect(text(out)).not.toMatch(/goedgekeurde gedragscode/);
    expect(errors(out)).toEqual([]);
    // A heading that still has an option under it stays.
    const some = readDocx(fill(input, { bijlage2Options: { 'norm-anders': false } }));
    expect(text(some)).toMatch(/Normenstelsel/);
    const none = readDocx(fill(input, { bijlage2Options: { 'norm-certificering': false, 'norm-overheid': false, 'norm-anders': false } }));
    expect(text(none)).not.toMatch(/Normenstelsel/);
    expect(errors(none)).toEqual([]);
  });
});
