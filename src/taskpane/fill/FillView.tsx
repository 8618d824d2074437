// Invullen: the guided form, grouped as the agreement is, pre-filled from the document.
import { Button, Checkbox, Field, ProgressBar, Radio, RadioGroup, Spinner } from '@fluentui/react-components';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import { answerProblemText } from '../../core/answer-text';
import { validateAnswers, validateField } from '../../core/answer-validation';
import type { Language } from '../../core/language';
import { planNoteText } from '../../core/plan-summary';
import { planFill } from '../../core/fill-plan';
import { withProfile } from '../../core/profile';
import { scanSnapshot } from '../../core/scan';
import type { SlotGroup } from '../../template/fields';
import type { Standard } from '../../template/standard';
import type { Texts } from '../i18n';
import { messageOf, usePane } from '../pane-context';
import { Notice, type NoticeContent } from '../shared/Notice';
import { DocumentStatus } from '../shared/DocumentStatus';
import { documentStandard } from '../shared/document-standard';
import { useDocument } from '../shared/use-document';
import {
  answersFrom, bijlage2Options, type FieldView, fieldsByGroup, type FormState, GROUP_ORDER, hasAnswers, initialFormState,
  progressOf, type ScanView, tablesOf,
} from './form-model';
import { ProfileSection } from './ProfileSection';
import { SlotField } from './SlotField';
import { TableRows } from './TableRows';

function groupTitle(group: SlotGroup, texts: Texts): string {
  switch (group) {
    case 'Partijen': return texts.groupPartijen;
    case 'Hoofdovereenkomst': return texts.groupHoofdovereenkomst;
    case 'Bijlage 1': return texts.groupBijlage1;
    case 'Bijlage 2': return texts.groupBijlage2;
    case 'Ondertekening': return texts.groupOndertekening;
    default: return group;
  }
}

/** The answers model's message for one field, or null for an empty or valid value. */
function slotMessage(id: string, value: string, language: Language, std: Standard): string | null {
  if (value.trim() === '') return null;
  const problem = validateField(id, value, std);
  return problem === null ? null : answerProblemText(problem, language, { std });
}

function tableMessages(id: string, rows: readonly (readonly string[])[], language: Language, std: Standard): string[] {
  const kept = rows.map((r) => r.map((c) => c.trim())).filter((r) => r.some((c) => c !== ''));
  if (kept.length === 0) return [];
  return validateAnswers({ tables: { [id]: kept } }, std).map((p) => answerProblemText(p, language, { std }));
}

function scanOf(snapshot: Parameters<typeof scanSnapshot>[0]): { scan: ScanView; std: Standard } {
  const std = documentStandard(snapshot);
  return { scan: scanSnapshot(snapshot, std), std };
}

export function FillView(): JSX.Element {
  const { loaded, reload } = useDocument(scanOf);
  if (loaded.status !== 'ready') return <DocumentStatus loaded={loaded} reload={reload} />;
  return <FillForm scan={loaded.value.scan} std={loaded.value.std} snapshot={loaded.snapshot} />;
}

