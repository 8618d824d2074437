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
import { resultFileName, saveBytes } from './download';
import { emptyDocx } from './empty-docx';
import { checkFileInfo, readChosenFile } from './file-check';
import { marksOf } from './preview-marks';
import { Preview } from './Preview';
import { PAGE_CSS } from './page-styles';

export const EXAMPLE_URL = 'assets/voorbeeld-verwerkersovereenkomst.docx';
export const EXAMPLE_NAME = 'voorbeeld-verwerkersovereenkomst.docx';

interface OpenDocument {
  readonly id: number;
  readonly name: string;
  readonly port: DocxPort;
  readonly snapshot: DocumentSnapshot;
  readonly changes: number;
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
  const [doc, setDoc] = useState<OpenDocument | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<CheckReport | null>(null);
  const [selection, setSelection] = useState<{ index: number | null; tick: number }>({ index: null, tick: 0 });
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const exampleRequested = useRef(false);

  const openBytes = useCallback((name: string, bytes: Uint8Array): boolean => {
    const read = readChosenFile(name, bytes);
    if (!read.ok) {
      setProblem(read.message);
      return false;
    }
    const id = nextId++;
    const port = new DocxPort(bytes, {
      onChange: () => {
        void port.readSnapshot().then((snapshot) => {
          setDoc((d) => (d !== null && d.id === id ? { ...d, snapshot, changes: port.changeCount } : d));
        });
      },
      onSelect: (index) => setSelection((s) => ({ index, tick: s.tick + 1 })),
    }, read.snapshot);
    setProblem(null);
    setReport(null);
    setSelection({ index: null, tick: 0 });
    setDoc({ id, name, port, snapshot: read.snapshot, changes: 0 });
    return true;
  }, []);

  const openFile = useCallback(async (file: File): Promise<void> => {
    const info = checkFileInfo(file.name, file.size);
    if (!info.ok) { setProblem(info.message); return; }
    try {
      openBytes(file.name, new Uint8Array(await file.arrayBuffer()));
    } catch {
      setProblem(`“${file.name}” kon niet worden gelezen.`);
    }
  }, [openBytes]);

  const openExample = useCallback(async (early?: Promise<Uint8Array>): Promise<void> => {
    try {
      openBytes(EXAMPLE_NAME, await (early ?? fetchExample()));
    } catch {
      setProblem('Het voorbeelddocument kon niet worden geladen.');
    }
  }, [openBytes]);

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
        const fileName = resultFileName(name);
        if (reason === 'fill') {
          saveBytes(port.bytes, fileName);
          return `Het oorspronkelijke bestand is niet gewijzigd; het resultaat is gedownload als ${fileName}.`;
        }
        return `Het oorspronkelijke bestand is niet gewijzigd; bewaar het resultaat met ‘Download ${fileName}’.`;
      },
      onReport: setReport,
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
          <p className="vo-page-sub">VNG standaard verwerkersovereenkomst gemeenten invullen, controleren en aanvullen, in uw browser.</p>
          <div className="vo-toolbar">
            <input ref={fileInput} id="bestand" type="file" className="vo-sr-file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              aria-label="Word-document (.docx) kiezen"
              onChange={(e) => { const f = e.target.files?.[0]; if (f) void openFile(f); e.target.value = ''; }} />
            <Button appearance={doc === null ? 'primary' : 'secondary'} onClick={() => fileInput.current?.click()}>Document openen…</Button>
            <Button onClick={() => void openExample()}>Voorbeelddocument openen</Button>
            <Button onClick={() => openBytes('nieuw-document.docx', emptyDocx())}>Leeg document</Button>
            {doc !== null && (
              <Button appearance="primary" onClick={() => saveBytes(doc.port.bytes, resultFileName(doc.name))}>
                Download {resultFileName(doc.name)}
              </Button>
            )}
          </div>
          {doc !== null && (
            <p className="vo-page-file" data-testid="open-file">
              Geopend: <strong>{doc.name}</strong>{doc.changes > 0 ? ` (${doc.changes} keer gewijzigd; het origineel blijft ongewijzigd)` : ''}
            </p>
          )}
          <div role="alert" className="vo-problem-region">{problem !== null && <p className="vo-problem">{problem}</p>}</div>
        </header>
        {doc === null ? (
          <main className="vo-start">
            <p className="vo-start-drop">Sleep een Word-document (.docx) hierheen, of kies hierboven een document.</p>
            <p>Het document blijft op uw computer: deze pagina verstuurt niets, ook geen statistieken.</p>
          </main>
        ) : (
          <main className="vo-work">
            <aside className="vo-work-pane" aria-label="Taakvenster">
              <App key={doc.id} port={doc.port} language={language} theme={theme} host={host} showTitle={false} onReady={props.onPaneReady} />
            </aside>
            <section className="vo-work-preview" aria-label="Voorbeeldweergave" tabIndex={0}>
              <h2 className="vo-preview-title">Voorbeeldweergave van {doc.name}</h2>
              {previewOf === doc.id ? (
                <Preview snapshot={doc.snapshot} marks={marks} selected={selection.index} selectionTick={selection.tick}
                  label={`Inhoud van ${doc.name}`} storyWords={textsFor(language)} />
              ) : <p className="vo-muted">Voorbeeldweergave wordt opgebouwd…</p>}
            </section>
          </main>
        )}
      </div>
    </FluentProvider>
  );
}
