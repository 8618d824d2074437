// Proxy objects of the Word fake. They keep Word's rules: a method or setter only queues work;
// the work happens, in order, at context.sync(); a property can be read only after it was loaded
// and synced (otherwise PropertyNotLoaded is thrown, as Word does); *OrNullObject proxies report
// isNullObject; an error in the batch rejects sync() and drops the rest of the batch.
import {
  FakeWordError, type HeaderFooterType, type ModelComment, type ModelControl, type ModelParagraph, type ModelPart, type ModelRange, type ModelRun,
  type ModelStory, type ModelTable, run, type WordModel,
} from './word-model';

/** Paragraph.uniqueLocalId and the ids of change events: a GUID without braces. */
export function uniqueLocalIdOf(paragraphId: number): string {
  return `00000000-0000-0000-0000-${String(paragraphId).padStart(12, '0')}`;
}

/** What Word passes an event handler (ParagraphChangedEventArgs and its kin). */
export interface FakeEventArgs {
  readonly type: string;
  readonly source: 'Local' | 'Remote';
  readonly uniqueLocalIds: string[];
}

export type FakeEventHandler = (args: FakeEventArgs) => Promise<unknown>;

export interface FakeHost {
  readonly model: WordModel;
  /** Throws, like a missing method, when the requirement set is not supported. */
  require(set: string, version: string): void;
  countSync(): void;
  /** Registers or removes an event handler; called only while a sync runs the queue. */
  registerHandler(event: string, handler: FakeEventHandler): void;
  unregisterHandler(event: string, handler: FakeEventHandler): void;
}

export class FakeContext {
  private queue: (() => void)[] = [];
  syncCount = 0;
  readonly document: FakeDocument;

  constructor(readonly host: FakeHost) {
    this.document = new FakeDocument(this, () => host.model);
  }

  enqueue(op: () => void): void {
    this.queue.push(op);
  }

  get pending(): number {
    return this.queue.length;
  }

