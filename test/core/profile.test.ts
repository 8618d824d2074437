// The municipality's profile: what it keeps, how it is stored and read back (never trusted), and
// which fields of a new agreement it fills.
import { STD } from '../helpers/standard';
import { type MunicipalityProfile, profileFromStored, profileOf, profileProblems, storedProfile, withProfile } from '../../src/core/profile';
import { type SettingsStore, userSettingsIn, webStorageStore } from '../../src/core/user-settings';

const SUDWEST = {
  'gemeente.naam': 'Súdwest-Fryslân',
  'gemeente.bestuursorgaan': 'het college van Burgemeester en Wethouders',
  'gemeente.ondertekenaar': 'Het college van burgemeester en wethouders',
  'gemeente.vertegenwoordiger.aanhef': 'mevrouw',
  'gemeente.vertegenwoordiger.naam': 'A. de Jong',
  'gemeente.vertegenwoordiger.functie': 'wethouder',
  'gemeente.fg-email': 'fg@sudwestfryslan.nl',
};

function memoryStore(): SettingsStore & { texts: Map<string, string> } {
  const texts = new Map<string, string>();
  return {
    texts,
    get: (key) => texts.get(key) ?? null,
    async set(key, value) {
      if (value === null) texts.delete(key);
      else texts.set(key, value);
    },
  };
}

describe('the municipality profile', () => {
  it("keeps the municipality's fields, trimmed, and not the agreement's", () => {
    const profile = profileOf({ ...SUDWEST, 'gemeente.naam': '  Súdwest-Fryslân ', 'verwerker.naam': 'Acme B.V.', 'hoofdovereenkomst.datum': '2026-03-01' }, ' 5 ', STD);
    expect(profile).toEqual({ fields: SUDWEST, annexNumber: '5' });
  });

  it('names what is wrong: an address that is none, a signatory form that is none, an annex number that is no number', () => {
    const problems = profileProblems({ ...SUDWEST, 'gemeente.fg-email': 'fg at sudwest', 'gemeente.ondertekenaar': 'De wethouder' }, 'vijf', STD);
    expect(problems.map((p) => p.id)).toEqual(['gemeente.fg-email', 'gemeente.ondertekenaar', 'bijlage']);
    expect(profileProblems(SUDWEST, '12', STD)).toEqual([]);
  });

  it('is read back as stored, and whatever is stored otherwise is read as far as it is valid', () => {
    const profile = profileOf(SUDWEST, '7', STD);
    expect(profileFromStored(storedProfile(profile), STD)).toEqual(profile);
    expect(profileFromStored(null, STD)).toBeNull();
    expect(profileFromStored('{not json', STD)).toBeNull();
    expect(profileFromStored(JSON.stringify({ format: 99, fields: SUDWEST }), STD)).toBeNull();
    expect(profileFromStored(JSON.stringify({ format: 1, fields: { 'gemeente.naam': 'Utrecht', 'gemeente.fg-email': 42, 'verwerker.naam': 'X' }, annexNumber: '<b>' }), STD))
      .toEqual({ fields: { 'gemeente.naam': 'Utrecht' }, annexNumber: '' });
    expect(profileFromStored(JSON.stringify({ format: 1, fields: {} }), STD)).toBeNull();
  });

  it("fills what a new agreement does not have of the municipality yet: empty fields and the published copy's Haarlem", () => {
    const profile: MunicipalityProfile = profileOf(SUDWEST, '', STD);
    const document = {
      'gemeente.naam': 'Haarlem', 'gemeente.fg-email': 'FG@haarlem.nl', 'gemeente.ondertekenaar': 'De burgemeester',
      'gemeente.bestuursorgaan': '', 'gemeente.vertegenwoordiger.naam': 'B. Bakker', 'verwerker.naam': '',
    };
    const { values, filled } = withProfile(document, profile, STD);
    expect(values).toEqual({ ...document, 'gemeente.naam': 'Súdwest-Fryslân', 'gemeente.fg-email': 'fg@sudwestfryslan.nl',
      'gemeente.ondertekenaar': 'Het college van burgemeester en wethouders', 'gemeente.bestuursorgaan': 'het college van Burgemeester en Wethouders' });
    // The representative the document names already is kept; fields the document lacks stay absent.
    expect(filled.sort()).toEqual(['gemeente.bestuursorgaan', 'gemeente.fg-email', 'gemeente.naam', 'gemeente.ondertekenaar']);
    expect(withProfile({ 'gemeente.naam': 'Utrecht' }, profile, STD).filled).toEqual([]);
    expect(withProfile(document, null, STD)).toEqual({ values: document, filled: [] });
  });
});

describe('the user settings over a store', () => {
  it('remember the profile and forget it, beside the reviewer name', async () => {
    const store = memoryStore();
    const settings = userSettingsIn(store, STD);
    expect(settings.profile()).toBeNull();
    await settings.saveReviewerName('M. Jansen');
    await settings.saveProfile(profileOf(SUDWEST, '5', STD));
    expect(userSettingsIn(store, STD).profile()).toEqual({ fields: SUDWEST, annexNumber: '5' });
    await settings.saveProfile(null);
    expect(userSettingsIn(store, STD).profile()).toBeNull();
    expect(userSettingsIn(store, STD).reviewerName()).toBe('M. Jansen');
    expect([...store.texts.keys()]).toEqual(['vo-assistent.reviewer']);
  });

  it('over Web Storage: a storage that refuses reads as empty and says so when saving', async () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => { items.set(k, v); }, removeItem: (k: string) => { items.delete(k); } };
    const settings = userSettingsIn(webStorageStore(() => storage), STD);
    await settings.saveProfile(profileOf(SUDWEST, '', STD));
    expect(JSON.parse(items.get('vo-assistent.gemeenteprofiel') ?? '{}')).toEqual({ format: 1, fields: SUDWEST, annexNumber: '' });
    const refusing = userSettingsIn(webStorageStore(() => { throw new Error('SecurityError'); }), STD);
    expect(refusing.profile()).toBeNull();
    await expect(refusing.saveProfile(profileOf(SUDWEST, '', STD))).rejects.toThrow('SecurityError');
    await expect(userSettingsIn(webStorageStore(() => null), STD).saveProfile(profileOf(SUDWEST, '', STD))).rejects.toThrow(/bewaart geen instellingen/);
  });
});
