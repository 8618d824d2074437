// The municipality's profile under the form: its details as the form holds them now, remembered
// for every next agreement (where the host keeps the user's settings), or forgotten.
import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { valueProblemText } from '../../core/answer-text';
import type { UserSettings } from '../../core/port';
import { isEmptyProfile, type MunicipalityProfile, PROFILE_FIELDS, profileOf, profileProblems } from '../../core/profile';
import { newestStandard } from '../../template/registry';
import type { Texts } from '../i18n';
import { messageOf } from '../pane-context';
import { Notice, type NoticeContent } from '../shared/Notice';

export interface ProfileSectionProps {
  readonly settings: UserSettings;
  readonly host: 'word' | 'docx';
  /** The form's field values now. */
  readonly values: Readonly<Record<string, string>>;
  readonly texts: Texts;
}

function labelOf(id: string, texts: Texts): string {
  const slot = newestStandard().slots.find((s) => s.id === id);
  if (!slot) return texts.profileAnnex;
  return texts.language === 'en' ? slot.labelEn : slot.label;
}

export function ProfileSection(props: ProfileSectionProps): JSX.Element {
  const { settings, host, values, texts } = props;
  const [profile, setProfile] = useState<MunicipalityProfile | null>(() => settings.profile());
  const [annex, setAnnex] = useState(() => profile?.annexNumber ?? '');
  const [notice, setNotice] = useState<NoticeContent | null>(null);

  const save = async (): Promise<void> => {
    const problems = profileProblems(values, annex, newestStandard());
    if (problems.length > 0) {
      setNotice({ intent: 'error', title: texts.fixFirst, lines: problems.map((p) => `${labelOf(p.id, texts)}: ${valueProblemText(p.problem, texts.language)}`) });
      return;
    }
    const next = profileOf(values, annex, newestStandard());
    if (isEmptyProfile(next)) {
      setNotice({ intent: 'info', lines: [texts.profileNothing] });
      return;
    }
    try {
      await settings.saveProfile(next);
      setProfile(next);
      const lines = PROFILE_FIELDS.filter((id) => next.fields[id] !== undefined).map((id) => `${labelOf(id, texts)}: ${next.fields[id] ?? ''}`);
      if (next.annexNumber !== '') lines.push(`${texts.profileAnnex}: ${next.annexNumber}`);
      setNotice({ intent: 'success', title: texts.profileSaved, lines });
    } catch (error) {
      setNotice({ intent: 'error', title: texts.profileNotSaved, lines: [messageOf(error)] });
    }
  };

  const forget = async (): Promise<void> => {
    try {
      await settings.saveProfile(null);
      setProfile(null);
      setAnnex('');
      setNotice({ intent: 'success', lines: [texts.profileCleared] });
    } catch (error) {
      setNotice({ intent: 'error', title: texts.profileNotSaved, lines: [messageOf(error)] });
    }
  };

  return (
    <section aria-labelledby="groep-gemeenteprofiel" className="vo-group" data-profile="section">
      <h3 id="groep-gemeenteprofiel" className="vo-heading">{texts.profileHeading}</h3>
      <p className="vo-muted">{texts.profileIntro} {host === 'word' ? texts.profileWhereWord : texts.profileWhereDocx}</p>
      <Field label={texts.profileAnnex} hint={texts.profileAnnexHint} className="vo-field">
        <Input value={annex} inputMode="numeric" autoComplete="off" data-profile="bijlage" onChange={(_, data) => setAnnex(data.value)} />
      </Field>
      <div className="vo-actions vo-actions-stack">
        <Button type="button" onClick={() => void save()} data-profile="save">{texts.profileSave}</Button>
        <Button type="button" disabled={profile === null} onClick={() => void forget()} data-profile="clear">{texts.profileClear}</Button>
      </div>
      <Notice notice={notice} />
    </section>
  );
}
