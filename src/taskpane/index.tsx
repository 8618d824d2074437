// Entry of the task pane in Word: the only file here that speaks to Office, and only to learn the
// language, the theme and the view to open on, and to create the Word adapter.
import { createRoot } from 'react-dom/client';
import { createWordPort } from '../word/word-port';
import { App } from './App';
import { languageOf } from './i18n';
import { AUTO_SHOW_SETTING, initialViewOf } from './initial-view';
import { themeForBackground } from './theme';

/** The document setting the add-in sets after a fill (Settings 1.1, Common API); null when unreadable. */
function autoShowSetting(): unknown {
  try {
    return Office.context.document.settings.get(AUTO_SHOW_SETTING);
  } catch {
    return null;
  }
}

Office.onReady(() => {
  const container = document.getElementById('root');
  if (container === null) return;
  const officeTheme = (Office.context as { officeTheme?: { bodyBackgroundColor?: string } }).officeTheme;
  const prefersDark = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
  createRoot(container).render(
    <App
      port={createWordPort()}
      language={languageOf(Office.context.displayLanguage)}
      theme={themeForBackground(officeTheme?.bodyBackgroundColor, prefersDark)}
      initialView={initialViewOf({ search: window.location.search, autoShowWithDocument: autoShowSetting() })}
    />,
  );
});
