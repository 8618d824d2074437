// The browser page: open a .docx (file picker, drag and drop, or the bundled example), work on it
// with the same task pane as in Word, see it in a readable preview, and download the result.
// The document never leaves the page: no request carries it anywhere.
import { Button, FluentProvider, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { CheckReport } from '../core/findings';
import type { DocumentSnapshot } from '../core/snapshot';
import { App } from '../taskpane/App';
import { type Language, textsFor } from '../taskpane/i18n';
import type { PaneHost } from '../taskpane/pane-context';
import { DocxPort } from './docx-port';
import { type ResultKind, resultFileName, saveBytes } from './download';
import { emptyDocx } from './empty-docx';
import { checkFileInfo, readChosenFile } from './file-check';
import { marksOf } from './preview-marks';
import { Preview } from './Preview';
import { PAGE_CSS } from './page-styles';
import { webTexts } from './web-text';

export const EXAMPLE_URL = 'assets/voorbeeld-verwerkersovereenkomst.docx';
export const EXAMPLE_NAME = 'voorbeeld-verwerkersovereenkomst.docx';

interface OpenDocument {
  readonly id: number;
  readonly name: string;
  readonly port: DocxPort;
  readonly snapshot: DocumentSnapshot;
  readonly changes: number;
  /** What the last applied plan did (names the result file); null before any change. */
  readonly result: ResultKind | null;
  readonly empty: boolean;
}

export interface WebPageProps {
  readonly language: Language;
  readonly theme: Theme;
  /** Open the bundled example at once (?voorbeeld=1), from this download when it was started early. */
  readonly openExample?: boolean;
  readonly exampleDownload?: Promise<Uint8Array>;
  readonly onPaneReady?: () => void;
}

let nextId = 1;

/** The bundled example agreement, from this site. */
export async function fetchExample(): Promise<Uint8Array> {
  const response = await fetch(EXAMPLE_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

export function WebPage(props: WebPageProps): JSX.Element {
  const { language, theme } = props;
  const t = webTexts(language);
  // Typed values not yet filled in, or changes not yet downloaded: opening another document asks first.
  const unsaved = useRef({ typed: false, undownloaded: false, name: '' });
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [selection, setSelection] = useState<{ index: number | null; tick: number }>({ index: null, tick: 0 });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const exampleRequested = useRef(false);

  const openBytes = useCallback((name: string, bytes: Uint8Array, empty = false): boolean => {
    // A file that cannot be used replaces nothing: only a usable one asks before work is dropped.
    const read = readChosenFile(name, bytes, language);
    if (!read.ok) {
      setProblem(read.message);
      return false;
    }
    const pending = unsaved.current;
    if ((pending.typed || pending.undownloaded) && !window.confirm(t.discard(pending.name))) return false;
    const id = nextId++;
    const port = new DocxPort(bytes, {
      onChange: () => {
        void port.readSnapshot().then((snapshot) => {
          setDoc((d) => (d !== null && d.id === id ? { ...d, snapshot, changes: port.changeCount } : d));
        });
      },
      onSelect: (index) => setSelection((s) => ({ index, tick: s.tick + 1 })),
    }, read.snapshot, language);
    setProblem(null);
    setReport(null);
    setSelection({ index: null, tick: 0 });
    unsaved.current = { typed: false, undownloaded: false, name };
    setDoc({ id, name, port, snapshot: read.snapshot, changes: 0, result: null, empty });
    return true;
  }, [language, t]);

  const openFile = useCallback(async (file: File): Promise<void> => {
    const info = checkFileInfo(file.name, file.size, language);
    if (!info.ok) { setProblem(info.message); return; }
    try {
      openBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch {
      setProblem(t.unreadable(file.name));
    }
  }, [openBytes, language, t]);

  const openExample = useCallback(async (early?: Promise<Uint8Array>): Promise<void> => {
    try {
      openBytes(EXAMPLE_NAME, await (early ?? fetchExample()));
    } catch {
      setProblem(t.exampleFailed);
    }
  }, [openBytes, t]);

  const early = props.exampleDownload;
  useEffect(() => {
    if (props.openExample !== true || exampleRequested.current) return;
    exampleRequested.current = true;
    void openExample(early);
  }, [props.openExample, early, openExample]);

  const host = useMemo<PaneHost | undefined>(() => {
    if (doc === null) return undefined;
    const { port, name } = doc;
    return {
      afterApply: (reason) => {
        const fileName = resultFileName(name, reason, language);
        setDoc((d) => (d !== null && d.port === port ? { ...d, result: reason } : d));
        if (reason === 'fill') {
          saveBytes(port.bytes, fileName);
          unsaved.current = { ...unsaved.current, undownloaded: false };
          return t.downloadedAs(fileName);
        }
        unsaved.current = { ...unsaved.current, undownloaded: true };
        return t.saveWith(fileName);
      },
      onReport: setReport,
      onDirty: (typed) => { unsaved.current = { ...unsaved.current, typed }; },
    };
    // A new host only for a new document: the pane keeps its state across edits.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [doc?.id]);

  const marks = useMemo(() => marksOf(report), [report]);

  // The pane comes first: the preview of a long document is drawn once the browser is idle.
  const [previewOf, setPreviewOf] = useState<number | null>(null);
  const docId = doc?.id ?? null;
  useEffect(() => {
    if (docId === null) return undefined;
    const show = (): void => setPreviewOf(docId);
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(show, { timeout: 400 });
      return () => window.cancelIdleCallback(handle);
    }
    const handle = window.setTimeout(show, 50);
    return () => window.clearTimeout(handle);
  }, [docId]);

  const onDrop = (event: DragEvent<HTMLElement>): void => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void openFile(file);
  };

  return (
    <FluentProvider theme={theme} className="vo-page" lang={language}>
      <style>{PAGE_CSS}</style>
      <div className={dragging ? 'vo-drop vo-dragging' : 'vo-drop'}
        onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <header className="vo-page-header">
          <h1 className="vo-page-title">VO-assistent</h1>
          <p className="vo-page-sub">{t.subtitle}</p>
          <div className="vo-toolbar">
            <input ref={fileInput} id="bestand" type="file" className="vo-sr-file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-label={t.chooseFile}
              onChange={(e) => { const f = e.target.files?.[0]; if (f) void openFile(f); e.target.value = ''; }} />
            <Button appearance={doc === null ? 'primary' : 'secondary'} onClick={() => fileInput.current?.click()}>{t.open}</Button>
            <Button onClick={() => void openExample()}>{t.openExample}</Button>
            <Button onClick={() => openBytes(language === 'en' ? 'new-document.docx' : 'nieuw-document.docx', emptyDocx(), true)}>{t.empty}</Button>
            {doc !== null && doc.result !== null && (
              <Button appearance="primary" onClick={() => {
                saveBytes(doc.port.bytes, resultFileName(doc.name, doc.result ?? 'fill', language));
                unsaved.current = { ...unsaved.current, undownloaded: false };
              }}>
                {t.download(resultFileName(doc.name, doc.result, language))}
              </Button>
            )}
          </div>
          {doc !== null && (
            <p className="vo-page-file" data-testid="open-file">
              {t.opened} <strong>{doc.name}</strong>{doc.changes > 0 ? t.changed(doc.changes) : ''}
            </p>
          )}
          <div role="alert" className="vo-problem-region">{problem !== null && <p className="vo-problem">{problem}</p>}</div>
        </header>
        {doc === null ? (
          <main className="vo-start">
            <p className="vo-start-drop">{t.drop}</p>
            <p>{t.private}</p>
          </main>
        ) : (
          <main className="vo-work">
            <aside className="vo-work-pane" aria-label={t.pane}>
              <App key={doc.id} port={doc.port} language={language} theme={theme} host={host} showTitle={false} onReady={props.onPaneReady}
                initialView={doc.empty ? 'clausules' : undefined} />
            </aside>
            <section className="vo-work-preview" aria-label={t.preview} tabIndex={0}>
              <h2 className="vo-preview-title">{t.previewOf(doc.name)}</h2>
              {previewOf === doc.id ? (
                <Preview snapshot={doc.snapshot} marks={marks} selected={selection.index} selectionTick={selection.tick}
                  label={t.contentOf(doc.name)} storyWords={textsFor(language)} />
              ) : <p className="vo-muted">{t.previewBuilding}</p>}
            </section>
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
