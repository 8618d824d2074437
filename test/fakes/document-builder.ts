// Builds fake Word documents for tests: paragraphs of runs, list labels, tables, content
// controls, hidden text, tracked changes and comments, headers and footers per section, notes and
// text boxes, straight into the model (with Word's control marks where desktop Word has them).
import { type HeaderFooterType, type ModelParagraph, type ModelRun, type ModelStory, NOTE_MARK, run, type StoryKind, WordModel } from './word-model';

export type RunSpec = string | ModelRun;

export interface ParagraphOptions {
  readonly style?: string;
  readonly styleBuiltIn?: string;
  readonly listString?: string;
}

export class DocumentBuilder {
  readonly model = new WordModel();

  paragraph(content: RunSpec | readonly RunSpec[], options: ParagraphOptions = {}): ModelParagraph {
    const runs = (Array.isArray(content) ? content : [content]) as RunSpec[];
    const p = this.model.insertParagraphAt(this.model.paragraphs.length, {
      style: options.style ?? (options.styleBuiltIn === 'Heading1' ? 'Kop 1' : 'Standaard'),
      styleBuiltIn: options.styleBuiltIn ?? 'Normal',
      listString: options.listString ?? null,
    });
    p.runs = runs.map((r) => (typeof r === 'string' ? run(r) : r)).filter((r) => r.text.length > 0);
    return p;
  }

  /** A table of one paragraph per cell (a cell may hold several, separated by '\n' here). */
  table(rows: readonly (readonly string[])[], headerRowCount = 1): void {
    const table = this.model.insertTableAt(this.model.paragraphs.length, [], 1);
    table.headerRowCount = headerRowCount;
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        for (const line of value.split('\n')) {
          const p = this.model.insertParagraphAt(this.model.paragraphs.length, { cell: { tableId: table.id, row: r, col: c }, nesting: 1 });
          if (line.length > 0) p.runs.push(run(line));
        }
      }),
    );
  }

  /** A run inside a new inline content control. */
  control(tag: string, text: string, title = ''): ModelRun {
    const id = this.model.newId();
    this.model.controls.push({ id, tag, title });
    return run(text, { controlId: id });
  }

  /** A content control around whole paragraphs. */
  enclose(tag: string, paragraphs: readonly ModelParagraph[]): void {
    const id = this.model.newId();
    this.model.controls.push({ id, tag, title: '' });
    for (const p of paragraphs) p.enclosingControlId = id;
  }

  hidden(text: string): ModelRun {
    return run(text, { hidden: true });
  }

  inserted(text: string): ModelRun {
    return run(text, { revision: 'inserted' });
  }

  deleted(text: string): ModelRun {
    return run(text, { revision: 'deleted' });
  }

  /** A comment on the whole paragraph's text (Word puts U+0005 after it). */
  comment(paragraph: ModelParagraph, content: string, authorName: string): string {
    return this.model.addComment(paragraph.id, 0, this.model.currentText(paragraph).length, content, authorName).id;
  }

  private story(kind: StoryKind, lines: readonly (RunSpec | readonly RunSpec[])[], anchor: ModelRun | null): ModelStory {
    const story: ModelStory = { id: this.model.newId(), kind, paragraphs: [], anchor };
    for (const line of lines) {
      const p = this.model.insertParagraphAt(story.paragraphs.length, {}, story.paragraphs);
      p.runs = (Array.isArray(line) ? line : [line]).map((r: RunSpec) => (typeof r === 'string' ? run(r) : r)).filter((r) => r.text.length > 0);
    }
    return story;
  }

  /** A new section (the document starts with one); its headers and footers link to the previous ones. */
  section(): number {
    this.model.sections.push({ headers: {}, footers: {} });
    return this.model.sections.length - 1;
  }

  /** The section's own header of this type (the last section's when none is named). */
  header(lines: readonly (RunSpec | readonly RunSpec[])[], type: HeaderFooterType = 'Primary', section = this.model.sections.length - 1): ModelStory {
    const story = this.story('header', lines, null);
    this.model.sections[section]!.headers[type] = story;
    return story;
  }

  footer(lines: readonly (RunSpec | readonly RunSpec[])[], type: HeaderFooterType = 'Primary', section = this.model.sections.length - 1): ModelStory {
    const story = this.story('footer', lines, null);
    this.model.sections[section]!.footers[type] = story;
    return story;
  }

  /**
   * A footnote or endnote referenced at the end of `paragraph`: U+0002 there, and U+0002 and a
   * space before the note's text, as desktop Word reports them.
   */
  note(kind: 'footnote' | 'endnote', paragraph: ModelParagraph, lines: readonly string[]): ModelStory {
    const mark = this.model.insertMark(paragraph.id, this.model.currentText(paragraph).length, NOTE_MARK);
    const [first = '', ...rest] = lines;
    const story = this.story(kind, [[NOTE_MARK, ` ${first}`], ...rest], mark);
    this.model.stories.push(story);
    return story;
  }

  /** A text box anchored in `paragraph`. */
  textBox(paragraph: ModelParagraph, lines: readonly string[]): ModelStory {
    const story = this.story('textbox', lines, paragraph.runs[0] ?? null);
    this.model.stories.push(story);
    return story;
  }

  customXml(namespaceUri: string, xml: string): void {
    this.model.parts.push({ id: `{${this.model.newId()}}`, namespaceUri, xml });
  }
}
