/// <reference types="office-js" />
// Document settings through the Common API (Office.context.document.settings, requirement set
// Settings 1.1, in every Word that runs this add-in). They live in the document and need
// saveAsync to persist. The user's own settings are user-settings.ts's.

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
