// Entry of the browser page: no Office, no network beyond this site.
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { languageOf } from '../taskpane/i18n';
import { fetchExample, WebPage } from './WebPage';

function markReady(): void {
  if (document.documentElement.dataset.paneReady === '1') return;
  document.documentElement.dataset.paneReady = '1';
  performance.mark('vo-pane-ready');
}

const container = document.getElementById('root');
if (container !== null) {
  const dark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  const params = new URLSearchParams(window.location.search);
  const openExample = params.has('voorbeeld');
  // Start the download before React renders: the two overlap.
  const exampleDownload = openExample ? fetchExample() : undefined;
  exampleDownload?.catch(() => undefined);
  createRoot(container).render(
    <WebPage
      language={languageOf(params.get('taal') ?? 'nl')}
      theme={dark ? webDarkTheme : webLightTheme}
      openExample={openExample}
      exampleDownload={exampleDownload}
      onPaneReady={markReady}
    />,
  );
}