  sync(): Promise<void> {
    this.syncCount += 1;
    this.host.countSync();
    const batch = this.queue;
    this.queue = [];
    try {
      for (const op of batch) op();
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve();
  }
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function parseLoad(spec: LoadSpec): string[][] {
  const select = typeof spec === 'object' && !Array.isArray(spec) ? spec.select : spec;
  const list = select === undefined ? [] : Array.isArray(select) ? select : select.split(',');
  return list.map((s) => s.trim()).filter((s) => s.length > 0).map((s) => s.split('/'));
}

/** What every proxy offers the others: its model object, and loading during a sync. */
interface Loadable {
  target(): unknown;
  loadNow(paths: string[][]): void;
}

/** The base of every proxy: resolves its model object once, during the sync that first needs it. */
abstract class FakeObject<T> implements Loadable {
  private resolved = false;
  private cached: T | undefined;
  protected readonly loadedValues = new Map<string, unknown>();
  protected abstract readonly scalars: Record<string, (target: never) => unknown>;
  protected readonly navigations: Record<string, () => Loadable> = {};

  constructor(
    protected readonly ctx: FakeContext,
    private readonly resolver: () => T,
  ) {}

  protected get model(): WordModel {
    return this.ctx.host.model;
  }

  /** The model object; only called while a sync runs the queue. */
  target(): T {
    if (!this.resolved) {
      this.cached = this.resolver();
      this.resolved = true;
    }
    return this.cached as T;
  }

  load(spec?: LoadSpec): this {
    const paths = parseLoad(spec);
    this.ctx.enqueue(() => this.loadNow(paths));
    return this;
  }

  loadNow(paths: string[][]): void {
    const target = this.target();
    const wanted = paths.length === 0 ? Object.keys(this.scalars).map((k) => [k]) : paths;
    for (const [head, ...rest] of wanted) {
      if (head === undefined) continue;
      const navigation = this.navigations[head];
      if (navigation) navigation().loadNow(rest.length > 0 ? [rest] : []);
      else if (head in this.scalars) this.loadedValues.set(head, (this.scalars[head] as (t: unknown) => unknown)(target));
      else throw new Error(`Word fake: ${this.constructor.name} has no property "${head}" (not modelled)`);
    }
  }

  /** Reads a loaded value, or throws like Word's PropertyNotLoaded. */
  protected loaded<V>(name: string): V {
    if (!this.loadedValues.has(name)) {
      throw new FakeWordError('PropertyNotLoaded', `${this.constructor.name}.${name} was not loaded and synced`);
    }
    return this.loadedValues.get(name) as V;
  }

  /** Creates a proxy whose model object is computed at this point of the queue. */
  protected queued<P extends Loadable>(proxy: P): P {
    this.ctx.enqueue(() => {
      proxy.target();
    });
    return proxy;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** *OrNullObject proxies: the model object may be null; isNullObject says so after a sync. */
abstract class FakeNullable<T> extends FakeObject<T | null> {
  override loadNow(paths: string[][]): void {
    const target = this.target();
    this.loadedValues.set('isNullObject', target === null);
    if (target !== null) super.loadNow(paths);
  }

  get isNullObject(): boolean {
    return this.loaded<boolean>('isNullObject');
  }

  protected nonNull(): T {
    const target = this.target();
    if (target === null) throw new FakeWordError('ItemNotFound', `${this.constructor.name} is a null object`);
    return target;
  }
}

abstract class FakeCollection<M, P extends Loadable> extends FakeObject<M[]> {
  protected readonly scalars = {};
  protected abstract item(model: M): P;

  override loadNow(paths: string[][]): void {
    const items = this.target().map((m) => this.item(m));
    const itemPaths = paths.map((p) => (p[0] === 'items' ? p.slice(1) : p)).filter((p) => p.length > 0);
    for (const item of items) item.loadNow(itemPaths);
    this.loadedValues.set('items', items);
  }

  get items(): P[] {
    return this.loaded<P[]>('items');
  }
}

export class FakeClientResult<V> {
  private settled = false;
  private result: V | undefined;

  constructor(ctx: FakeContext, compute: () => V) {
    ctx.enqueue(() => {
      this.result = compute();
      this.settled = true;
    });
  }

  get value(): V {
    if (!this.settled) throw new FakeWordError('PropertyNotLoaded', 'ClientResult.value read before context.sync()');
    return this.result as V;
  }
}

// ---- search -------------------------------------------------------------------------------

interface SearchOptions {
  matchCase?: boolean;
  matchWildcards?: boolean;
  matchWholeWord?: boolean;
  matchPrefix?: boolean;
  matchSuffix?: boolean;
  ignorePunct?: boolean;
  ignoreSpace?: boolean;
}

/** Word's special codes without wildcards: ^^ ^t ^l (more exist; the fake refuses the rest). */
function unescapeSearch(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '^') {
      out += ch;
      continue;
    }
    const code = text[i + 1];
    i += 1;
    if (code === '^') out += '^';
    else if (code === 't') out += '\t';
    else if (code === 'l') out += '\u000b';
    else throw new FakeWordError('InvalidArgument', `search code ^${code ?? ''} is not modelled by the fake`);
  }
  return out;
}

function searchIn(model: WordModel, scope: ModelRange, text: string, options: SearchOptions = {}): ModelRange[] {
  // Word: "The search string ... can be a maximum of 255 characters" (InvalidArgument on desktop).
  if (text.length > 255) throw new FakeWordError('InvalidArgument', `search text of ${text.length} characters (more than 255)`);
  if (options.matchWildcards) throw new Error('Word fake: wildcard search is not modelled');
  if (options.matchWholeWord || options.matchPrefix || options.matchSuffix || options.ignorePunct || options.ignoreSpace) {
    throw new Error('Word fake: only literal search is modelled');
  }
  const needle = unescapeSearch(text);
  if (needle.length === 0) throw new FakeWordError('InvalidArgument', 'empty search text');
  const paragraph = model.paragraph(scope.paragraphId);
  let hay = model.currentText(paragraph).slice(scope.start, scope.end);
  let find = needle;
  if (!options.matchCase) {
    hay = hay.toLowerCase();
    find = needle.toLowerCase();
  }
  const found: ModelRange[] = [];
  for (let at = hay.indexOf(find); at >= 0; at = hay.indexOf(find, at + find.length)) {
    found.push(model.track({ paragraphId: scope.paragraphId, start: scope.start + at, end: scope.start + at + find.length }));
  }
  return found;
}

// ---- text objects -------------------------------------------------------------------------

export class FakeFont extends FakeObject<() => ModelRun[]> {
  protected readonly scalars = {
    hidden: (runs: () => ModelRun[]) => this.model.hiddenOf(runs()),
    bold: (runs: () => ModelRun[]) => runs().every((r) => r.bold),
    italic: (runs: () => ModelRun[]) => runs().every((r) => r.italic),
  };

  get hidden(): boolean | null {
    this.ctx.host.require('WordApiDesktop', '1.2');
    return this.loaded('hidden');
  }

  set hidden(value: boolean) {
    this.ctx.host.require('WordApiDesktop', '1.2');
    this.ctx.enqueue(() => this.target()().forEach((r) => (r.hidden = value)));
  }

  get bold(): boolean {
    return this.loaded('bold');
  }

  set bold(value: boolean) {
    this.ctx.enqueue(() => this.target()().forEach((r) => (r.bold = value)));
  }

  get italic(): boolean {
    return this.loaded('italic');
  }

  set italic(value: boolean) {
    this.ctx.enqueue(() => this.target()().forEach((r) => (r.italic = value)));
  }
}

export class FakeRange extends FakeObject<ModelRange> {
  protected readonly scalars = {
    text: (r: ModelRange) => this.model.currentText(this.model.paragraph(r.paragraphId)).slice(r.start, r.end),
  };
  private fontProxy: FakeFont | null = null;
  protected override readonly navigations: Record<string, () => Loadable> = { font: () => this.font };

  get text(): string {
    return this.loaded('text');
  }

  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.ctx, () => () => this.model.runsIn(this.target()));
    return this.fontProxy;
  }

