// The restore button and message per finding: each kind says what it does, and on a Word that
// cannot track changes (Word 2019: WordApi 1.3) the pane does not claim a tracked change was made.
import { finding } from '../../src/core/findings';
import { capabilitiesOf } from '../../src/word/requirements';
import { commentPlan, restoredMessage, restoreLabel, restorePlan } from '../../src/taskpane/check/review';
import { textsFor } from '../../src/taskpane/i18n';
import { clause, STD } from '../helpers/standard';

const art46 = clause('art-4.6');

const nl = textsFor('nl');
const word2019 = capabilitiesOf({ wordApi14: false, wordApi15: false, wordApi16: false, desktop12: false, language: 'nl' });
const word365 = capabilitiesOf({ wordApi14: true, wordApi15: true, wordApi16: true, desktop12: true, language: 'nl' });

test('elke soort afwijking heeft een eigen herstelknop; een opmerking heeft er geen', () => {
  const at = { severity: 'error' as const, clause: art46, reason: { code: 'altered' as const }, paragraphIndex: 3 };
  expect(restoreLabel(finding({ ...at, kind: 'missing', paragraphIndex: null, restore: { kind: 'insert', clause: art46, unit: '4.6 …' } }), nl)).toBe('Standaardtekst op zijn plaats invoegen');
  expect(restoreLabel(finding({ ...at, kind: 'moved', restore: { kind: 'move-back', paragraphIndex: 3, clause: art46, unit: '4.6 …' } }), nl)).toBe('Terugzetten op zijn plaats');
  expect(restoreLabel(finding({ ...at, kind: 'inserted', restore: { kind: 'delete', paragraphIndex: 3 } }), nl)).toBe('Ingevoegde tekst verwijderen');
  expect(restoreLabel(finding({ ...at, kind: 'tracked-change', restore: { kind: 'reject', paragraphIndex: 3 } }), nl)).toBe('Wijziging weigeren');
  expect(restoreLabel(finding({ ...at, kind: 'altered', restore: { kind: 'text', paragraphIndex: 3, text: 'De tekst.', scope: 'words' } }), nl)).toBe('Standaardtekst herstellen');
  expect(restoreLabel(finding({ ...at, kind: 'altered' }), nl)).toBeNull();
  expect(restoreLabel(finding({ ...at, kind: 'comment', severity: 'warning' }), nl)).toBeNull();
});

test('Word 2019: de melding zegt dat het herstel niet bijgehouden is, en de beperking is goed Nederlands', () => {
  expect(restoredMessage(word365, nl)).toBe('Standaardtekst hersteld (als bijgehouden wijziging).');
  expect(restoredMessage(word2019, nl)).not.toMatch(/als bijgehouden wijziging\)/);
  expect(restoredMessage(word2019, nl)).toMatch(/niet als bijgehouden wijziging/);
  expect(word2019.limitations.join(' ')).toMatch(/Herstelde standaardtekst wordt niet als bijgehouden wijziging gemarkeerd/);
});

test('why a comment or a restore cannot be made is said in the pane\'s language', () => {
  const gone = finding({ severity: 'error', kind: 'missing', clause: art46, reason: { code: 'missing' }, paragraphIndex: null });
  expect(() => commentPlan(gone, 'Graag terug.', 'M. Jansen', textsFor('en'))).toThrow('This provision is not in the document.');
  expect(() => commentPlan(gone, 'Graag terug.', 'M. Jansen', nl)).toThrow('Deze bepaling staat niet in het document.');
  const empty = { blocks: [], stories: [], comments: [], storedAnswers: null, storedReview: null, warnings: [] };
  expect(() => restorePlan(gone, 'M. Jansen', empty, STD, textsFor('en'))).toThrow(/^This deviation cannot be restored by itself/);
});
