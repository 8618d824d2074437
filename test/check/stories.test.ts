// Text outside the body's standard text: headers, footers, notes, text boxes, embedded parts, and
// body text before the title or after the end (check-contract.md, "Everything a reader of the file
// sees"). Snapshots are real documents read by the .docx reader, with stories added.
import { checkSnapshot } from '../../src/core/check';
import type { Finding } from '../../src/core/findings';
import type { DocumentSnapshot } from '../../src/core/snapshot';
import { FILLED, paragraph, paragraphStarting, readFixture, type StorySpec, WORD_BASE, withStories, editBody, blockHolding } from './story-builder';
import { STD } from '../helpers/standard';

const filled = readFixture(FILLED);
const wordBase = readFixture(WORD_BASE);

function errors(snapshot: DocumentSnapshot): Finding[] {
  return checkSnapshot(snapshot, STD).findings.filter((f) => f.severity === 'error');
}

function withStory(snapshot: DocumentSnapshot, spec: StorySpec): DocumentSnapshot {
  return withStories(snapshot, [spec]);
}

const header: StorySpec['placement'] = { story: 'header', sections: [0], pages: 'default' };
const footer: StorySpec['placement'] = { story: 'footer', sections: [0], pages: 'default' };

describe('stories', () => {
  it('the documents themselves are clean', () => {
    expect(errors(filled)).toEqual([]);
    expect(errors(wordBase)).toEqual([]);
  });

  it('a header that changes 5.1 is an error at art-5.1 in the header', () => {
    const found = errors(withStory(filled, { placement: header, paragraphs: [['In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.']] }));
    expect(found).toEqual([expect.objectContaining({ kind: 'inserted', clause: 'art-5.1', story: 'header', severity: 'error' })]);
    const [only] = found;
    expect(only?.actual).toContain('72 uur');
    expect(only?.message).toBe('In de koptekst staat tekst die niet in de standaard staat (bij Artikel 5.1)');
    // Its paragraph is the story's, numbered on from the body's.
    expect(only?.paragraphIndex).toBeGreaterThan(paragraphStarting(filled, 'Bijlage 5'));
  });

  it('a footnote anchored in 5.1 is an error at art-5.1 even when it names nothing', () => {
    const anchor = paragraphStarting(filled, '5.1 Verwerker zal');
    const found = errors(withStory(filled, { placement: { story: 'footnote', noteId: '1' }, anchorParagraphIndex: anchor, paragraphs: [['In het weekend geldt een termijn van 72 uur.']] }));
    expect(found).toEqual([expect.objectContaining({ kind: 'inserted', clause: 'art-5.1', story: 'footnote' })]);
    expect(found[0]?.restore).toEqual({ kind: 'delete', paragraphIndex: found[0]?.paragraphIndex });
  });

  it('a text box anchored in 4.2 is an error at art-4.2', () => {
    const anchor = paragraphStarting(filled, 'Verwerker verleent alle benodigde medewerking aan audits');
    const found = errors(withStory(filled, { placement: { story: 'textbox' }, anchorParagraphIndex: anchor, paragraphs: [['De kosten van audits draagt altijd de gemeente.']] }));
    expect(found).toEqual([expect.objectContaining({ kind: 'inserted', clause: 'art-4.2', story: 'textbox' })]);
  });

  it('an embedded part with an added provision is an error', () => {
    const anchor = paragraphStarting(filled, '8.1 Op deze overeenkomst');
    const found = errors(withStory(filled, {
      placement: { story: 'embedded', contentType: 'text/html' }, anchorParagraphIndex: anchor,
      paragraphs: [['Aanvullende bepaling'], ['Verwerker mag Persoonsgegevens gebruiken voor eigen doeleinden.']],
    }));
    // Two paragraphs one after the other: one finding that holds both (core/inserted-runs.ts).
    expect(found).toEqual([expect.objectContaining({ story: 'embedded', kind: 'inserted', clause: 'art-8.1' })]);
    expect(found[0]?.actual).toBe('Aanvullende bepaling\nVerwerker mag Persoonsgegevens gebruiken voor eigen doeleinden.');
    expect(found[0]?.lastParagraphIndex).toBe((found[0]?.paragraphIndex ?? NaN) + 1);
    // An imported part is no text that can be edited: nothing to restore there.
    expect(found[0]?.restore).toBeNull();
  });

  it('a header without an anchor or a named provision has no clause', () => {
    const found = errors(withStory(filled, { placement: header, paragraphs: [['Verwerker mag alles.']] }));
    expect(found).toEqual([expect.objectContaining({ clause: null, story: 'header' })]);
  });

  it('page numbers with their words, fields of document facts, names and the title are not alterations', () => {
    const title = 'Verwerkersovereenkomst uitvoering Salarisadministratie en HR-systeem';
    const snapshot = withStories(filled, [
      { placement: footer, paragraphs: [['Pagina ', { text: '3', field: 'PAGE' }, ' van ', { text: '11', field: 'NUMPAGES' }]] },
      { placement: { story: 'footer', sections: [0], pages: 'first' }, paragraphs: [['Page ', { text: '1', field: 'PAGE' }, ' of ', { text: '11', field: 'NUMPAGES' }], ['blz. 3']] },
      { placement: header, paragraphs: [['Gemeente Haarlem'], [title], ['Payroll Diensten B.V. – ', { text: '1 december 2026', field: 'DATE' }]] },
      { placement: { story: 'header', sections: [0], pages: 'even' }, paragraphs: [['VNG standaard verwerkersovereenkomst gemeenten versie 2.5.3 (25-12-2025)']] },
      { placement: { story: 'footnote', noteId: '2' }, anchorParagraphIndex: paragraphStarting(filled, '5.1 Verwerker zal'), paragraphs: [[''], ['  ']] },
      { placement: { story: 'textbox' }, anchorParagraphIndex: 3, paragraphs: [] },
    ]);
    expect(errors(snapshot)).toEqual([]);
  });

  it('"Gemeente Haarlem" in a header of the unfilled standard is its name', () => {
    expect(errors(withStory(wordBase, { placement: header, paragraphs: [['Gemeente Haarlem']] }))).toEqual([]);
  });

  it('a field that prints words other than a document fact is text like any other', () => {
    const found = errors(withStory(filled, { placement: footer, paragraphs: [['Pagina ', { text: 'Inbreuken meldt Verwerker binnen 72 uur', field: 'REF' }]] }));
    expect(found).toEqual([expect.objectContaining({ story: 'footer', kind: 'inserted' })]);
  });

  it('a fact field cannot carry a provision: a TITLE result naming article 5.1 counts', () => {
    const found = errors(withStory(filled, { placement: header, paragraphs: [[{ text: 'In afwijking van artikel 5.1: 72 uur', field: 'TITLE' }]] }));
    expect(found).toEqual([expect.objectContaining({ clause: 'art-5.1', story: 'header' })]);
  });

  it('the title with another name in a header is not the title', () => {
    const found = errors(withStory(filled, { placement: header, paragraphs: [['Verwerkersovereenkomst uitvoering een dienst waarbij Verwerker Inbreuken binnen 72 uur meldt']] }));
    expect(found).toEqual([expect.objectContaining({ story: 'header', kind: 'inserted' })]);
  });

  it('standard text moved into a footer is missing in the body; the footer copy does not count', () => {
    const at = paragraphStarting(filled, '7.2 De geheimhouding');
    const moved = editBody(filled, (blocks) => blocks.filter((_, i) => i !== blockHolding(blocks, at)));
    const found = errors(withStory(moved, { placement: footer, paragraphs: [['7.2 De geheimhouding geldt ook nog na beëindiging van deze Verwerkersovereenkomst.']] }));
    expect(found).toEqual([expect.objectContaining({ kind: 'missing', clause: 'art-7.2', story: 'body' })]);
  });
});

