// Builds fake Word documents for tests: paragraphs of runs, list labels, tables, content
// controls, hidden text, tracked changes and comments, straight into the model.
import { type ModelParagraph, type ModelRun, run, WordModel } from './word-model';

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

  comment(paragraph: ModelParagraph, content: string, authorName: string): string {
    const id = String(this.model.newId());
    this.model.comments.push({ id, content, authorName, paragraphId: paragraph.id, start: 0, end: this.model.currentText(paragraph).length });
    return id;
  }

  customXml(namespaceUri: string, xml: string): void {
    this.model.parts.push({ id: `{${this.model.newId()}}`, namespaceUri, xml });
  }
}
