// Where Word keeps the user's settings: Office's roaming settings where the host has them (Office
// documents them for Outlook, Mailbox 1.1), checked at run time; else the add-in's localStorage.
import { STD } from '../helpers/standard';
import { profileOf } from '../../src/core/profile';
import { userSettingsIn } from '../../src/core/user-settings';
import { wordSettingsStore } from '../../src/word/user-settings';

const PROFILE = profileOf({ 'gemeente.naam': 'Súdwest-Fryslân', 'gemeente.ondertekenaar': 'Het college van burgemeester en wethouders' }, '5', STD);

function fakeStorage(): Storage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => { items.set(k, v); }, removeItem: (k: string) => { items.delete(k); } } as never;
}

function roaming(): { values: Map<string, unknown>; saves: number; get(k: string): unknown; set(k: string, v: unknown): void; remove(k: string): void; saveAsync(cb: (r: unknown) => void): void } {
  return {
    values: new Map(), saves: 0,
    get(k) { return this.values.get(k); },
    set(k, v) { this.values.set(k, v); },
    remove(k) { this.values.delete(k); },
    saveAsync(cb) { this.saves += 1; cb({ status: 'succeeded' }); },
  };
}

const globals = globalThis as unknown as { Office?: unknown; window?: unknown };
afterEach(() => { delete globals.Office; delete globals.window; });

function setHost(roamingSettings: unknown, storage: Storage): void {
  globals.Office = { context: { roamingSettings }, AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' } };
  globals.window = { localStorage: storage };
}

describe("Word's store of the user's settings", () => {
  it('uses roaming settings where Office has them, and saves them', async () => {
    const settings = roaming();
    const storage = fakeStorage();
    setHost(settings, storage);
    await userSettingsIn(wordSettingsStore(), STD).saveProfile(PROFILE);
    expect(settings.saves).toBe(1);
    expect(storage.items.size).toBe(0);
    expect(userSettingsIn(wordSettingsStore(), STD).profile()).toEqual(PROFILE);
    await userSettingsIn(wordSettingsStore(), STD).saveProfile(null);
    expect(settings.values.size).toBe(0);
  });

  it("keeps them in the add-in's localStorage in a Word without roaming settings", async () => {
    const storage = fakeStorage();
    setHost(undefined, storage);
    await userSettingsIn(wordSettingsStore(), STD).saveProfile(PROFILE);
    await userSettingsIn(wordSettingsStore(), STD).saveReviewerName('M. Jansen');
    expect([...storage.items.keys()].sort()).toEqual(['vo-assistent.gemeenteprofiel', 'vo-assistent.reviewer']);
    expect(userSettingsIn(wordSettingsStore(), STD).profile()).toEqual(PROFILE);
  });
});
