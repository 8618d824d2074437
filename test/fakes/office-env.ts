// Installs the Word fake as the globals `Word` and `Office` that the adapter uses, with a chosen
// set of supported requirement sets, and counts every context.sync() across Word.run calls.
import { FakeWordError, WordModel } from './word-model';
import { FakeContext, type FakeEventHandler, type FakeHost, uniqueLocalIdOf } from './word-proxies';

/** Word for Windows/Mac (Microsoft 365): everything the adapter can use. */
export const DESKTOP_SETS = ['WordApi 1.9', 'WordApiDesktop 1.2'];
/** Word on the web: WordApi 1.9, no WordApiDesktop (so no Font.hidden). */
export const WEB_SETS = ['WordApi 1.9'];
/** Office 2019 (volume licence): WordApi 1.3 only, the manifest's minimum. */
export const WORD_2019_SETS = ['WordApi 1.3'];

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d > 0;
  }
  return true;
}

export interface FakeOfficeOptions {
  readonly sets?: readonly string[];
  readonly displayLanguage?: string;
  readonly model?: WordModel;
}

export interface AsyncResultLike {
  status: 'succeeded' | 'failed';
  error: { message: string };
}

export class FakeOffice implements FakeHost {
  readonly model: WordModel;
  readonly sets: readonly string[];
  displayLanguage: string;
  /** Every context.sync() of every Word.run since install. */
  syncs = 0;
  /** Syncs per Word.run, in order. */
  readonly runs: number[] = [];
  readonly settings = new Map<string, unknown>();
  settingsSaves = 0;
  readonly dialogs: string[] = [];
  readonly associated = new Map<string, (event: { completed(): void }) => unknown>();
  private readonly handlers = new Map<string, Set<FakeEventHandler>>();

  constructor(options: FakeOfficeOptions = {}) {
    this.model = options.model ?? new WordModel();
    this.sets = options.sets ?? DESKTOP_SETS;
    this.displayLanguage = options.displayLanguage ?? 'nl-NL';
  }

  isSetSupported(name: string, version = '1.1'): boolean {
    return this.sets.some((s) => {
      const [setName, setVersion] = s.split(' ');
      return setName === name && versionAtLeast(setVersion ?? '1.1', version);
    });
  }

  require(name: string, version: string): void {
    // An API newer than the host is simply absent there: calling it fails like a missing method.
    if (!this.isSetSupported(name, version)) throw new TypeError(`Word fake: this host lacks ${name} ${version}`);
  }

  countSync(): void {
    this.syncs += 1;
  }

  async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    return this.runOn(new FakeContext(this), batch);
  }

  /** Word.run(context, batch): a batch on an existing request context (removing an event handler). */
  async runOn<T>(context: FakeContext, batch: (context: FakeContext) => Promise<T>): Promise<T> {
    if (!(context instanceof FakeContext) || context.host !== this) throw new FakeWordError('InvalidArgument', 'Word.run with a request context of another host');
    const before = context.syncCount;
    try {
      const result = await batch(context);
      // Word.run syncs what is still queued when the batch returns.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      this.runs.push(context.syncCount - before);
    }
  }

  registerHandler(event: string, handler: FakeEventHandler): void {
    const set = this.handlers.get(event) ?? new Set<FakeEventHandler>();
    set.add(handler);
    this.handlers.set(event, set);
  }

  unregisterHandler(event: string, handler: FakeEventHandler): void {
    this.handlers.get(event)?.delete(handler);
  }

  /** How many handlers Word would call for this event ('ParagraphChanged'). */
  handlerCount(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }

  /**
   * The user changed these paragraphs: Word calls every registered onParagraphChanged handler
   * with the paragraphs' unique local ids (GUIDs without braces). Resolves when the handlers did.
   */
  async fireParagraphChanged(paragraphIds: readonly number[] = []): Promise<void> {
    const uniqueLocalIds = paragraphIds.map(uniqueLocalIdOf);
    for (const handler of [...(this.handlers.get('ParagraphChanged') ?? [])]) {
      await handler({ type: 'ParagraphChanged', source: 'Local', uniqueLocalIds });
    }
  }

  install(): void {
    const g = globalThis as Record<string, unknown>;
    g.Word = {
      run: <T>(first: FakeContext | ((context: FakeContext) => Promise<T>), batch?: (context: FakeContext) => Promise<T>) => {
        if (typeof first === 'function') return this.run(first);
        if (batch === undefined) throw new TypeError('Word fake: Word.run(context) without a batch');
        return this.runOn(first, batch);
      },
      ErrorCodes: { itemNotFound: 'ItemNotFound' },
    };
    g.OfficeExtension = { Error: FakeWordError };
    g.Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      HostType: { Word: 'Word' },
      onReady: (callback?: (info: { host: string }) => void) => {
        callback?.({ host: 'Word' });
        return Promise.resolve({ host: 'Word', platform: 'PC' });
      },
      actions: { associate: (name: string, fn: (event: { completed(): void }) => unknown) => this.associated.set(name, fn) },
      context: {
        displayLanguage: this.displayLanguage,
        requirements: { isSetSupported: (name: string, version?: string) => this.isSetSupported(name, version) },
        document: {
          settings: {
            get: (key: string) => (this.settings.has(key) ? this.settings.get(key) : null),
            set: (key: string, value: unknown) => this.settings.set(key, value),
            remove: (key: string) => this.settings.delete(key),
            saveAsync: (callback?: (result: AsyncResultLike) => void) => {
              this.settingsSaves += 1;
              callback?.({ status: 'succeeded', error: { message: '' } });
            },
          },
        },
        ui: {
          displayDialogAsync: (url: string, _options: unknown, callback?: (result: AsyncResultLike) => void) => {
            this.dialogs.push(url);
            callback?.({ status: 'succeeded', error: { message: '' } });
          },
        },
      },
    };
  }

  uninstall(): void {
    const g = globalThis as Record<string, unknown>;
    delete g.Word;
    delete g.Office;
    delete g.OfficeExtension;
  }
}