function FillForm(props: { scan: ScanView; std: Standard; snapshot: Parameters<typeof planFill>[0] }): JSX.Element {
  const { scan, std, snapshot } = props;
  const { texts, language, port, apply, markReady, host } = usePane();
  useEffect(() => markReady(), [markReady]);
  const initial = useMemo(() => initialFormState(scan), [scan]);
  // The municipality's profile fills what the document does not have of the municipality yet; read
  // when the document is, so that saving a profile does not overwrite what the user typed.
  const prefilled = useMemo(() => withProfile(initial.slots, port.userSettings?.profile() ?? null, std), [initial, port, std]);
  const start = useMemo<FormState>(() => ({ ...initial, slots: prefilled.values }), [initial, prefilled]);
  const [state, setState] = useState<FormState>(start);
  // After a fill the document is read again: the form then shows what the document holds.
  useEffect(() => setState(start), [start]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const groups = useMemo(() => fieldsByGroup(scan, language, std), [scan, language, std]);
  const tables = useMemo(() => tablesOf(scan, language, std), [scan, language, std]);
  const allFields = useMemo(() => [...groups.values()].flat(), [groups]);
  const progress = progressOf(allFields, state);
  const dirty = useMemo(() => hasAnswers(answersFrom(initial, state)), [initial, state]);
  useEffect(() => { host.onDirty?.(dirty); }, [host, dirty]);
  // The first group is drawn at once so the pane can be used; the rest follows right after.
  const [shownGroups, setShownGroups] = useState(1);
  useEffect(() => { startTransition(() => setShownGroups(GROUP_ORDER.length)); }, []);

  const setSlot = useCallback((id: string, value: string) => {
    setState((s) => ({ ...s, slots: { ...s.slots, [id]: value } }));
  }, []);
  const setTable = useCallback((id: string, rows: string[][]) => {
    setState((s) => ({ ...s, tables: { ...s.tables, [id]: rows } }));
  }, []);

  const fill = async (): Promise<void> => {
    const answers = answersFrom(initial, state);
    if (!hasAnswers(answers)) {
      setNotice({ intent: 'info', lines: [texts.nothingToFill] });
      return;
    }
    const problems = validateAnswers(answers, std).map((p) => answerProblemText(p, language, { std }));
    if (problems.length > 0) {
      setNotice({ intent: 'error', title: texts.fixFirst, lines: problems });
      return;
    }
    const planned = planFill(snapshot, answers, std);
    if (!planned.ok) {
      setNotice({ intent: 'error', title: texts.fixFirst, lines: planned.problems.map((p) => answerProblemText(p, language, { std })) });
      return;
    }
    setBusy(true);
    try {
      const note = await apply(planned.plan, 'fill');
      const lines = planned.plan.summary.map((n) => planNoteText(n, language, { std }));
      if (port.host === 'word') lines.push(texts.undoWord);
      if (note !== null) lines.push(note);
      setNotice({ intent: 'success', title: texts.changed, lines });
    } catch (error) {
      setNotice({ intent: 'error', title: texts.errorPrefix, lines: [messageOf(error)] });
    } finally {
      setBusy(false);
    }
  };

  const renderFields = (fields: readonly FieldView[]): JSX.Element[] => fields.map((field) => (
    <SlotField
      key={field.id}
      field={field}
      value={state.slots[field.id] ?? ''}
      message={slotMessage(field.id, state.slots[field.id] ?? '', language, std)}
      texts={texts}
      onChange={setSlot}
    />
  ));

  return (
    <form className="vo-view" aria-label={texts.tabFill} onSubmit={(e) => { e.preventDefault(); void fill(); }} noValidate>
      <Field label={texts.progressLabel} validationMessage={texts.progress(progress.filled, progress.total)} validationState="none">
        <ProgressBar value={progress.total === 0 ? 0 : progress.filled / progress.total} thickness="large"
          aria-valuetext={texts.progress(progress.filled, progress.total)} />
      </Field>
      {prefilled.filled.length > 0 && <p className="vo-muted" data-profile="applied">{texts.profileApplied(prefilled.filled.length)}</p>}
      {GROUP_ORDER.slice(0, shownGroups).map((group) => {
        const fields = groups.get(group) ?? [];
        const groupTables = group === 'Bijlage 1' ? tables : [];
        if (fields.length === 0 && groupTables.length === 0 && group !== 'Bijlage 2') return null;
        const headingId = `groep-${group.replace(/\s+/g, '-').toLowerCase()}`;
        return (
          <section key={group} aria-labelledby={headingId} className="vo-group">
            <h3 id={headingId} className="vo-heading">{groupTitle(group, texts)}</h3>
            {renderFields(fields)}
            {groupTables.map((table) => (
              <TableRows key={table.id} table={table} rows={state.tables[table.id] ?? []}
                messages={tableMessages(table.id, state.tables[table.id] ?? [], language, std)} texts={texts} onChange={setTable} />
            ))}
            {group === 'Bijlage 2' && (
              <fieldset className="vo-options">
                <legend>{texts.optionsLegend}</legend>
                {bijlage2Options(scan, language, std).map((option) => (
                  <Checkbox key={option.id} label={option.present ? option.label : `${option.label} ${texts.optionRemoved}`}
                    disabled={!option.present} checked={state.options[option.id] ?? false}
                    onChange={(_, data) => setState((s) => ({ ...s, options: { ...s.options, [option.id]: data.checked === true } }))} />
                ))}
              </fieldset>
            )}
            {group === 'Bijlage 2' && (
              <section aria-labelledby="groep-bijlage-3" className="vo-group">
                <h3 id="groep-bijlage-3" className="vo-heading">{texts.groupBijlage3}</h3>
                <Field label={texts.bijlage3Legend}>
                  <RadioGroup value={state.bijlage3 ? 'ja' : 'nee'} layout="horizontal"
                    onChange={(_, data) => setState((s) => ({ ...s, bijlage3: data.value === 'ja' }))}>
                    <Radio value="ja" label={texts.yes} />
                    <Radio value="nee" label={texts.no} />
                  </RadioGroup>
                </Field>
              </section>
            )}
          </section>
        );
      })}
      <div className="vo-actions">
        <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
          {busy ? texts.filling : texts.fillButton}
        </Button>
      </div>
      <Notice notice={notice} />
      {port.userSettings && <ProfileSection settings={port.userSettings} host={port.host} values={state.slots} texts={texts} />}
    </form>
  );
}