  /** WordApi 1.1: the paragraphs the range touches (a model range lies in one paragraph). */
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.ctx, () => [this.model.paragraph(this.target().paragraphId)]);
  }

  search(text: string, options?: SearchOptions): FakeRangeCollection {
    return this.queued(new FakeRangeCollection(this.ctx, () => searchIn(this.model, this.target(), text, options)));
  }

  getRange(location: string = 'Whole'): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const r = this.target();
        if (location === 'Whole' || location === 'Content') return this.model.track({ ...r });
        if (location === 'Start') return this.model.track({ ...r, end: r.start });
        if (location === 'End') return this.model.track({ ...r, start: r.end });
        throw new Error(`Word fake: Range.getRange("${location}") is not modelled`);
      }),
    );
  }

  expandTo(other: FakeRange): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const a = this.target();
        const b = other.target();
        if (a.paragraphId !== b.paragraphId) throw new Error('Word fake: ranges across paragraphs are not modelled');
        return this.model.track({ paragraphId: a.paragraphId, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });
      }),
    );
  }

  insertText(text: string, location: string): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const r = this.target();
        if (location === 'Replace') return this.model.replace(r, text);
        if (location === 'Start' || location === 'Before') return this.model.replace({ ...r, end: r.start }, text);
        if (location === 'End' || location === 'After') return this.model.replace({ ...r, start: r.end }, text);
        throw new FakeWordError('InvalidArgument', `insertText location ${location}`);
      }),
    );
  }

  /** WordApi 1.1: under tracking the text stays as a deletion, as Word keeps it. */
  delete(): void {
    this.ctx.enqueue(() => {
      this.model.replace(this.target(), '');
    });
  }

  insertContentControl(): FakeContentControl {
    return this.queued(
      new FakeContentControl(this.ctx, () => {
        const control: ModelControl = { id: this.model.newId(), tag: '', title: '' };
        this.model.controls.push(control);
        for (const r of this.model.runsIn(this.target())) r.controlId = control.id;
        return control;
      }),
    );
  }

  insertComment(text: string): FakeComment {
    this.ctx.host.require('WordApi', '1.4');
    return this.queued(
      new FakeComment(this.ctx, () => {
        const r = this.target();
        const story = this.model.storyOf(r.paragraphId);
        // Word: no comments in headers and footers (office-js #341: "footers / headers can not have comments").
        if (story === 'header' || story === 'footer') throw new FakeWordError('NotAllowed', 'comments cannot be inserted in a header or footer');
        return this.model.addComment(r.paragraphId, r.start, r.end, text, this.model.userName);
      }),
    );
  }

  select(): void {
    this.ctx.enqueue(() => {
      this.model.selection = { ...this.target() };
    });
  }
}

export class FakeRangeCollection extends FakeCollection<ModelRange, FakeRange> {
  protected item(model: ModelRange): FakeRange {
    return new FakeRange(this.ctx, () => model);
  }

  getFirst(): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const first = this.target()[0];
        if (!first) throw new FakeWordError('ItemNotFound', 'RangeCollection.getFirst() on an empty collection');
        return first;
      }),
    );
  }
}

// ---- paragraphs ---------------------------------------------------------------------------

const LOCAL_STYLE_NAMES: Record<string, string> = {
  Normal: 'Standaard', Title: 'Titel', ListParagraph: 'Lijstalinea',
  Heading1: 'Kop 1', Heading2: 'Kop 2', Heading3: 'Kop 3', Heading4: 'Kop 4',
};

export class FakeListItem extends FakeNullable<{ listString: string; level: number }> {
  protected readonly scalars = { listString: (l: { listString: string }) => l.listString, level: (l: { level: number }) => l.level };

  get listString(): string {
    return this.loaded('listString');
  }

  get level(): number {
    return this.loaded('level');
  }
}

/** Paragraph.listOrNullObject: only the id is modelled. */
export class FakeList extends FakeNullable<{ id: number }> {
  protected readonly scalars = { id: (l: { id: number }) => l.id };

  get id(): number {
    return this.loaded('id');
  }
}

export class FakeTableCell extends FakeNullable<{ tableId: number; row: number; col: number }> {
  protected readonly scalars = {
    rowIndex: (c: { row: number }) => c.row,
    cellIndex: (c: { col: number }) => c.col,
  };

  get rowIndex(): number {
    return this.loaded('rowIndex');
  }

  get cellIndex(): number {
    return this.loaded('cellIndex');
  }

  set value(text: string) {
    this.ctx.enqueue(() => {
      const cell = this.nonNull();
      const paragraphs = this.model.tableParagraphs(cell.tableId).filter((p) => p.cell!.row === cell.row && p.cell!.col === cell.col);
      const [first, ...others] = paragraphs;
      if (!first) throw new FakeWordError('ItemNotFound', 'cell has no paragraph');
      const like = first.runs[0] ?? run('');
      first.runs = text.length > 0 ? [{ ...like, text, revision: 'none', controlId: null }] : [];
      for (const p of others) this.model.deleteParagraph(p.id);
    });
  }
}

export class FakeParagraph extends FakeObject<ModelParagraph> {
  protected readonly scalars = {
    text: (p: ModelParagraph) => this.model.currentText(p),
    style: (p: ModelParagraph) => p.style,
    styleBuiltIn: (p: ModelParagraph) => p.styleBuiltIn,
    isListItem: (p: ModelParagraph) => this.model.listLabel(p) !== null,
    tableNestingLevel: (p: ModelParagraph) => (p.cell ? p.nesting : 0),
    uniqueLocalId: (p: ModelParagraph) => {
      this.ctx.host.require('WordApi', '1.6');
      return uniqueLocalIdOf(p.id);
    },
  };
  private fontProxy: FakeFont | null = null;
  private listItemProxy: FakeListItem | null = null;
  private listProxy: FakeList | null = null;
  protected override readonly navigations: Record<string, () => Loadable> = {
    font: () => this.font, listItemOrNullObject: () => this.listItemOrNullObject, listOrNullObject: () => this.listOrNullObject,
  };

