// Validation of the answers file: each kind of field, the agreement's own rules, Dutch messages that
// name the field, and the published JSON Schema kept in step with the definitions.
import Ajv from 'ajv';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { Standard } from '../../src/template/standard';
import { mentionsOutsideEer } from '../../src/core/agreement-rules';
import { answerProblemText } from '../../src/core/answer-text';
import { validateAnswers as validateCodes, validateField as validateFieldCode, type ValidateOptions } from '../../src/core/answer-validation';

// The problems as the command line words them (Dutch, with the field ids).
const validateAnswers = (answers: unknown, std: Standard, options?: ValidateOptions): string[] => validateCodes(answers, std, options).map((p) => answerProblemText(p, 'nl', { ids: true }));
const validateField = (id: string, value: string, std: Standard): string | null => {
  const problem = validateFieldCode(id, value, std);
  return problem === null ? null : answerProblemText(problem, 'nl', { ids: true });
};
import { formatDutchDate } from '../../src/core/answers';
import { planFill } from '../../src/core/fill-plan';
import { scanSnapshot } from '../../src/core/scan';
import { applyPlanToDocx } from '../../src/docx/apply-plan';
import { readDocx } from '../../src/docx/package';
import { COMPLETE_ANSWERS } from './answers-fixture';
import { readFixture } from './helpers';
import { expectedSchema } from './schema-of';
import { STD } from '../helpers/standard';

const row = (overrides: Partial<Record<number, string>>): string[] => {
  const base = ['Zaken', 'Wmo', 'Inwoners', 'NAW', 'Nederland', '', ''];
  for (const [i, v] of Object.entries(overrides)) base[Number(i)] = v ?? '';
  return base;
};

describe('velden', () => {
  test.each([
    ['verwerker.kvk', '12345678', null],
    ['verwerker.kvk', ' 1234 5678 ', null],
    ['verwerker.kvk', '1234567', /KVK-nummer Verwerker \(verwerker\.kvk\).*8 cijfers/],
    ['verwerker.kvk', '12345678a', /8 cijfers/],
    ['hoofdovereenkomst.datum', '2026-03-01', null],
    ['hoofdovereenkomst.datum', '1 maart 2026', null],
    ['hoofdovereenkomst.datum', '29-02-2024', null],
    ['hoofdovereenkomst.datum', '2026-02-30', /Datum hoofdovereenkomst.*geen geldige datum/],
    ['hoofdovereenkomst.datum', '31 april 2026', /geen geldige datum/],
    ['hoofdovereenkomst.datum', 'morgen', /geen geldige datum/],
    ['gemeente.fg-email', 'fg@utrecht.nl', null],
    ['gemeente.fg-email', 'fg@utrecht', /geen geldig e-mailadres/],
    ['gemeente.vertegenwoordiger.aanhef', 'mevrouw', null],
    ['gemeente.vertegenwoordiger.aanhef', 'Mevr.', /geen toegestane keuze.*"heer", "mevrouw"/],
    ['gemeente.bestuursorgaan', 'de Gemeenteraad', null],
    ['bijlage-2.gecertificeerd', 'misschien', /Gecertificeerd volgens deze norm.*"wel", "niet"/],
    ['verwerker.naam', '<Bedrijf>', /plaatshouder/],
    ['verwerker.naam', 'A & B <Holding> "Ltd" \u05E9\u05DC\u05D5\u05DD \u{1F600}', null],
    ['verwerker.naam', 'bel\u0007', /niet in een Word-document/],
    ['hoofdovereenkomst.diensten', 'x'.repeat(5000), null],
    ['hoofdovereenkomst.diensten', 'x'.repeat(20_001), /te lang/],
    ['bestaat.niet', 'x', /geen veld/],
  ])('%s = %j', (id, value, expected) => {
    const problem = validateField(id, value, STD);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });

  test('datums worden op z\'n Nederlands geschreven', () => {
    expect(formatDutchDate('2026-03-01')).toBe('1 maart 2026');
    expect(formatDutchDate('01-12-2025')).toBe('1 december 2025');
    expect(formatDutchDate('14 Oktober 2025')).toBe('14 oktober 2025');
    expect(formatDutchDate('2026-13-01')).toBeNull();
  });
});

