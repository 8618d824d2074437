// The restore button and message per finding: each kind says what it does, and on a Word that
// cannot track changes (Word 2019: WordApi 1.3) the pane does not claim a tracked change was made.
import { finding } from '../../src/core/findings';
import { capabilitiesOf } from '../../src/word/requirements';
import { restoredMessage, restoreLabel } from '../../src/taskpane/check/review';
import { textsFor } from '../../src/taskpane/i18n';
import { clause } from '../helpers/standard';

const nl = textsFor('nl');
const word2019 = capabilitiesOf({ wordApi14: false, wordApi15: false, wordApi16: false, desktop12: false, language: 'nl' });
const word365 = capabilitiesOf({ wordApi14: true, wordApi15: true, wordApi16: true, desktop12: true, language: 'nl' });

test('elke soort afwijking heeft een eigen herstelknop; een opmerking heeft er geen', () => {
  const at = { severity: 'error' as const, clause: clause('art-4.6'), reason: { code: 'altered' as const }, paragraphIndex: 3 };
  expect(restoreLabel(finding({ ...at, kind: 'missing', paragraphIndex: null }), nl)).toBe('Standaardtekst op zijn plaats invoegen');
  expect(restoreLabel(finding({ ...at, kind: 'moved' }), nl)).toBe('Terugzetten op zijn plaats');
  expect(restoreLabel(finding({ ...at, kind: 'inserted' }), nl)).toBe('Ingevoegde tekst verwijderen');
  expect(restoreLabel(finding({ ...at, kind: 'tracked-change' }), nl)).toBe('Wijziging weigeren');
  expect(restoreLabel(finding({ ...at, kind: 'altered', standardText: 'De tekst.' }), nl)).toBe('Standaardtekst herstellen');
  expect(restoreLabel(finding({ ...at, kind: 'comment', severity: 'warning' }), nl)).toBeNull();
});

test('Word 2019: de melding zegt dat het herstel niet bijgehouden is, en de beperking is goed Nederlands', () => {
  expect(restoredMessage(word365, nl)).toBe('Standaardtekst hersteld (als bijgehouden wijziging).');
  expect(restoredMessage(word2019, nl)).not.toMatch(/als bijgehouden wijziging\)/);
  expect(restoredMessage(word2019, nl)).toMatch(/niet als bijgehouden wijziging/);
  expect(word2019.limitations.join(' ')).toMatch(/Herstelde standaardtekst wordt niet als bijgehouden wijziging gemarkeerd/);
});
