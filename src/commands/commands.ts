/// <reference types="office-js" />
// Ribbon commands that run without the task pane. "Snel controleren" reads the document through
// the Word adapter, runs the checker and tells the count of deviations in a small dialog.
import { checkSnapshot } from '../core/check';
import { documentStandard } from '../taskpane/shared/document-standard';
import { createWordPort } from '../word/word-port';
import { languageOf } from '../word/messages';
import { renderMessage, showNotification, summaryOf } from './notification';

export async function controleren(event: Office.AddinCommands.Event): Promise<void> {
  const language = languageOf(Office.context.displayLanguage);
  let text: string;
  try {
    const snapshot = await createWordPort().readSnapshot();
    const report = checkSnapshot(snapshot, documentStandard(snapshot));
    text = summaryOf(report, language);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    text = language === 'en' ? `Checking failed: ${reason}` : `Controleren is niet gelukt: ${reason}`;
  }
  try {
    await showNotification(text, window.location.href);
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // The dialog page of a notification is this same page with ?melding=…
  if (renderMessage(document, window.location.search)) return;
  // Office.actions.associate (newer clients); the global name serves clients that look it up.
  Office.actions?.associate('controleren', controleren);
});
(globalThis as Record<string, unknown>).controleren = controleren;