describe('het antwoordenbestand', () => {
  test('een volledig, geldig bestand heeft geen problemen, ook niet bij de volledigheidscontrole', () => {
    expect(validateAnswers(COMPLETE_ANSWERS, STD)).toEqual([]);
    expect(validateAnswers(COMPLETE_ANSWERS, STD, { complete: true })).toEqual([]);
  });

  test('alle problemen tegelijk, elk met het veld erbij', () => {
    const problems = validateAnswers({
      slots: { 'verwerker.kvk': '123', 'hoofdovereenkomst.datum': '2026-02-31', 'onbekend.veld': 'x', 'gemeente.fg-email': 'geen-mail' },
      tables: { 'bijlage-1.verwerkingen': [['te', 'weinig']], 'bijlage-1.onbekend': [] },
    }, STD);
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(/onbekend\.veld/);
    expect(problems.join('\n')).toMatch(/bijlage-1\.onbekend/);
    expect(problems.join('\n')).toMatch(/rij 1.*2 kolommen.*7/);
  });

  test('veldfouten na een geldige structuur: elk veld apart gemeld', () => {
    const problems = validateAnswers({ slots: { 'verwerker.kvk': '123', 'hoofdovereenkomst.datum': '2026-02-31', 'gemeente.fg-email': 'geen-mail' } }, STD);
    expect(problems.map((p) => /\(([^()]+)\):/.exec(p)?.[1])).toEqual(['verwerker.kvk', 'hoofdovereenkomst.datum', 'gemeente.fg-email']);
  });

  test.each([
    [[], /JSON-object/],
    [{ slot: {} }, /Onbekend onderdeel "slot"/],
    [{ slots: { 'verwerker.kvk': 12345678 } }, /verwerker\.kvk.*tekst/],
    [{ bijlage3: 'ja' }, /bijlage3.*true of false/],
    [{ bijlage2Options: { 'norm-x': false } }, /Onbekende Bijlage 2-optie "norm-x"/],
    [{ tables: { 'bijlage-1.verwerkingen': 'rij' } }, /lijst van rijen/],
  ])('structuur: %j', (answers, expected) => {
    expect(validateAnswers(answers, STD).join('\n')).toMatch(expected);
  });

  test('volledigheid: verplichte velden zonder waarde worden genoemd', () => {
    const problems = validateAnswers({ slots: { 'verwerker.naam': 'X B.V.' } }, STD, { complete: true });
    expect(problems.join('\n')).toMatch(/KVK-nummer Verwerker \(verwerker\.kvk\): is verplicht/);
    expect(problems.join('\n')).not.toMatch(/\(verwerker\.naam\)/);
    expect(problems.join('\n')).not.toMatch(/\(bijlage-2\.norm\)/);
  });
});

