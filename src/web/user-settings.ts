// The browser page keeps the user's settings in localStorage: on this computer, in this browser,
// never sent anywhere. Where storage is refused (private mode, a policy), the pane asks again.
import type { UserSettings } from '../core/port';

const REVIEWER_KEY = 'vo-assistent.reviewer';

export const localUserSettings: UserSettings = {
  reviewerName(): string {
    try {
      return window.localStorage.getItem(REVIEWER_KEY) ?? '';
    } catch {
      return '';
    }
  },
  async saveReviewerName(name: string): Promise<void> {
    try {
      window.localStorage.setItem(REVIEWER_KEY, name);
    } catch {
      // Not remembered: the name still signs this session's edits.
    }
  },
};
