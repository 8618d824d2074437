// The stories LibreOffice wrote (scripts/make-fixtures, test/fixtures/labels.jsonl) are in
// the snapshot where a reader sees them: the right kind of story, section and pages, anchored at
// the paragraph that holds the note's mark or the text box, fields named by their keyword.
import { readFileSync } from 'fs';
import { join } from 'path';
import { blockParagraphs, type DocumentSnapshot, type StorySnapshot, visibleText } from '../../src/core/snapshot';
import { readDocx } from '../../src/docx/package';
import { readLabels } from '../helpers/labels';
import { OWN_FIXTURES } from '../helpers/paths';

interface Expected {
  readonly placement: StorySnapshot['placement'];
  /** The start of the body paragraph the story is anchored at, or null. */
  readonly anchor: string | null;
  readonly text: string;
  readonly fields?: readonly string[];
}

const read = (file: string): DocumentSnapshot => readDocx(new Uint8Array(readFileSync(join(OWN_FIXTURES, file))));
const header = (pages: 'default' | 'first' | 'even', sections = [0]) => ({ story: 'header' as const, sections, pages });
const footer = { story: 'footer' as const, sections: [0], pages: 'default' as const };

const EXPECTED: Record<string, readonly Expected[]> = {
  'alt-story-header-default-5.1.docx': [{ placement: header('default'), anchor: null, text: 'In afwijking van artikel 5.1 meldt Verwerker een Inbreuk binnen 72 uur.' }],
  'alt-story-header-first-5.1.docx': [
    { placement: header('default'), anchor: null, text: '' },
    { placement: header('first'), anchor: null, text: 'Verwerker meldt een Inbreuk binnen 72 uur (artikel 5.1).' },
  ],
  'alt-story-header-even-4.2.docx': [
    { placement: header('default'), anchor: null, text: 'Gemeente Haarlem' },
    { placement: header('even'), anchor: null, text: 'In afwijking van artikel 4.2 draagt Verwerkingsverantwoordelijke de kosten van elke audit.' },
  ],
  'alt-story-footer-8.1.docx': [{ placement: footer, anchor: null, text: 'In afwijking van artikel 8.1 is Duits recht van toepassing.' }],
  'alt-story-footnote-5.1.docx': [{ placement: { story: 'footnote', noteId: '2' }, anchor: '5.1 Verwerker zal', text: '\tGerekend in werkdagen; in het weekend binnen 72 uur.' }],
  'alt-story-endnote-4.3.docx': [{ placement: { story: 'endnote', noteId: '2' }, anchor: 'Verwerker mag Persoonsgegevens buiten de Europese', text: '\tVerwerker mag Persoonsgegevens ook in de Verenigde Staten verwerken.' }],
  'alt-story-textbox-6.1.docx': [{ placement: { story: 'textbox' }, anchor: '6.1 Eventuele', text: 'Verwerker mag de Persoonsgegevens na afloop twaalf maanden bewaren.' }],
  'alt-story-section2-header-gibit-16.3.docx': [
    { placement: header('default'), anchor: null, text: 'Gemeente Haarlem' },
    { placement: header('default', [1]), anchor: null, text: 'In afwijking van GIBIT artikel 16.3 is de aansprakelijkheid beperkt tot € 100.000,-.' },
  ],
  'clean-story-footer-page-x-of-y.docx': [{ placement: footer, anchor: null, text: 'Pagina 10 van 10', fields: ['PAGE', 'NUMPAGES'] }],
  'clean-story-header-municipality.docx': [
    { placement: header('default'), anchor: null, text: 'Gemeente Haarlem' },
    { placement: footer, anchor: null, text: '10', fields: ['PAGE'] },
  ],
};

describe('stories of the LibreOffice fixtures', () => {
  const labelled = readLabels(OWN_FIXTURES).filter((l) => l.file.includes('-story-'));

  it('has an expectation for every labelled file', () => {
    expect(labelled.map((l) => l.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const snapshot = read(file);
    const body = [...blockParagraphs(snapshot.blocks)];
    expect(snapshot.stories.map((s) => {
      const paragraphs = [...blockParagraphs(s.blocks)];
      const fields = paragraphs.flatMap((x) => x.segments.flatMap((seg) => (seg.field ? [seg.field] : [])));
      return {
        placement: s.placement,
        anchor: s.anchorParagraphIndex === null ? null : visibleText(body[s.anchorParagraphIndex]!).slice(0, expected.find((e) => e.anchor)?.anchor?.length ?? 0),
        text: paragraphs.map(visibleText).join('\n'),
        ...(fields.length > 0 ? { fields } : {}),
      };
    })).toEqual(expected);
  });
});
