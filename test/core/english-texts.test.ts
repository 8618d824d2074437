// English mode says nothing in Dutch, for every code the core hands a front end: answer problems
// and notes, plan summaries, reader warnings, and what the command line prints with --lang en
// (check with a reader warning, scan with field and Bijlage 2 labels, fill with its problems and
// its summary). Each code has a sample here: a code added without one does not compile.
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { runCli } from '../../src/cli/main';
import { type AnswerNote, type AnswerProblem, answerNoteText, answerProblemText, type ValueProblem, valueProblemText } from '../../src/core/answer-text';
import { type PlanNote, planNoteText } from '../../src/core/plan-summary';
import { type ReaderWarning, readerWarningText } from '../../src/core/reader-warning';
import { clause, STD } from '../helpers/standard';
import { editedFixture } from '../robustness/craft';
import { memoryIO } from '../helpers/memory-io';
import { DUTCH_WORDS } from '../taskpane/dutch-words';

/** The pane's list and the words these sentences would leave behind when half translated. */
const DUTCH = [
  ...DUTCH_WORDS, 'veld', 'tabel', 'Tabel', 'rij', 'rijen', 'optie', 'moet', 'zijn', 'wordt', 'kan', 'geen', 'Onbekend', 'ontbreekt',
  'verwijderd', 'toegevoegd', 'opgeslagen', 'gecontroleerd', 'gelezen', 'Gebruik', 'Geschreven', 'tekens', 'Algemeen erkende', 'gedragscode',
  'Rapportages', 'Overheidsnorm', 'Andere norm', 'Naam gemeente', 'verwerkingen', 'subverwerkers', 'alinea', 'kop ', 'ingevoegd',
];

const IDS = [...STD.slots.map((s) => s.id), ...STD.tables.map((t) => t.id), ...STD.bijlage2Options.map((o) => o.id)]
  .sort((a, b) => b.length - a.length);

/**
 * Dutch words in a sentence, leaving out what is no word of the tool's: quoted values (what the user
 * typed, the standard's text, a column heading) and ids (the keys of the answers file).
 */
function dutchIn(text: string): string[] {
  let words = text.replace(/"[^"]*"/g, '""');
  for (const id of IDS) words = words.split(id).join('');
  return DUTCH.filter((word) => new RegExp(`(^|[^\\p{L}])${word.trim()}([^\\p{L}]|$)`, 'u').test(words));
}

const VALUE: Record<ValueProblem['code'], ValueProblem> = {
  'not-a-field': { code: 'not-a-field' },
  unwritable: { code: 'unwritable' },
  'too-long': { code: 'too-long', length: 20_001, max: 20_000 },
  placeholder: { code: 'placeholder', text: '<persoonsnaam>' },
  'not-annex-number': { code: 'not-annex-number', text: 'vijf' },
  'over-capacity': { code: 'over-capacity', capacity: 20 },
  'not-kvk': { code: 'not-kvk', text: '123' },
  'not-date': { code: 'not-date', text: '31-02-2026' },
  'not-email': { code: 'not-email', text: 'fg-at-example' },
  'not-a-choice': { code: 'not-a-choice', text: 'misschien', choices: ['wel', 'niet'] },
};

