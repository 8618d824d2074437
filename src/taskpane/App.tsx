// The task pane: three views over one document port. The same component runs in Word and in the
// browser page; it never touches Office.js.
import { FluentProvider, Tab, TabList, type Theme, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import type { DocumentPort } from '../core/port';
import { CheckView } from './check/CheckView';
import { ClausesView } from './clauses/ClausesView';
import { FillView } from './fill/FillView';
import { type Language, textsFor } from './i18n';
import { type PaneHost, PaneProvider } from './pane-context';
import { PANE_CSS } from './styles';

export type ViewId = 'invullen' | 'controleren' | 'clausules';

export interface AppProps {
  readonly port: DocumentPort;
  readonly language: Language;
  readonly theme?: Theme;
  readonly host?: PaneHost;
  readonly initialView?: ViewId;
  /** The pane's own title; the browser page has its own. */
  readonly showTitle?: boolean;
  /** Called once the first view shows the document and can be used (start-up measurement). */
  readonly onReady?: () => void;
}

const VIEWS: readonly ViewId[] = ['invullen', 'controleren', 'clausules'];

export function App(props: AppProps): JSX.Element {
  const { port, language, host, onReady } = props;
  const texts = textsFor(language);
  const [view, setView] = useState<ViewId>(props.initialView ?? 'invullen');
  // A view is mounted the first time it is shown and then kept, so typed values survive tab switches.
  const [opened, setOpened] = useState<ReadonlySet<ViewId>>(new Set([view]));
  const show = (next: ViewId): void => {
    setView(next);
    setOpened((o) => (o.has(next) ? o : new Set([...o, next])));
  };
  const label: Record<ViewId, string> = { invullen: texts.tabFill, controleren: texts.tabCheck, clausules: texts.tabClauses };
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} lang={language} className="vo-pane">
      <style>{PANE_CSS}</style>
      <PaneProvider port={port} language={language} host={host} onReady={onReady}>
        {props.showTitle !== false && <h1 className="vo-title">{texts.appTitle}</h1>}
        <TabList className="vo-tabs" selectedValue={view} onTabSelect={(_, d) => show(d.value as ViewId)} aria-label={texts.tabsLabel} size="medium">
          {VIEWS.map((id) => <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`paneel-${id}`}>{label[id]}</Tab>)}
        </TabList>
        {VIEWS.map((id) => (
          <div key={id} role="tabpanel" id={`paneel-${id}`} aria-labelledby={`tab-${id}`} hidden={view !== id}>
            {opened.has(id) && (id === 'invullen' ? <FillView /> : id === 'controleren' ? <CheckView active={view === 'controleren'} /> : <ClausesView />)}
          </div>
        ))}
      </PaneProvider>
    </FluentProvider>
  );
}