  get text(): string {
    return this.loaded('text');
  }

  get style(): string {
    return this.loaded('style');
  }

  /** A style by its local name; a numbered one makes the paragraph a list item, as styleBuiltIn does. */
  set style(value: string) {
    this.ctx.enqueue(() => {
      const p = this.target();
      const builtIn = Object.entries(LOCAL_STYLE_NAMES).find(([, local]) => local === value)?.[0];
      if (builtIn !== undefined) this.model.setStyle(p, builtIn);
      p.style = value;
    });
  }

  get styleBuiltIn(): string {
    return this.loaded('styleBuiltIn');
  }

  set styleBuiltIn(value: string) {
    this.ctx.enqueue(() => {
      const p = this.target();
      this.model.setStyle(p, value);
      p.style = LOCAL_STYLE_NAMES[value] ?? value;
    });
  }

  get isListItem(): boolean {
    return this.loaded('isListItem');
  }

  get tableNestingLevel(): number {
    return this.loaded('tableNestingLevel');
  }

  /** WordApi 1.6. */
  get uniqueLocalId(): string {
    return this.loaded('uniqueLocalId');
  }

  get font(): FakeFont {
    this.fontProxy ??= new FakeFont(this.ctx, () => () => this.model.runsIn(this.model.wholeRange(this.target())));
    return this.fontProxy;
  }

  get listItemOrNullObject(): FakeListItem {
    this.listItemProxy ??= new FakeListItem(this.ctx, () => {
      const p = this.target();
      const label = this.model.listLabel(p);
      return label === null ? null : { listString: label, level: p.list?.level ?? 0 };
    });
    return this.listItemProxy;
  }

  get listOrNullObject(): FakeList {
    this.listProxy ??= new FakeList(this.ctx, () => {
      const list = this.target().list;
      return list ? { id: list.id } : null;
    });
    return this.listProxy;
  }

  /** WordApi 1.3: fails, as Word does, when the paragraph is a list item already. */
  attachToList(listId: number, level: number): void {
    this.ctx.enqueue(() => {
      const p = this.target();
      if (this.model.listLabel(p) !== null) throw new FakeWordError('InvalidArgument', 'the paragraph is already a list item');
      if (!this.model.lists.has(listId)) throw new FakeWordError('ItemNotFound', `no list ${listId}`);
      p.list = { id: listId, level };
    });
  }

  get parentTableCellOrNullObject(): FakeTableCell {
    return new FakeTableCell(this.ctx, () => this.target().cell);
  }

  get parentTable(): FakeTable {
    return new FakeTable(this.ctx, () => {
      const cell = this.target().cell;
      if (!cell) throw new FakeWordError('ItemNotFound', 'paragraph is not in a table');
      return this.model.table(cell.tableId);
    });
  }

