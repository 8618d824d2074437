// The browser page keeps the user's settings in localStorage: on this computer, in this browser,
// never sent anywhere. Where storage is refused (private mode, a policy), the pane asks again.
import { newestStandard } from '../template/registry';
import { userSettingsIn, webStorageStore } from '../core/user-settings';

export const localUserSettings = userSettingsIn(webStorageStore(() => window.localStorage), newestStandard());
