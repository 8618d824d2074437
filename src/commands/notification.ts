/// <reference types="office-js" />
// Word has no notification API for ribbon commands; a small dialog (DialogApi 1.1) showing
// commands.html?melding=… is how a command without a pane tells the user something.
import { fieldCountText } from '../core/field-count';
import type { CheckReport } from '../core/findings';
import type { Language } from '../word/messages';

export const MESSAGE_PARAMETER = 'melding';

export function summaryOf(report: CheckReport, language: Language): string {
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  const warnings = report.findings.filter((f) => f.severity === 'warning').length;
  const open = fieldCountText(report.fields, 'open', language);
  if (language === 'en') {
    const head = errors === 0 ? 'No deviations from the standard text.' : `${errors} deviation${errors === 1 ? '' : 's'} from the standard text.`;
    return `${head} ${warnings} point${warnings === 1 ? '' : 's'} to look at; ${open}. Open Review for details.`;
  }
  const head = errors === 0 ? 'Geen afwijkingen van de standaardtekst.' : `${errors} ${errors === 1 ? 'afwijking' : 'afwijkingen'} van de standaardtekst.`;
  return `${head} ${warnings} ${warnings === 1 ? 'aandachtspunt' : 'aandachtspunten'}; ${open}. Open Controleren voor de details.`;
}

/** Opens the message dialog; resolves when it is shown (or cannot be shown). */
export function showNotification(text: string, pageUrl: string): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      resolve();
      return;
    }
    const url = new URL(pageUrl);
    url.search = '';
    url.searchParams.set(MESSAGE_PARAMETER, text);
    Office.context.ui.displayDialogAsync(url.toString(), { height: 25, width: 30, displayInIframe: true }, () => resolve());
  });
}

/** In the dialog: show the message as text (never as HTML). */
export function renderMessage(document: Document, search: string): boolean {
  const text = new URLSearchParams(search).get(MESSAGE_PARAMETER);
  if (text === null) return false;
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  paragraph.setAttribute('role', 'status');
  document.body.replaceChildren(paragraph);
  return true;
}