  get parentContentControlOrNullObject(): FakeContentControl {
    return new FakeContentControl(this.ctx, () => {
      const id = this.target().enclosingControlId;
      return id === null ? null : (this.model.controls.find((c) => c.id === id) ?? null);
    });
  }

  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, () => {
      const p = this.target();
      return this.model.controlsInOrder([{ ...p, enclosingControlId: null }]);
    });
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.ctx.host.require('WordApi', '1.6');
    return this.queued(new FakeTrackedChangeCollection(this.ctx, () => this.model.trackedChanges(this.target()), () => this.model.rejectChanges(this.target())));
  }

  detachFromList(): void {
    this.ctx.enqueue(() => {
      const p = this.target();
      p.listString = null;
      p.list = null;
    });
  }

  getReviewedText(version: 'Original' | 'Current' = 'Current'): FakeClientResult<string> {
    this.ctx.host.require('WordApi', '1.4');
    return new FakeClientResult(this.ctx, () => (version === 'Original' ? this.model.originalText(this.target()) : this.model.currentText(this.target())));
  }

  getComments(): FakeCommentCollection {
    this.ctx.host.require('WordApi', '1.4');
    return this.queued(new FakeCommentCollection(this.ctx, () => this.model.comments.filter((c) => c.paragraphId === this.target().id)));
  }

  getTextRanges(endingMarks: string[], trimSpacing = false): FakeRangeCollection {
    if (trimSpacing) throw new Error('Word fake: getTextRanges with trimSpacing is not modelled');
    return this.queued(
      new FakeRangeCollection(this.ctx, () => {
        const p = this.target();
        const text = this.model.currentText(p);
        const ranges: ModelRange[] = [];
        let start = 0;
        for (let i = 0; i < text.length; i++) {
          if (endingMarks.includes(text[i]!)) {
            ranges.push(this.model.track({ paragraphId: p.id, start, end: i + 1 }));
            start = i + 1;
          }
        }
        if (start < text.length) ranges.push(this.model.track({ paragraphId: p.id, start, end: text.length }));
        return ranges;
      }),
    );
  }

  search(text: string, options?: SearchOptions): FakeRangeCollection {
    return this.queued(new FakeRangeCollection(this.ctx, () => searchIn(this.model, this.model.wholeRange(this.target()), text, options)));
  }

  getRange(location: string = 'Whole'): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const whole = this.model.wholeRange(this.target());
        if (location === 'Whole' || location === 'Content') return whole;
        if (location === 'Start') return this.model.track({ ...whole, end: 0 });
        if (location === 'End') return this.model.track({ ...whole, start: whole.end });
        throw new Error(`Word fake: Paragraph.getRange("${location}") is not modelled`);
      }),
    );
  }

  insertText(text: string, location: string): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const p = this.target();
        const whole = this.model.wholeRange(p);
        if (location === 'Replace') {
          // Replacing a paragraph's content removes the controls in it.
          for (const r of p.runs) r.controlId = null;
          return this.model.replace(whole, text);
        }
        if (location === 'Start') return this.model.replace({ ...whole, end: 0 }, text);
        if (location === 'End') return this.model.replace({ ...whole, start: whole.end }, text);
        throw new FakeWordError('InvalidArgument', `Paragraph.insertText location ${location}`);
      }),
    );
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    return this.queued(
      new FakeParagraph(this.ctx, () => {
        const anchor = this.target();
        const at = this.model.indexOf(anchor.id) + (location === 'After' ? 1 : 0);
        const template = { style: anchor.style, styleBuiltIn: anchor.styleBuiltIn, cell: anchor.cell ? { ...anchor.cell } : null, nesting: anchor.nesting };
        const p = this.model.insertParagraphAt(at, template, this.model.containerOf(anchor.id));
        if (text.length > 0) p.runs.push(run(text));
        return p;
      }),
    );
  }

  insertBreak(type: string, location: 'Before' | 'After'): void {
    if (type !== 'Page' || location !== 'Before') throw new Error('Word fake: only a page break before a paragraph is modelled');
    this.ctx.enqueue(() => {
      this.target().pageBreakBefore = true;
    });
  }

  insertTable(rowCount: number, columnCount: number, location: 'Before' | 'After', values?: string[][]): FakeTable {
    return this.queued(
      new FakeTable(this.ctx, () => {
        if (!values || values.length !== rowCount || values.some((r) => r.length !== columnCount)) {
          throw new FakeWordError('InvalidArgument', 'insertTable values do not match rowCount x columnCount');
        }
        const at = this.model.indexOf(this.target().id) + (location === 'After' ? 1 : 0);
        return this.model.insertTableAt(at, values, 1, this.model.containerOf(this.target().id));
      }),
    );
  }

  delete(): void {
    this.ctx.enqueue(() => this.model.removeParagraph(this.target().id));
  }

  select(_mode: string = 'Select'): void {
    this.ctx.enqueue(() => {
      this.model.selection = { ...this.model.wholeRange(this.target()) };
    });
  }
}

export class FakeParagraphCollection extends FakeCollection<ModelParagraph, FakeParagraph> {
  protected item(model: ModelParagraph): FakeParagraph {
    return new FakeParagraph(this.ctx, () => model);
  }

  /** WordApi 1.3. Word: "Throws an ItemNotFound error if this collection is empty." */
  getFirst(): FakeParagraph {
    this.ctx.host.require('WordApi', '1.3');
    return this.queued(
      new FakeParagraph(this.ctx, () => {
        const first = this.target()[0];
        if (!first) throw new FakeWordError('ItemNotFound', 'ParagraphCollection.getFirst() on an empty collection');
        return first;
      }),
    );
  }

  /** WordApi 1.3. Word: "Throws an ItemNotFound error if this collection is empty." */
  getLast(): FakeParagraph {
    this.ctx.host.require('WordApi', '1.3');
    return this.queued(
      new FakeParagraph(this.ctx, () => {
        const last = this.target()[this.target().length - 1];
        if (!last) throw new FakeWordError('ItemNotFound', 'ParagraphCollection.getLast() on an empty collection');
        return last;
      }),
    );
  }
}

// ---- tables -------------------------------------------------------------------------------

export class FakeTable extends FakeObject<ModelTable> {
  protected readonly scalars = {
    rowCount: (t: ModelTable) => this.model.rowCount(t.id),
    values: (t: ModelTable) => this.model.values(t.id),
    nestingLevel: (t: ModelTable) => t.nestingLevel,
    headerRowCount: (t: ModelTable) => t.headerRowCount,
  };

  get rowCount(): number {
    return this.loaded('rowCount');
  }

  get values(): string[][] {
    return this.loaded('values');
  }

  get nestingLevel(): number {
    return this.loaded('nestingLevel');
  }

  get headerRowCount(): number {
    return this.loaded('headerRowCount');
  }

  set headerRowCount(value: number) {
    this.ctx.enqueue(() => {
      this.target().headerRowCount = value;
    });
  }

