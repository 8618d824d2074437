/// <reference types="office-js" />
// The user's settings in Word. Office.context.roamingSettings follows the user from machine to
// machine, but Office documents it for Outlook only ("API set: Mailbox 1.1",
// learn.microsoft.com/javascript/api/outlook/office.roamingsettings): it is used where the host has
// it, checked at run time, and otherwise the add-in's own localStorage (per machine) keeps them.
import { type SettingsStore, webStorageStore } from '../core/user-settings';

function roamingStore(settings: Office.RoamingSettings): SettingsStore {
  return {
    get(key) {
      const value: unknown = settings.get(key);
      return typeof value === 'string' ? value : null;
    },
    set(key, value) {
      if (value === null) settings.remove(key);
      else settings.set(key, value);
      return new Promise((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error.message));
        });
      });
    },
  };
}

function roamingSettings(): Office.RoamingSettings | null {
  try {
    const settings = (Office.context as { roamingSettings?: Office.RoamingSettings }).roamingSettings;
    return settings && typeof settings.get === 'function' && typeof settings.saveAsync === 'function' ? settings : null;
  } catch {
    return null;
  }
}

/** The store Word has: roaming settings where there are any, else the add-in's localStorage. */
export function wordSettingsStore(): SettingsStore {
  const roaming = roamingSettings();
  return roaming ? roamingStore(roaming) : webStorageStore(() => window.localStorage);
}
