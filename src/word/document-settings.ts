/// <reference types="office-js" />
// Document settings through the Common API (Office.context.document.settings, requirement set
// Settings 1.1, in every Word that runs this add-in). They live in the document and need
// saveAsync to persist. The user's own settings (the reviewer's name) go to roaming settings.
import type { UserSettings } from '../core/port';

export function saveDocumentSettings(values: Readonly<Record<string, unknown>>): Promise<void> {
  const settings = Office.context.document.settings;
  for (const [key, value] of Object.entries(values)) settings.set(key, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(result.error.message));
    });
  });
}

const REVIEWER_SETTING = 'vo-assistent.reviewer';

/** The user's settings through Office.context.roamingSettings: they follow the user, not the document. */
export const roamingUserSettings: UserSettings = {
  reviewerName(): string {
    try {
      const value: unknown = Office.context.roamingSettings.get(REVIEWER_SETTING);
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  },
  saveReviewerName(name: string): Promise<void> {
    const settings = Office.context.roamingSettings;
    settings.set(REVIEWER_SETTING, name);
    return new Promise((resolve, reject) => {
      settings.saveAsync((result) => {
        if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
        else reject(new Error(result.error.message));
      });
    });
  },
};
