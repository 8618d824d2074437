// The user's own settings (the reviewer's name, the municipality's profile) over a store of texts by
// key, the same in every host: the host only says where the texts are kept (Word: roaming settings
// where Office has them; the browser page: localStorage).
import type { Standard } from '../template/standard';
import type { UserSettings } from './port';
import { type MunicipalityProfile, profileFromStored, storedProfile } from './profile';

/** Texts by key; a host's store that refuses (private mode, a policy) reads as empty. */
export interface SettingsStore {
  get(key: string): string | null;
  /** Stores the text, or forgets the key for null. */
  set(key: string, value: string | null): Promise<void>;
}

const REVIEWER_KEY = 'vo-assistent.reviewer';
const PROFILE_KEY = 'vo-assistent.gemeenteprofiel';

/** The settings in this store; a stored profile is read as far as it is valid in `std` (the newest version). */
export function userSettingsIn(store: SettingsStore, std: Standard): UserSettings {
  return {
    reviewerName: () => store.get(REVIEWER_KEY) ?? '',
    saveReviewerName: (name: string) => store.set(REVIEWER_KEY, name),
    profile: () => profileFromStored(store.get(PROFILE_KEY), std),
    saveProfile: (profile: MunicipalityProfile | null) => store.set(PROFILE_KEY, profile === null ? null : storedProfile(profile)),
  };
}

/** A Web Storage object (window.localStorage) as a store; null where the page may not use one. */
export function webStorageStore(storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null): SettingsStore {
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    async set(key, value) {
      const target = storage();
      if (!target) throw new Error('Deze omgeving bewaart geen instellingen.');
      if (value === null) target.removeItem(key);
      else target.setItem(key, value);
    },
  };
}
