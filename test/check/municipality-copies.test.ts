// Another municipality's copy: its name, who signs for it ("De burgemeester van …", "Het college
// van burgemeester en wethouders van …" …) and its FG address are its own, every other word of the
// signature line is still the standard's.
import { STD } from '../helpers/standard';
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import { scanSnapshot } from '../../src/core/scan';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { FILLED, paragraphStarting, readFixture, replaceWords } from './story-builder';

const filled = readFixture(FILLED);

function errors(snapshot: DocumentSnapshot): Finding[] {
  return checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');
}

/** The filled Haarlem copy made the copy of `name`, signed by `signatory` ("… van <name>"); the
 * FG address in Bijlage 1's table is the fixtures' part (labels.jsonl). */
function copyFor(name: string, signatory: string): DocumentSnapshot {
  let copy = replaceWords(filled, paragraphStarting(filled, 'Gemeente Haarlem, waarvan'), 'Gemeente Haarlem', `Gemeente ${name}`);
  const bold = paragraphStarting(copy, 'Gemeente Haarlem');
  copy = replaceWords(copy, bold, 'Haarlem', name);
  return replaceWords(copy, paragraphStarting(copy, 'De burgemeester van Haarlem'), 'De burgemeester van Haarlem', signatory);
}

describe("another municipality's copy", () => {
  it.each([
    ['Súdwest-Fryslân', 'Het college van burgemeester en wethouders van Súdwest-Fryslân'],
    ['Súdwest-Fryslân', 'Het college van Burgemeester en Wethouders van Súdwest-Fryslân'],
    ['Utrecht', 'Burgemeester en wethouders van Utrecht'],
    ['Noardeast-Fryslân', 'De gemeenteraad van Noardeast-Fryslân'],
    ['Bergen op Zoom', 'De Gemeenteraad van Bergen op Zoom'],
    ['’s-Hertogenbosch', 'De burgemeester van ’s-Hertogenbosch'],
  ])('%s signed as "%s" checks clean', (name, signatory) => {
    expect(errors(copyFor(name, signatory))).toEqual([]);
  });

  it('the scan reads who signs and the name apart', () => {
    const scan = scanSnapshot(copyFor('Súdwest-Fryslân', 'Het college van burgemeester en wethouders van Súdwest-Fryslân'), STD);
    const value = (id: string): string | null | undefined => scan.slots.find((s) => s.id === id)?.value;
    expect(value('gemeente.ondertekenaar')).toBe('Het college van burgemeester en wethouders');
    expect(value('gemeente.naam')).toBe('Súdwest-Fryslân');
  });

  it.each([
    ['a word of the form changed', 'Het college van burgemeester en schepenen van Súdwest-Fryslân', 'wethouders', 'schepenen'],
    ['another office', 'De wethouder van Súdwest-Fryslân', 'burgemeester', 'wethouder'],
    ['"van" made "namens"', 'Het college van burgemeester en wethouders namens Súdwest-Fryslân', 'van', 'namens'],
  ])('%s is still reported, with the changed words', (_what, signatory, removed, added) => {
    const found = errors(copyFor('Súdwest-Fryslân', signatory));
    expect(found.map((f) => `${f.kind}@${f.clause}`)).toEqual(['altered@ondertekening']);
    const redline = found[0]?.redline ?? [];
    expect(redline.filter((p) => p.op === 'delete').map((p) => p.text).join(' ')).toContain(removed);
    // An added word right before the name may go with the name: it is in the document's words.
    expect(found[0]?.actual).toContain(added);
  });
});