const PROBLEM: Record<AnswerProblem['code'], AnswerProblem> = {
  'too-deep': { code: 'too-deep', limit: 32 },
  'not-an-object': { code: 'not-an-object' },
  'unknown-part': { code: 'unknown-part', key: 'velden', allowed: ['slots', 'tables'] },
  'slots-not-object': { code: 'slots-not-object' },
  'unknown-field': { code: 'unknown-field', slotId: 'x.y' },
  'value-not-text': { code: 'value-not-text', slotId: 'verwerker.kvk', value: '12345678' },
  'tables-not-object': { code: 'tables-not-object' },
  'unknown-table': { code: 'unknown-table', tableId: 'bijlage-1.x', known: ['bijlage-1.verwerkingen'] },
  'table-not-rows': { code: 'table-not-rows', tableId: 'bijlage-1.verwerkingen', columns: 7 },
  'too-many-rows': { code: 'too-many-rows', tableId: 'bijlage-1.verwerkingen', rows: 501, max: 500 },
  'row-not-texts': { code: 'row-not-texts', tableId: 'bijlage-1.subverwerkers', row: 0, columns: 7 },
  'row-width': { code: 'row-width', tableId: 'bijlage-1.subverwerkers', row: 1, width: 2, columns: ['A', 'B', 'C'] },
  cell: { code: 'cell', tableId: 'bijlage-1.verwerkingen', row: 0, column: 'Verwerkingslocatie', problem: { code: 'unwritable' } },
  'bijlage3-not-boolean': { code: 'bijlage3-not-boolean' },
  'options-not-object': { code: 'options-not-object' },
  'unknown-option': { code: 'unknown-option', optionId: 'x', known: ['norm-anders'] },
  'option-not-boolean': { code: 'option-not-boolean', optionId: 'gedragscode' },
  field: { code: 'field', slotId: 'gemeente.naam', problem: { code: 'over-capacity', capacity: 20 } },
  'option-with-parent': { code: 'option-with-parent', optionId: 'norm-certificeringsdatum', parentId: 'norm-certificering' },
  'field-in-removed-option': { code: 'field-in-removed-option', slotId: 'bijlage-2.andere-norm', optionId: 'norm-anders' },
  'outside-eer': { code: 'outside-eer', tableId: 'bijlage-1.verwerkingen', row: 0, location: 'India' },
  'special-categories': { code: 'special-categories', tableId: 'bijlage-1.verwerkingen', row: 2, categories: ['health', 'criminal'] },
  'processor-name-differs': { code: 'processor-name-differs', signer: 'Zaakwijs Holding', company: 'Zaakwijs B.V.' },
  required: { code: 'required', slotId: 'verwerker.kvk' },
  'not-in-document': { code: 'not-in-document', slotId: 'contact.verwerker.naam' },
  'fields-overlap': { code: 'fields-overlap', slotId: 'gemeente.vertegenwoordiger.aanhef', otherId: 'gemeente.vertegenwoordiger.naam' },
  'table-not-found': { code: 'table-not-found', tableId: 'bijlage-1.subverwerkers' },
  'option-not-in-document': { code: 'option-not-in-document', optionId: 'toereikend-tpm' },
  unusable: { code: 'unusable', reason: { code: 'no-fields' }, text: 'Dit document is geen VNG standaard verwerkersovereenkomst gemeenten' },
};

const NOTE: AnswerNote = { code: 'bsn', tableId: 'bijlage-1.verwerkingen', row: 0 };

const SUMMARY: Record<PlanNote['code'], PlanNote> = {
  filled: { code: 'filled', slotId: 'verwerker.naam', value: 'Zaakwijs B.V.', times: 3 },
  'table-rows': { code: 'table-rows', tableId: 'bijlage-1.verwerkingen', set: 1, added: 2, cleared: 1 },
  'option-removed': { code: 'option-removed', optionId: 'gedragscode' },
  'heading-removed': { code: 'heading-removed', heading: 'Aansluiting bij goedgekeurde gedragscode' },
  'bijlage3-added': { code: 'bijlage3-added' },
  'bijlage3-removed': { code: 'bijlage3-removed', paragraphs: 1 },
  'kept-after-bijlage2': { code: 'kept-after-bijlage2', paragraphs: 2 },
  'answers-stored': { code: 'answers-stored' },
  'nothing-to-change': { code: 'nothing-to-change' },
  note: { code: 'note', note: NOTE },
  restored: { code: 'restored', clause: clause('art-5.1'), kind: 'reject' },
  'clause-inserted': { code: 'clause-inserted', clause: clause('art-4.6'), host: 'file' },
  'bijlage3-inserted-at-end': { code: 'bijlage3-inserted-at-end' },
  'agreement-inserted': { code: 'agreement-inserted', version: '2.5.3' },
  'comment-placed': { code: 'comment-placed', clause: null },
  'review-stored': { code: 'review-stored', accepted: 1 },
};

