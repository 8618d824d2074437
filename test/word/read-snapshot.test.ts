// Snapshot fidelity: what the Word adapter reads must be what the reader of the document sees.
import { allParagraphs, type ParagraphSnapshot, presentText, visibleText } from '../../src/core/snapshot';
import { DocumentBuilder } from '../fakes/document-builder';
import { DESKTOP_SETS, WEB_SETS, WORD_2019_SETS } from '../fakes/office-env';
import { withWord } from './harness';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Word;
  delete (globalThis as Record<string, unknown>).Office;
});

function paragraphAt(snapshotParagraphs: ParagraphSnapshot[], index: number): ParagraphSnapshot {
  const p = snapshotParagraphs.find((x) => x.index === index);
  if (!p) throw new Error(`no paragraph ${index}`);
  return p;
}

describe('readSnapshot', () => {
  it('reads list labels, styles and heading levels', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Artikel 5 Beveiliging', { styleBuiltIn: 'Heading1' });
    doc.paragraph('Verwerker meldt een datalek binnen 24 uur.', { listString: '5.1', style: 'Lijstalinea', styleBuiltIn: 'ListParagraph' });
    doc.paragraph('Eigen kop', { style: 'Kop 3', styleBuiltIn: 'Other' });
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    const paragraphs = [...allParagraphs(snapshot)];
    expect(paragraphs.map((p) => [p.index, p.listLabel, p.headingLevel, p.styleName])).toEqual([
      [0, '', 1, 'Kop 1'],
      [1, '5.1', 0, 'Lijstalinea'],
      [2, '', 3, 'Kop 3'],
    ]);
    expect(visibleText(paragraphAt(paragraphs, 1))).toBe('Verwerker meldt een datalek binnen 24 uur.');
  });

  it('groups table cell paragraphs into tables, numbered in document order', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Bijlage 1');
    doc.table([
      ['Naam verwerking', 'Doel'],
      ['Zaakregistratie', 'Uitvoering Wmo\nen Jeugdwet'],
    ]);
    doc.paragraph('NB');
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    expect(snapshot.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const table = snapshot.blocks[1];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row.map((cell) => cell.map((p) => `${p.index}:${visibleText(p)}`)))).toEqual([
      [['1:Naam verwerking'], ['2:Doel']],
      [['3:Zaakregistratie'], ['4:Uitvoering Wmo', '5:en Jeugdwet']],
    ]);
    expect([...allParagraphs(snapshot)].map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(snapshot.warnings).toEqual([]);
  });

  it('tags text inside content controls, inline and around whole paragraphs', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph(['Gemeente ', doc.control('gemeente.naam', 'Haarlem'), ', gevestigd te ', doc.control('gemeente.plaats', 'Haarlem'), '.']);
    const wrapped = doc.paragraph('Optie A');
    doc.enclose('bijlage-2.optie', [wrapped]);
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    const [first, second] = [...allParagraphs(snapshot)];
    expect(first?.segments.map((s) => [s.text, s.controlTag])).toEqual([
      ['Gemeente ', null],
      ['Haarlem', 'gemeente.naam'],
      [', gevestigd te ', null],
      ['Haarlem', 'gemeente.plaats'],
      ['.', null],
    ]);
    expect(second?.segments.map((s) => [s.text, s.controlTag])).toEqual([['Optie A', 'bijlage-2.optie']]);
  });

  it('places tracked insertions and deletions (WordApi 1.6)', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph(['Melding binnen ', doc.deleted('24'), doc.inserted('48'), ' uur.']);
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    const [p] = [...allParagraphs(snapshot)];
    if (!p) throw new Error('no paragraph');
    expect(p.segments.map((s) => [s.text, s.revision])).toEqual([
      ['Melding binnen ', 'none'],
      ['24', 'deleted'],
      ['48', 'inserted'],
      [' uur.', 'none'],
    ]);
    expect(visibleText(p)).toBe('Melding binnen 48 uur.');
  });

  it('reads comments and the paragraphs they are anchored in (WordApi 1.4)', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Artikel 1');
    const commented = doc.paragraph('Artikel 2');
    const id = doc.comment(commented, 'Waarom is dit gewijzigd?', 'Inkoper Haarlem');
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    expect(snapshot.comments).toEqual([{ id, author: 'Inkoper Haarlem', text: 'Waarom is dit gewijzigd?' }]);
    expect([...allParagraphs(snapshot)].map((p) => p.commentIds)).toEqual([[], [id]]);
  });

  it('marks hidden text, whole paragraphs and single words (WordApiDesktop 1.2)', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph(doc.hidden('Geheel verborgen.'));
    doc.paragraph(['Melding binnen ', doc.hidden('niet '), 'een dag.']);
    const { port } = withWord(doc, DESKTOP_SETS);
    expect(port.capabilities().hiddenText).toBe(true);
    const snapshot = await port.readSnapshot();
    const [whole, mixed] = [...allParagraphs(snapshot)];
    expect(whole?.segments).toEqual([{ text: 'Geheel verborgen.', hidden: true, revision: 'none', controlTag: null }]);
    expect(mixed?.segments.map((s) => [s.text, s.hidden])).toEqual([
      ['Melding binnen ', false],
      ['niet ', true],
      ['een dag.', false],
    ]);
    expect(mixed && visibleText(mixed)).toBe('Melding binnen een dag.');
    expect(mixed && presentText(mixed)).toBe('Melding binnen niet een dag.');
  });

  it('reads the stored answers from the custom XML part of its namespace', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Verwerkersovereenkomst');
    doc.customXml('urn:andere:1', '<x xmlns="urn:andere:1">nee</x>');
    doc.customXml('urn:vo-assistent:answers:1', '<answers xmlns="urn:vo-assistent:answers:1">{"slots":{"a":"R&amp;D &lt;x&gt;"}}</answers>');
    const { port } = withWord(doc);
    const snapshot = await port.readSnapshot();
    expect(snapshot.storedAnswers).toBe('{"slots":{"a":"R&D <x>"}}');
  });

  it('shows manual line breaks as \\n, like the .docx reader', async () => {
    const doc = new DocumentBuilder();
    doc.paragraph('Naam:\u000bFunctie:');
    const { port } = withWord(doc);
    const [p] = [...allParagraphs(await port.readSnapshot())];
    expect(p && visibleText(p)).toBe('Naam:\nFunctie:');
  });
});

