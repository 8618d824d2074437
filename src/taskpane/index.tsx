// Entry of the task pane in Word: the only file here that speaks to Office, and only to learn the
// language and theme and to create the Word adapter.
import { createRoot } from 'react-dom/client';
import { createWordPort } from '../word/word-port';
import { App } from './App';
import { languageOf } from './i18n';
import { themeForBackground } from './theme';

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
    />,
  );
});