const WARNING: Record<ReaderWarning['code'], ReaderWarning> = {
  'nested-table': { code: 'nested-table' },
  'table-count-mismatch': { code: 'table-count-mismatch' },
  'revisions-unaligned': { code: 'revisions-unaligned' },
  wordart: { code: 'wordart' },
  'unprinted-header-footer': { code: 'unprinted-header-footer' },
  'embedded-missing': { code: 'embedded-missing' },
  'embedded-unreadable': { code: 'embedded-unreadable', contentType: '' },
  'embedded-not-read': { code: 'embedded-not-read' },
  'embedded-nested-stories': { code: 'embedded-nested-stories' },
  'binding-unsupported': { code: 'binding-unsupported' },
  macros: { code: 'macros' },
  'damaged-part': { code: 'damaged-part', part: 'word/styles.xml' },
};

describe('every code in English has no Dutch word, and differs from its Dutch', () => {
  const cases: [string, (language: 'nl' | 'en') => string][] = [
    ...Object.values(VALUE).map((v): [string, (l: 'nl' | 'en') => string] => [`value ${v.code}`, (l) => valueProblemText(v, l)]),
    ...Object.values(PROBLEM).flatMap((p): [string, (l: 'nl' | 'en') => string][] => [
      [`problem ${p.code}`, (l) => answerProblemText(p, l)],
      [`problem ${p.code} with ids`, (l) => answerProblemText(p, l, { ids: true })],
    ]),
    ['note bsn', (l) => answerNoteText(NOTE, l)],
    ...Object.values(SUMMARY).map((n): [string, (l: 'nl' | 'en') => string] => [`summary ${n.code}`, (l) => planNoteText(n, l)]),
    ...Object.values(WARNING).map((w): [string, (l: 'nl' | 'en') => string] => [`warning ${w.code}`, (l) => readerWarningText(w, l)]),
  ];
  test.each(cases)('%s', (_, text) => {
    expect(dutchIn(text('en'))).toEqual([]);
    expect(text('en')).not.toBe(text('nl'));
  });

  test('the form names fields, tables and options by label only; the command line adds the id', () => {
    expect(answerProblemText(PROBLEM['field-in-removed-option'], 'en')).toBe('Other standard: is filled in, but the Annex 2 option "Other standard" it stands in is removed.');
    expect(answerProblemText(PROBLEM['field-in-removed-option'], 'nl', { ids: true }))
      .toBe('Andere norm (bijlage-2.andere-norm): is ingevuld, maar de Bijlage 2-optie "Andere norm" (norm-anders) waarin het staat wordt verwijderd.');
    expect(planNoteText(SUMMARY['bijlage3-removed'], 'nl')).toBe('Bijlage 3 verwijderd (1 alinea).');
  });
});