describe('readSnapshot where requirement sets are missing', () => {
  function featureDocument(): DocumentBuilder {
    const doc = new DocumentBuilder();
    doc.paragraph(['Melding binnen ', doc.deleted('24'), doc.inserted('48'), ' uur.'], { listString: '5.1' });
    const p = doc.paragraph(['Zichtbaar ', doc.hidden('verborgen')]);
    doc.comment(p, 'Opmerking', 'Leverancier');
    doc.customXml('urn:vo-assistent:answers:1', '<answers xmlns="urn:vo-assistent:answers:1">{"uit":"xml"}</answers>');
    return doc;
  }

  it('on the web: no hidden text, and says so in Dutch', async () => {
    const { port } = withWord(featureDocument(), WEB_SETS);
    const capabilities = port.capabilities();
    expect(capabilities).toMatchObject({ hiddenText: false, trackedChanges: true, comments: true, customXml: true });
    expect(capabilities.limitations.some((l) => l.includes('Verborgen tekst kan hier niet worden herkend'))).toBe(true);
    const snapshot = await port.readSnapshot();
    const paragraphs = [...allParagraphs(snapshot)];
    expect(paragraphs[1]?.segments.every((s) => !s.hidden)).toBe(true);
    expect(paragraphs[0]?.segments.some((s) => s.revision === 'deleted')).toBe(true);
    expect(snapshot.comments).toHaveLength(1);
  });

  it('on Word 2019 (WordApi 1.3): reads text and labels, no tracked changes, comments or XML parts', async () => {
    const doc = featureDocument();
    const { port, office } = withWord(doc, WORD_2019_SETS);
    office.settings.set('vo-assistent.answers', '{"uit":"instellingen"}');
    const capabilities = port.capabilities();
    expect(capabilities).toMatchObject({ hiddenText: false, trackedChanges: false, comments: false, customXml: false, contentControls: true });
    expect(capabilities.limitations).toHaveLength(8);
    expect(capabilities.limitations.some((l) => l.startsWith('Voetnoten en eindnoten kunnen in deze versie van Word niet worden gelezen'))).toBe(true);
    const snapshot = await port.readSnapshot();
    const paragraphs = [...allParagraphs(snapshot)];
    expect(paragraphs[0]?.listLabel).toBe('5.1');
    expect(paragraphs[0]?.segments.every((s) => s.revision === 'none')).toBe(true);
    expect(snapshot.comments).toEqual([]);
    expect(snapshot.storedAnswers).toBe('{"uit":"instellingen"}');
  });

  it('speaks English when Office runs in English', () => {
    const { port } = withWord(featureDocument(), WORD_2019_SETS, 'en-US');
    expect(port.capabilities().limitations[0]).toMatch(/^Tracked changes cannot be read/);
  });
});