  /** Word: "Adds rows to the start or end of the table, using the first or last existing row as a template." */
  addRows(location: 'Start' | 'End', rowCount: number, values?: string[][]): void {
    if (location !== 'End') throw new Error('Word fake: addRows("Start") is not modelled');
    this.ctx.enqueue(() => {
      const table = this.target();
      const paragraphs = this.model.tableParagraphs(table.id);
      const lastRow = this.model.rowCount(table.id) - 1;
      const template = paragraphs.filter((p) => p.cell!.row === lastRow);
      const seen = new Set<number>();
      const templateCells = template.filter((p) => !seen.has(p.cell!.col) && seen.add(p.cell!.col));
      if (values && values.some((r) => r.length > templateCells.length)) throw new FakeWordError('InvalidArgument', 'more values than columns');
      const lastId = paragraphs[paragraphs.length - 1]!.id;
      const container = this.model.containerOf(lastId);
      let at = this.model.indexOf(lastId) + 1;
      for (let r = 0; r < rowCount; r++) {
        templateCells.forEach((cellParagraph, c) => {
          const like = cellParagraph.runs[0] ?? run('');
          const value = values?.[r]?.[c] ?? '';
          const p = this.model.insertParagraphAt(at++, {
            style: cellParagraph.style, styleBuiltIn: cellParagraph.styleBuiltIn, nesting: cellParagraph.nesting,
            cell: { tableId: table.id, row: lastRow + 1 + r, col: c },
          }, container);
          if (value.length > 0) p.runs.push({ ...like, text: value, revision: 'none', controlId: null });
        });
      }
    });
  }

  getCell(rowIndex: number, cellIndex: number): FakeTableCell {
    return this.queued(
      new FakeTableCell(this.ctx, () => {
        const table = this.target();
        const exists = this.model.tableParagraphs(table.id).some((p) => p.cell!.row === rowIndex && p.cell!.col === cellIndex);
        if (!exists) throw new FakeWordError('ItemNotFound', `no cell ${rowIndex},${cellIndex}`);
        return { tableId: table.id, row: rowIndex, col: cellIndex };
      }),
    );
  }

  private lastParagraph(): ModelParagraph {
    const paragraphs = this.model.tableParagraphs(this.target().id);
    return paragraphs[paragraphs.length - 1]!;
  }

  insertParagraph(text: string, location: 'Before' | 'After'): FakeParagraph {
    if (location !== 'After') throw new Error('Word fake: Table.insertParagraph("Before") is not modelled');
    return this.queued(
      new FakeParagraph(this.ctx, () => {
        const last = this.lastParagraph().id;
        const p = this.model.insertParagraphAt(this.model.indexOf(last) + 1, {}, this.model.containerOf(last));
        if (text.length > 0) p.runs.push(run(text));
        return p;
      }),
    );
  }

  insertTable(): never {
    // Word merges a table inserted right after another; the adapter must not do that.
    throw new Error('Word fake: Table.insertTable is not modelled (tables must not touch)');
  }
}

export class FakeTableCollection extends FakeCollection<ModelTable, FakeTable> {
  protected item(model: ModelTable): FakeTable {
    return new FakeTable(this.ctx, () => model);
  }
}

// ---- content controls, tracked changes, comments, custom XML -------------------------------

export class FakeContentControl extends FakeNullable<ModelControl> {
  protected readonly scalars = {
    tag: (c: ModelControl) => c.tag,
    title: (c: ModelControl) => c.title,
    text: (c: ModelControl) => this.model.controlText(c.id),
  };

  get tag(): string {
    return this.loaded('tag');
  }

  set tag(value: string) {
    this.ctx.enqueue(() => {
      this.nonNull().tag = value;
    });
  }

  get title(): string {
    return this.loaded('title');
  }

  set title(value: string) {
    this.ctx.enqueue(() => {
      this.nonNull().title = value;
    });
  }

  get text(): string {
    return this.loaded('text');
  }
}

export class FakeContentControlCollection extends FakeCollection<ModelControl, FakeContentControl> {
  protected item(model: ModelControl): FakeContentControl {
    return new FakeContentControl(this.ctx, () => model);
  }
}

interface ModelTrackedChange {
  type: 'Added' | 'Deleted';
  text: string;
}

export class FakeTrackedChange extends FakeObject<ModelTrackedChange> {
  protected readonly scalars = { type: (c: ModelTrackedChange) => c.type, text: (c: ModelTrackedChange) => c.text };

  get type(): string {
    return this.loaded('type');
  }

  get text(): string {
    return this.loaded('text');
  }
}

export class FakeTrackedChangeCollection extends FakeCollection<ModelTrackedChange, FakeTrackedChange> {
  constructor(
    ctx: FakeContext,
    resolve: () => ModelTrackedChange[],
    private readonly reject: (() => void) | null = null,
  ) {
    super(ctx, resolve);
  }

  protected item(model: ModelTrackedChange): FakeTrackedChange {
    return new FakeTrackedChange(this.ctx, () => model);
  }

  rejectAll(): void {
    this.ctx.host.require('WordApi', '1.6');
    const reject = this.reject;
    if (!reject) throw new Error('Word fake: rejectAll is modelled on a paragraph\'s tracked changes only');
    this.ctx.enqueue(reject);
  }
}

export class FakeComment extends FakeObject<ModelComment> {
  protected readonly scalars = {
    id: (c: ModelComment) => c.id,
    content: (c: ModelComment) => c.content,
    authorName: (c: ModelComment) => c.authorName,
  };

  get id(): string {
    return this.loaded('id');
  }

  get content(): string {
    return this.loaded('content');
  }