describe('the command line in English (--lang en)', () => {
  const answersFile = (answers: unknown): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'vo-en-')), 'a.json');
    writeFileSync(path, JSON.stringify(answers));
    return path;
  };
  const input = join(__dirname, '..', 'fixtures', 'clean-unfilled.docx');

  test('fill: every problem of invalid answers, and nothing written', async () => {
    const io = memoryIO();
    const answers = answersFile({
      slots: { 'verwerker.kvk': '123', 'hoofdovereenkomst.datum': '2026-02-31', 'bijlage-2.andere-norm': 'ISO 9001', 'bestaat.niet': 'x' },
      tables: { 'bijlage-1.verwerkingen': [['Zaak', 'Wmo', 'Inwoners', 'Gezondheid', 'India', '', '']], 'bijlage-1.subverwerkers': [['te', 'weinig']] },
      bijlage2Options: { 'norm-anders': false, onbekend: true },
    });
    expect(await runCli(['fill', input, '--answers', answers, '-o', 'uit.docx', '--lang', 'en'], io, {})).toBe(2);
    const lines = io.err.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(io.err).toMatch(/Processor: Chamber of Commerce number \(verwerker\.kvk\): "123" is no Chamber of Commerce/);
    expect(io.err).toMatch(/Annex 1, Table 1: processing operations, row 1: the processing location "India" is outside the EEA/);
    expect(dutchIn(io.err)).toEqual([]);
    expect(io.written).toEqual({});
  });

  test('fill --help answers with its usage, in English', async () => {
    const io = memoryIO();
    expect(await runCli(['fill', '--help', '--lang', 'en'], io, {})).toBe(0);
    expect(io.out).toBe('Usage: vo-assistent fill <in.docx> --answers <answers.json> -o <out.docx>\n');
  });

  test('fill: the summary of what was done', async () => {
    const io = memoryIO();
    const answers = answersFile({
      slots: { 'verwerker.naam': 'Zaakwijs B.V.', 'ondertekening.verwerker.organisatie': 'Zaakwijs B.V.' },
      tables: { 'bijlage-1.verwerkingen': [['Zaak', 'Wmo', 'Inwoners', 'NAW, BSN', 'Nederland', '', '']] },
      bijlage2Options: { gedragscode: false },
      bijlage3: true,
    });
    expect(await runCli(['fill', input, '--answers', answers, '-o', 'uit.docx', '--lang', 'en'], io, {})).toBe(0);
    expect(io.out).toMatch(/^Filled in: Processor \(company name\) \(verwerker\.naam\) = "Zaakwijs B\.V\."/m);
    expect(io.out).toMatch(/Annex 2: option "Approved code of conduct" \(gedragscode\) removed/);
    expect(io.out).toMatch(/Note: Annex 1, Table 1: processing operations, row 1: the BSN/);
    expect(io.out).toMatch(/Written: uit\.docx\n$/);
    expect(dutchIn(io.out)).toEqual([]);
  });

  test('scan: field labels, tables and the Bijlage 2 options left out', async () => {
    const filled = memoryIO();
    await runCli(['fill', input, '--answers', answersFile({ bijlage2Options: { 'norm-anders': false } }), '-o', 'zonder.docx'], filled, {});
    const io = memoryIO(filled.written);
    expect(await runCli(['scan', 'zonder.docx', '--lang', 'en'], io, {})).toBe(0);
    expect(io.out).toMatch(/^ {2}Municipality( \(\d+×\))?: /m);
    expect(io.out).toMatch(/Annex 2, not included: Other standard/);
    expect(dutchIn(io.out.replace(/: .*$/gm, ''))).toEqual([]);
  });

  test('check: a reader warning (a missing embedded document) is worded in English', async () => {
    const bytes = editedFixture('clean-filled.docx', (xml) => xml.replace('</w:body>', '<w:altChunk r:id="rId999"/></w:body>'));
    const io = memoryIO({ 'met-chunk.docx': bytes });
    await runCli(['check', 'met-chunk.docx', '--lang', 'en'], io, {});
    expect(io.out).toMatch(/An embedded external document \(altChunk\) is missing from the package and was not checked\./);
    expect(dutchIn(io.out)).toEqual([]);
    const dutch = memoryIO({ 'met-chunk.docx': bytes });
    await runCli(['check', 'met-chunk.docx', '--json'], dutch, {});
    const finding = (JSON.parse(dutch.out) as { findings: { reason: { code: string }; message: string }[] }).findings.find((f) => f.reason.code === 'reader-warning');
    // The contract's message stays Dutch; the reason carries the warning's code.
    expect(finding).toEqual(expect.objectContaining({ message: 'Een ingevoegd extern document (altChunk) ontbreekt in het pakket en is niet gecontroleerd.', reason: { code: 'reader-warning', warning: { code: 'embedded-missing' } } }));
  });
});
