/** @jest-environment jsdom */
// The municipality profile in the Invullen view: a saved profile fills a new agreement's form, the
// form's municipality details are saved as the profile, and the profile is forgotten on request.
import { STD } from '../helpers/standard';
import { planNoteText } from '../../src/core/plan-summary';
import '@testing-library/jest-dom';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserSettings } from '../../src/core/port';
import { type MunicipalityProfile, profileOf } from '../../src/core/profile';
import { FakePort, fixtureSnapshot } from './fake-port';
import { clickAndSettle, renderPane } from './render';

const TEMPLATE = 'base/template-word.docx';

jest.setTimeout(30_000);

class ProfilePort extends FakePort {
  readonly saved: (MunicipalityProfile | null)[] = [];
  readonly userSettings: UserSettings;

  constructor(profile: MunicipalityProfile | null) {
    super(fixtureSnapshot(TEMPLATE), 'docx');
    this.userSettings = {
      reviewerName: () => '',
      saveReviewerName: async () => undefined,
      profile: () => (this.saved.length > 0 ? this.saved[this.saved.length - 1] ?? null : profile),
      saveProfile: async (p) => { this.saved.push(p); },
    };
  }
}

function field(label: RegExp): HTMLElement {
  return screen.getByLabelText(label, { selector: 'input, textarea, select' });
}

const PROFILE = profileOf({
  'gemeente.naam': 'Súdwest-Fryslân',
  'gemeente.ondertekenaar': 'Het college van burgemeester en wethouders',
  'gemeente.vertegenwoordiger.naam': 'A. de Jong',
  'gemeente.fg-email': 'fg@sudwestfryslan.nl',
}, '5', STD);

describe('the municipality profile in Invullen', () => {
  test("fills the new agreement's form, and the fill puts it in the document", async () => {
    const port = new ProfilePort(PROFILE);
    await renderPane(port);
    expect(field(/^Naam gemeente/)).toHaveValue('Súdwest-Fryslân');
    expect(field(/^Ondertekening gemeente: namens wie/)).toHaveValue('Het college van burgemeester en wethouders');
    expect(field(/^Vertegenwoordiger gemeente: naam/)).toHaveValue('A. de Jong');
    expect(field(/^E-mailadres functionaris/)).toHaveValue('fg@sudwestfryslan.nl');
    expect(screen.getByText(/4 velden zijn vooraf ingevuld uit het gemeenteprofiel/)).toBeInTheDocument();
    await clickAndSettle(screen.getByRole('button', { name: 'Document invullen' }));
    const summary = (port.applied[0]?.summary ?? []).map((note) => planNoteText(note)).join('\n');
    expect(summary).toContain('"Súdwest-Fryslân"');
    expect(summary).toContain('"Het college van burgemeester en wethouders"');
    expect(summary).toContain('"fg@sudwestfryslan.nl"');
  });

  test("saves the form's municipality details with the annex number, and forgets them", async () => {
    const port = new ProfilePort(null);
    await renderPane(port);
    expect(screen.queryByText(/vooraf ingevuld uit het gemeenteprofiel/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Gemeenteprofiel vergeten' })).toBeDisabled();
    await userEvent.clear(field(/^Naam gemeente/));
    await userEvent.type(field(/^Naam gemeente/), 'Utrecht');
    await userEvent.type(field(/^Vertegenwoordiger gemeente: naam/), 'B. Bakker');
    await userEvent.type(field(/^Bijlagenummer/), '7');
    await clickAndSettle(screen.getByRole('button', { name: 'Gemeentegegevens onthouden' }));
    expect(port.saved).toEqual([{
      fields: { 'gemeente.naam': 'Utrecht', 'gemeente.vertegenwoordiger.naam': 'B. Bakker', 'gemeente.ondertekenaar': 'De burgemeester', 'gemeente.fg-email': 'FG@haarlem.nl' },
      annexNumber: '7',
    }]);
    expect(screen.getByText('Onthouden voor elke nieuwe overeenkomst:')).toBeInTheDocument();
    await clickAndSettle(screen.getByRole('button', { name: 'Gemeenteprofiel vergeten' }));
    expect(port.saved[1]).toBeNull();
    expect(screen.getByText('Het gemeenteprofiel is vergeten.')).toBeInTheDocument();
  });

  test('does not save a wrong annex number, and says why', async () => {
    const port = new ProfilePort(null);
    await renderPane(port);
    await userEvent.type(field(/^Bijlagenummer/), 'vijf');
    await clickAndSettle(screen.getByRole('button', { name: 'Gemeentegegevens onthouden' }));
    expect(port.saved).toEqual([]);
    expect(screen.getByText(/Bijlagenummer in de aanbesteding: "vijf" is geen bijlagenummer/)).toBeInTheDocument();
  });
});
