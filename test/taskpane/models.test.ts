// The pane's pure parts: answers from the form, redlines in text, clause search, language, theme.
import { compactRedline, redlineText } from '../../src/taskpane/check/review';
import { clauseLibrary, searchClauses } from '../../src/taskpane/clauses/clause-library';
import { STD } from '../helpers/standard';
import { answersFrom, type FormState } from '../../src/taskpane/fill/form-model';
import { languageOf } from '../../src/taskpane/i18n';
import { luminance, themeForBackground } from '../../src/taskpane/theme';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';

const base: FormState = {
  slots: { 'verwerker.naam': '', 'gemeente.naam': 'Haarlem' },
  tables: { 'bijlage-1.verwerkingen': [] },
  bijlage3: false,
  options: { 'norm-anders': true },
};

describe('answersFrom', () => {
  test('names only what the user changed, trimmed, leaving empty fields as they are', () => {
    const current: FormState = { ...base, slots: { 'verwerker.naam': '  Acme  ', 'gemeente.naam': 'Haarlem' } };
    expect(answersFrom(base, current)).toEqual({ slots: { 'verwerker.naam': 'Acme' } });
    expect(answersFrom(base, base)).toEqual({});
  });

  test('sends table rows without empty ones, Bijlage 3 and Bijlage 2 choices when changed', () => {
    const current: FormState = {
      ...base,
      tables: { 'bijlage-1.verwerkingen': [['a', ' b '], ['', '']] },
      bijlage3: true,
      options: { 'norm-anders': false },
    };
    expect(answersFrom(base, current)).toEqual({
      tables: { 'bijlage-1.verwerkingen': [['a', 'b']] },
      bijlage3: true,
      bijlage2Options: { 'norm-anders': false },
    });
  });
});

describe('redline text', () => {
  test('marks removed and added words so the report reads without colour', () => {
    expect(redlineText([{ op: 'equal', text: 'binnen ' }, { op: 'delete', text: '24' }, { op: 'insert', text: '48' }, { op: 'equal', text: ' uur' }]))
      .toBe('binnen [-24-]{+48+} uur');
  });

  test('reads as text: removed before added, with the spaces the word parts leave out', () => {
    const parts = compactRedline([
      { op: 'equal', text: 'uiterlijk binnen' }, { op: 'insert', text: '48' }, { op: 'delete', text: '24' },
      { op: 'equal', text: 'uur' }, { op: 'insert', text: ',' }, { op: 'equal', text: 'informeren' },
    ]);
    expect(redlineText(parts)).toBe('uiterlijk binnen [-24-] {+48+} uur{+,+} informeren');
  });

  test('shortens long unchanged stretches around a change', () => {
    const long = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ');
    const parts = compactRedline([{ op: 'equal', text: `${long} ` }, { op: 'delete', text: 'x' }, { op: 'equal', text: ` ${long}` }]);
    const text = redlineText(parts);
    expect(text.length).toBeLessThan(long.length);
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('w59 [-x-] w0');
  });
});

describe('clause search', () => {
  test('a number finds that provision, an article number its provisions', () => {
    expect(searchClauses('5.1', clauseLibrary(STD)).map((e) => e.clause)).toEqual(['art-5.1']);
    expect(searchClauses('4', clauseLibrary(STD)).map((e) => e.clause)).toEqual(['art-4.1', 'art-4.2', 'art-4.3', 'art-4.4', 'art-4.5', 'art-4.6', 'art-4.7']);
    expect(searchClauses('26.1', clauseLibrary(STD)).map((e) => e.clause)).toEqual(['gibit-26.1']);
  });

  test('words match regardless of case and accents, all of them', () => {
    const hits = searchClauses('Subverwerker', clauseLibrary(STD));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((e) => e.haystack.includes('subverwerker'))).toBe(true);
    expect(searchClauses('subverwerker nergensvoorkomendwoord', clauseLibrary(STD))).toEqual([]);
  });
});

describe('language and theme', () => {
  test('English only when Office runs in English', () => {
    expect(languageOf('en-US')).toBe('en');
    expect(languageOf('EN-gb')).toBe('en');
    expect(languageOf('nl-NL')).toBe('nl');
    expect(languageOf('de-DE')).toBe('nl');
    expect(languageOf(undefined)).toBe('nl');
  });

  test('a dark Office background gives the dark theme', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1);
    expect(themeForBackground('#262626')).toBe(webDarkTheme);
    expect(themeForBackground('#FFFFFF')).toBe(webLightTheme);
    expect(themeForBackground(undefined, true)).toBe(webDarkTheme);
    expect(themeForBackground('geen kleur')).toBe(webLightTheme);
  });
});