  get authorName(): string {
    return this.loaded('authorName');
  }
}

export class FakeCommentCollection extends FakeCollection<ModelComment, FakeComment> {
  protected item(model: ModelComment): FakeComment {
    return new FakeComment(this.ctx, () => model);
  }
}

export class FakeCustomXmlPart extends FakeObject<ModelPart> {
  protected readonly scalars = { id: (p: ModelPart) => p.id, namespaceUri: (p: ModelPart) => p.namespaceUri };

  get id(): string {
    return this.loaded('id');
  }

  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.ctx, () => this.target().xml);
  }

  delete(): void {
    this.ctx.enqueue(() => {
      const part = this.target();
      this.model.parts = this.model.parts.filter((p) => p !== part);
    });
  }
}

export class FakeCustomXmlPartCollection extends FakeCollection<ModelPart, FakeCustomXmlPart> {
  protected item(model: ModelPart): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.ctx, () => model);
  }

  add(xml: string): FakeCustomXmlPart {
    return this.queued(
      new FakeCustomXmlPart(this.ctx, () => {
        const ns = /<[^?!][^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1] ?? '';
        const part: ModelPart = { id: `{${this.model.newId()}}`, namespaceUri: ns, xml };
        this.model.parts.push(part);
        return part;
      }),
    );
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartCollection {
    return this.queued(new FakeCustomXmlPartCollection(this.ctx, () => this.model.parts.filter((p) => p.namespaceUri === namespaceUri)));
  }
}

// ---- events -------------------------------------------------------------------------------

/** OfficeExtension.EventHandlerResult: removal is queued on the context the handler was added in. */
export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeContext,
    private readonly event: string,
    private readonly handler: FakeEventHandler,
  ) {}

  remove(): void {
    this.context.enqueue(() => this.context.host.unregisterHandler(this.event, this.handler));
  }
}

/** OfficeExtension.EventHandlers: add() takes effect at the next sync, like every queued call. */
export class FakeEventHandlers {
  constructor(
    private readonly ctx: FakeContext,
    private readonly event: string,
  ) {}

  add(handler: FakeEventHandler): FakeEventHandlerResult {
    if (typeof handler !== 'function') throw new FakeWordError('InvalidArgument', 'an event handler must be a function');
    this.ctx.enqueue(() => this.ctx.host.registerHandler(this.event, handler));
    return new FakeEventHandlerResult(this.ctx, this.event, handler);
  }
}

// ---- body and document --------------------------------------------------------------------

/** The paragraphs of one story: the main body, a header or footer, a note, a text box. */
export class FakeBody extends FakeObject<ModelParagraph[]> {
  protected readonly scalars = { text: (c: ModelParagraph[]) => c.map((p) => this.model.currentText(p)).join('\r') };

  get text(): string {
    return this.loaded('text');
  }

  private get isMain(): boolean {
    return this.target() === this.model.paragraphs;
  }

  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.ctx, () => [...this.target()]);
  }

  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, () => this.model.tables.filter((t) => this.target().some((p) => p.cell?.tableId === t.id)));
  }

  get contentControls(): FakeContentControlCollection {
    return new FakeContentControlCollection(this.ctx, () => this.model.controlsInOrder(this.target()));
  }

  getTrackedChanges(): FakeTrackedChangeCollection {
    this.ctx.host.require('WordApi', '1.6');
    return this.queued(new FakeTrackedChangeCollection(this.ctx, () => this.target().flatMap((p) => this.model.trackedChanges(p))));
  }

  getComments(): FakeCommentCollection {
    this.ctx.host.require('WordApi', '1.4');
    return this.queued(new FakeCommentCollection(this.ctx, () => this.model.comments.filter((c) => this.target().some((p) => p.id === c.paragraphId))));
  }

  private notes(kind: 'footnote' | 'endnote'): FakeNoteItemCollection {
    this.ctx.host.require('WordApi', '1.5');
    return new FakeNoteItemCollection(this.ctx, () => (this.isMain ? this.model.stories.filter((s) => s.kind === kind) : []));
  }

  /** WordApi 1.5. */
  get footnotes(): FakeNoteItemCollection {
    return this.notes('footnote');
  }

  /** WordApi 1.5. */
  get endnotes(): FakeNoteItemCollection {
    return this.notes('endnote');
  }

  /** WordApiDesktop 1.2: the text boxes anchored in this story. */
  get shapes(): FakeShapeCollection {
    this.ctx.host.require('WordApiDesktop', '1.2');
    return new FakeShapeCollection(this.ctx, () => (this.isMain ? this.model.stories.filter((s) => s.kind === 'textbox') : []));
  }

  insertParagraph(text: string, location: 'Start' | 'End'): FakeParagraph {
    return this.queued(
      new FakeParagraph(this.ctx, () => {
        const container = this.target();
        const p = this.model.insertParagraphAt(location === 'Start' ? 0 : container.length, {}, container);
        if (text.length > 0) p.runs.push(run(text));
        return p;
      }),
    );
  }

  insertTable(rowCount: number, columnCount: number, location: 'Start' | 'End', values?: string[][]): FakeTable {
    return this.queued(
      new FakeTable(this.ctx, () => {
        if (!values || values.length !== rowCount || values.some((r) => r.length !== columnCount)) {
          throw new FakeWordError('InvalidArgument', 'insertTable values do not match rowCount x columnCount');
        }
        const container = this.target();
        return this.model.insertTableAt(location === 'Start' ? 0 : container.length, values, 1, container);
      }),
    );
  }
}