describe('regels van de overeenkomst zelf', () => {
  test('verwerking buiten de EER vraagt een doorgifte-instrument (art. 4.3)', () => {
    const problems = validateAnswers({ tables: { 'bijlage-1.verwerkingen': [row({ 4: 'Verenigde Staten' })] } }, STD);
    expect(problems.join('\n')).toMatch(/rij 1.*Verenigde Staten.*buiten de EER.*doorgifte-instrument.*45 of 46/);
    expect(validateAnswers({ tables: { 'bijlage-1.verwerkingen': [row({ 4: 'Verenigde Staten', 5: 'SCC' })] } }, STD)).toEqual([]);
    expect(validateAnswers({ tables: { 'bijlage-1.subverwerkers': [['Cloud Inc', '', 'Hosting', 'X', 'India', '', '']] } }, STD).join('\n')).toMatch(/Tabel 3.*India/);
  });

  test.each([['Nederland', false], ['Duitsland en Ierland', false], ['datacenter Amsterdam', false], ['VS', true], ['Nederland, back-up in de US', true], ['uk', true], ['Zwitserland', true], ['focus us', false]])(
    'locatie %j buiten de EER: %s', (location, outside) => {
      expect(mentionsOutsideEer(location)).toBe(outside);
    },
  );

  test('bijzondere persoonsgegevens vragen een aanvullende maatregel', () => {
    const problems = validateAnswers({ tables: { 'bijlage-1.verwerkingen': [row({ 3: 'Naam, gezondheidsgegevens' }), row({ 3: 'Strafrechtelijke gegevens', 6: 'Versleuteling' })] } }, STD);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/rij 1.*gezondheid.*Aanvullende maatregelen/);
  });

  test('BSN is geen bijzonder gegeven: geen fout', () => {
    expect(validateAnswers({ tables: { 'bijlage-1.verwerkingen': [row({ 3: 'NAW, BSN' })] } }, STD)).toEqual([]);
  });

  test('de Verwerker heet overal hetzelfde', () => {
    const problems = validateAnswers({ slots: { 'verwerker.naam': 'Zaakwijs B.V.', 'ondertekening.verwerker.organisatie': 'Zaakwijs Holding' } }, STD);
    expect(problems.join('\n')).toMatch(/ondertekening\.verwerker\.organisatie.*Zaakwijs Holding.*verwerker\.naam/);
    expect(validateAnswers({ slots: { 'verwerker.naam': 'Zaakwijs  B.V.', 'ondertekening.verwerker.organisatie': 'zaakwijs b.v.' } }, STD)).toEqual([]);
  });

  test('een veld in een Bijlage 2-optie die wordt verwijderd, is een tegenspraak', () => {
    const problems = validateAnswers({ slots: { 'bijlage-2.andere-norm': 'ISO 9001' }, bijlage2Options: { 'norm-anders': false } }, STD);
    expect(problems.join('\n')).toMatch(/bijlage-2\.andere-norm.*norm-anders/);
  });
});

describe('answers.schema.json', () => {
  const file = JSON.parse(readFileSync(join(__dirname, '../../answers.schema.json'), 'utf8')) as Record<string, unknown>;

  test('volgt de velddefinities (opnieuw maken: zie test/fill/schema-of.ts)', () => {
    expect(file).toEqual(expectedSchema());
  });

  test('ajv aanvaardt een geldig bestand en weigert wat validateAnswers ook weigert', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    const validate = ajv.compile(file);
    expect(validate(COMPLETE_ANSWERS)).toBe(true);
    for (const bad of [{ slots: { 'verwerker.kvk': '123' } }, { slots: { x: 'y' } }, { tables: { 'bijlage-1.verwerkingen': [['a']] } }, { bijlage3: 1 }, { extra: true }]) {
      expect(validate(bad)).toBe(false);
      expect(validateAnswers(bad, STD).length).toBeGreaterThan(0);
    }
  });
});

describe('field length', () => {
  it('refuses a value longer than the checker can recognise as that field, and accepts one that fits', () => {
    const fits = 'x:!&amp;<]]><w:t>!!!!!';
    const tooLong = `${fits}!`;
    expect(validateAnswers({ slots: { 'gemeente.naam': fits } }, STD)).toEqual([]);
    const problems = validateAnswers({ slots: { 'gemeente.naam': tooLong } }, STD);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/Naam gemeente.*te lang.*20 woorden en leestekens/);
    // Free text has no such limit.
    expect(validateAnswers({ slots: { 'hoofdovereenkomst.diensten': 'woord '.repeat(2000) } }, STD)).toEqual([]);
  });

  it('round-trips the longest municipality name the field takes', () => {
    const value = 'x:!&amp;<]]><w:t>!!!!!';
    const input = readFixture('template-word.docx');
    const result = planFill(readDocx(input), { slots: { 'gemeente.naam': value } }, STD);
    if (!result.ok) throw new Error(result.problems.join('\n'));
    const scan = scanSnapshot(readDocx(applyPlanToDocx(input, result.plan)), STD);
    expect(scan.slots.find((s) => s.id === 'gemeente.naam')?.value).toBe(value);
  });
});