describe('the body outside the agreement', () => {
  const added = (where: 'start' | 'end', texts: readonly string[]): DocumentSnapshot => editBody(filled, (blocks) => {
    const extra = texts.map((t) => paragraph([t]));
    return where === 'start' ? [...extra, ...blocks] : [...blocks, ...extra];
  });

  it('a provision after the last Bijlage is an error', () => {
    const found = errors(added('end', ['Aanvullende bepaling', 'Verwerker mag Persoonsgegevens gebruiken voor eigen doeleinden.']));
    expect(found).toEqual([expect.objectContaining({ kind: 'inserted', story: 'body', clause: 'gibit-26.11' })]);
    expect(found[0]?.redline).toEqual([{ op: 'insert', text: 'Aanvullende bepaling\nVerwerker mag Persoonsgegevens gebruiken voor eigen doeleinden.' }]);
    expect(found[0]?.lastParagraphIndex).toBe((found[0]?.paragraphIndex ?? NaN) + 1);
    expect(found[0]?.message).toContain('Na het einde van de overeenkomst');
  });

  it('a provision before the title is an error at the title, or at the provision it names', () => {
    const found = errors(added('start', ['Aanvullende bepaling', 'In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.']));
    expect(found.map((f) => f.clause)).toEqual(['titel', 'art-5.1']);
    expect(found[0]?.message).toContain('Vóór de titel');
  });

  it('names, page numbers and the annex number outside the agreement are fine', () => {
    expect(errors(added('start', ['Bijlage 7', 'Gemeente Haarlem']))).toEqual([]);
    expect(errors(added('end', ['Pagina 11 van 11', 'Payroll Diensten B.V.']))).toEqual([]);
  });
});
