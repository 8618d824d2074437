// Answer problems and plan notes name a field by the label of the standard the front end works
// with, not of whichever version is newest: a version may rename a field.
import { answerProblemText } from '../../src/core/answer-text';
import { planNoteText } from '../../src/core/plan-summary';
import type { Standard } from '../../src/template/standard';
import { STD } from '../helpers/standard';

const renamed: Standard = {
  ...STD,
  slots: STD.slots.map((s) => (s.id === 'verwerker.kvk' ? { ...s, label: 'Handelsregisternummer', labelEn: 'Trade register number' } : s)),
};

test('a problem and a note name the field as the given standard does', () => {
  const problem = { code: 'not-in-document', slotId: 'verwerker.kvk' } as const;
  expect(answerProblemText(problem, 'nl', { std: renamed })).toContain('Handelsregisternummer');
  expect(answerProblemText(problem, 'en', { std: renamed })).toContain('Trade register number');
  expect(answerProblemText(problem, 'nl', { std: STD })).not.toContain('Handelsregisternummer');
  const note = { code: 'filled', slotId: 'verwerker.kvk', value: '12345678', times: 1 } as const;
  expect(planNoteText(note, 'nl', { std: renamed })).toContain('Handelsregisternummer');
});