// ---- sections, notes, text boxes ----------------------------------------------------------

export class FakeSection extends FakeObject<number> {
  protected readonly scalars = {};

  private story(side: 'headers' | 'footers', type: HeaderFooterType): FakeBody {
    if (!['Primary', 'FirstPage', 'EvenPages'].includes(type)) throw new FakeWordError('InvalidArgument', `header/footer type ${type}`);
    return new FakeBody(this.ctx, () => this.model.headerFooter(this.target(), side, type).paragraphs);
  }

  /** WordApi 1.1. A type the section lacks is linked to the previous section's, as in Word. */
  getHeader(type: HeaderFooterType): FakeBody {
    return this.story('headers', type);
  }

  /** WordApi 1.1. */
  getFooter(type: HeaderFooterType): FakeBody {
    return this.story('footers', type);
  }
}

export class FakeSectionCollection extends FakeCollection<number, FakeSection> {
  protected item(model: number): FakeSection {
    return new FakeSection(this.ctx, () => model);
  }
}

export class FakeNoteItem extends FakeObject<ModelStory> {
  protected readonly scalars = { type: (s: ModelStory) => (s.kind === 'footnote' ? 'Footnote' : 'Endnote') };

  get type(): string {
    return this.loaded('type');
  }

  get body(): FakeBody {
    return new FakeBody(this.ctx, () => this.target().paragraphs);
  }

  /** The reference mark in the body (its text is U+FFFD in Word, office-js #6942). */
  get reference(): FakeRange {
    return new FakeRange(this.ctx, () => {
      const mark = this.target().anchor;
      const p = mark ? this.model.paragraphOfRun(mark) : null;
      if (!mark || !p) throw new FakeWordError('ItemNotFound', 'the note has no reference');
      const at = this.model.currentText(p).length - p.runs.slice(p.runs.indexOf(mark)).filter((r) => r.revision !== 'deleted').map((r) => r.text).join('').length;
      return this.model.track({ paragraphId: p.id, start: at, end: at + mark.text.length });
    });
  }
}

export class FakeNoteItemCollection extends FakeCollection<ModelStory, FakeNoteItem> {
  protected item(model: ModelStory): FakeNoteItem {
    return new FakeNoteItem(this.ctx, () => model);
  }
}

export class FakeShape extends FakeObject<ModelStory> {
  protected readonly scalars = { type: () => 'TextBox', id: (s: ModelStory) => s.id };

  get type(): string {
    return this.loaded('type');
  }

  get id(): number {
    return this.loaded('id');
  }

  get body(): FakeBody {
    return new FakeBody(this.ctx, () => this.target().paragraphs);
  }
}

export class FakeShapeCollection extends FakeCollection<ModelStory, FakeShape> {
  protected item(model: ModelStory): FakeShape {
    return new FakeShape(this.ctx, () => model);
  }

  /** WordApiDesktop 1.2. The fake's shapes are all text boxes. */
  getByTypes(types: string[]): FakeShapeCollection {
    return this.queued(new FakeShapeCollection(this.ctx, () => (types.includes('TextBox') ? this.target() : [])));
  }
}

export class FakeDocument extends FakeObject<WordModel> {
  protected readonly scalars = {
    changeTrackingMode: (m: WordModel) => {
      this.ctx.host.require('WordApi', '1.4');
      return m.changeTrackingMode;
    },
  };
  readonly body = new FakeBody(this.ctx, () => this.model.paragraphs);

  /** WordApi 1.1. */
  get sections(): FakeSectionCollection {
    return new FakeSectionCollection(this.ctx, () => this.model.sections.map((_, i) => i));
  }

  get changeTrackingMode(): string {
    return this.loaded('changeTrackingMode');
  }

  set changeTrackingMode(value: string) {
    this.ctx.host.require('WordApi', '1.4');
    this.ctx.enqueue(() => {
      this.target().changeTrackingMode = value as WordModel['changeTrackingMode'];
    });
  }

  /** WordApi 1.6. */
  get onParagraphChanged(): FakeEventHandlers {
    this.ctx.host.require('WordApi', '1.6');
    return new FakeEventHandlers(this.ctx, 'ParagraphChanged');
  }

  /**
   * WordApi 1.1: the user's selection, or the cursor as an empty range. A model without one has
   * the cursor where Word puts it in a document just opened: at the start.
   */
  getSelection(): FakeRange {
    return this.queued(
      new FakeRange(this.ctx, () => {
        const selection = this.target().selection;
        if (selection) return this.model.track({ ...selection });
        const first = this.model.paragraphs[0];
        if (!first) throw new FakeWordError('ItemNotFound', 'the document has no paragraph');
        return this.model.track({ paragraphId: first.id, start: 0, end: 0 });
      }),
    );
  }

  get customXmlParts(): FakeCustomXmlPartCollection {
    this.ctx.host.require('WordApi', '1.4');
    return new FakeCustomXmlPartCollection(this.ctx, () => [...this.model.parts]);
  }
}
