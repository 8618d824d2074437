// Controleren: the document against the standard, per provision, with what a reviewer can do.
import { Button, Field, Input, Link, MessageBar, MessageBarActions, MessageBarBody, Textarea } from '@fluentui/react-components';
import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { checkSnapshot } from '../../core/check';
import type { CheckReport, Finding } from '../../core/findings';
import type { EditPlan } from '../../core/plan';
import type { DocumentPort } from '../../core/port';
import type { DocumentSnapshot } from '../../core/snapshot';
import { findingStoryLabel, storyLabels } from '../../core/story-label';
import { clauseTitle } from '../../template/clause-ids';
import type { Texts } from '../i18n';
import { messageOf, usePane } from '../pane-context';
import { DocumentStatus } from '../shared/DocumentStatus';
import { documentStandard } from '../shared/document-standard';
import { Notice, type NoticeContent } from '../shared/Notice';
import { useDocument } from '../shared/use-document';
import { FindingItem } from './FindingItem';
import { NamePrompt } from './NamePrompt';
import { debounce, listOf, type ProvisionKey, provisionsToWarn, sameProvisions } from './live-check';
import {
  carryDecisions, commentPlan, type Decision, errorCount, findingKey, findingsByProvision, missingMotivations, noticeCount, restoredMessage, restorePlan,
  reviewPlan, reviewReport, sentenceOf, storedDecisions,
} from './review';

function check(snapshot: DocumentSnapshot): CheckReport {
  return checkSnapshot(snapshot, documentStandard(snapshot));
}

/**
 * Re-reads the document after the user edits it, where the port reports edits: once per burst of
 * changes, after a second of quiet. While the view is hidden, changes are only noted, and the
 * document is read once when the view is shown again.
 */
function useRecheckOnChanges(port: DocumentPort, active: boolean, reload: () => void): void {
  const activeNow = useRef(active);
  const missed = useRef(false);
  useEffect(() => {
    activeNow.current = active;
    if (active && missed.current) {
      missed.current = false;
      reload();
    }
  }, [active, reload]);
  useEffect(() => {
    if (port.onDocumentChanged === undefined) return undefined;
    const recheck = debounce(reload);
    const unsubscribe = port.onDocumentChanged(() => {
      if (activeNow.current) recheck.poke();
      else missed.current = true;
    });
    return () => {
      recheck.cancel();
      unsubscribe();
    };
  }, [port, reload]);
}

/** Provisions whose standard text became different since the previous check (kept while they stay so). */
function useNewDeviations(report: CheckReport | null): { warned: readonly ProvisionKey[]; dismiss: () => void } {
  const previous = useRef<CheckReport | null>(null);
  const [warned, setWarned] = useState<readonly ProvisionKey[]>([]);
  useEffect(() => {
    if (report === null) return;
    const before = previous.current;
    previous.current = report;
    setWarned((w) => {
      const next = provisionsToWarn(w, before, report);
      return sameProvisions(w, next) ? w : next;
    });
  }, [report]);
  const dismiss = useCallback(() => setWarned([]), []);
  return { warned, dismiss };
}

function warningText(warned: readonly ProvisionKey[], texts: Texts): string {
  const names = warned.map((key) => (key === null ? texts.liveWarningOutside : clauseTitle(key, texts.language)));
  return texts.liveWarning(listOf(names, texts.liveWarningAnd));
}

export function CheckView(props: { readonly active?: boolean }): JSX.Element {
  const { loaded, reload } = useDocument(check);
  const { host, port, texts } = usePane();
  const report = loaded.status === 'ready' ? loaded.value : null;
  useEffect(() => { host.onReport?.(report); }, [host, report]);
  useRecheckOnChanges(port, props.active ?? true, reload);
  const { warned, dismiss } = useNewDeviations(report);
  if (loaded.status !== 'ready') return <DocumentStatus loaded={loaded} reload={reload} />;
  const warning = warned.length === 0 ? null : (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>{warningText(warned, texts)}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={dismiss}>{texts.dismiss}</Button>
      </MessageBarActions>
    </MessageBar>
  );
  return <CheckResults report={loaded.value} snapshot={loaded.snapshot} reload={reload} warning={warning} />;
}

function CheckResults(props: { report: CheckReport; snapshot: DocumentSnapshot; reload: () => void; warning: ReactNode }): JSX.Element {
  const { report, snapshot, reload, warning } = props;
  const { texts, port, apply, markReady } = usePane();
  useEffect(() => markReady(), [markReady]);
  // An earlier review stored in the document comes back: its decisions, motivations and reviewer.
  const [stored] = useState(() => storedDecisions(snapshot.storedReview, report));
  const [decisions, setDecisions] = useState<Record<string, Decision>>(stored.decisions);
  // Checked again (after a restore, an edit): the decisions go with their findings, whose positions may have moved.
  const [decidedOn, setDecidedOn] = useState(report);
  if (decidedOn !== report) {
    setDecidedOn(report);
    setDecisions(carryDecisions(decidedOn.findings, decisions, report.findings));
  }
  const [restored, setRestored] = useState<Finding[]>([]);
  const settings = port.userSettings;
  const [reviewer, setReviewer] = useState(() => stored.reviewer || (settings?.reviewerName() ?? ''));
  // The reviewer's name is asked once, before the first edit that is signed with it.
  const [asking, setAsking] = useState<((name: string | null) => void) | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const storyOf = useMemo(() => {
    const labels = storyLabels(snapshot, texts, documentStandard(snapshot));
    return (finding: Finding) => findingStoryLabel(finding, snapshot, labels, texts);
  }, [snapshot, texts]);
  const provisions = useMemo(() => findingsByProvision(report, texts, storyOf), [report, texts, storyOf]);
  const reportText = reviewReport(report, decisions, reviewer, restored, texts, storyOf);
  /** Findings outside the body say where they are; the sentence itself names the provision. */
  const storyPrefix = (finding: Finding): string => {
    const story = storyOf(finding);
    return story === null ? '' : `${story}: `;
  };
  const errors = errorCount(report);
  const notices = noticeCount(report);
  const capabilities = useMemo(() => port.capabilities(), [port]);
  const marked = report.findings.filter((f) => f.kind === 'tracked-change' || f.kind === 'comment');


  const run = async (plan: EditPlan, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      const note = await apply(plan, 'review');
      setNotice({ intent: 'success', lines: note !== null ? [done, note] : [done] });
      return true;
    } catch (error) {
      setNotice({ intent: 'error', title: texts.errorPrefix, lines: [messageOf(error)] });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const select = useCallback((paragraphIndex: number) => {
    port.select(paragraphIndex).catch((error: unknown) => setNotice({ intent: 'error', title: texts.errorPrefix, lines: [messageOf(error)] }));
  }, [port, texts]);

  /** The name to sign with: the known one, or the one the reviewer now gives (null: cancelled). */
  const askName = (): Promise<string | null> => {
    if (reviewer.trim() !== '') return Promise.resolve(reviewer.trim());
    return new Promise((resolve) => setAsking(() => resolve));
  };
  const remember = (name: string): void => {
    if (name.trim() !== '') settings?.saveReviewerName(name.trim()).catch(() => undefined);
  };
  const answerName = (name: string | null): void => {
    const given = name === null || name.trim() === '' ? null : name.trim();
    if (given !== null) { setReviewer(given); remember(given); }
    asking?.(given);
    setAsking(null);
  };

  const restore = (finding: Finding): void => {
    void askName().then(async (name) => {
      if (name === null) return;
      let plan: EditPlan;
      try {
        plan = restorePlan(finding, name, snapshot, documentStandard(snapshot), texts);
      } catch (error) {
        setNotice({ intent: 'error', title: texts.errorPrefix, lines: [messageOf(error)] });
        return;
      }
      if (await run(plan, restoredMessage(capabilities, texts))) setRestored((r) => [...r, finding]);
    });
  };
  const comment = async (finding: Finding, text: string): Promise<boolean> => {
    const name = await askName();
    if (name === null) return false;
    const ok = await run(commentPlan(finding, text, name, texts), texts.commentPlaced);
    if (ok) setDecisions((d) => ({ ...d, [findingKey(finding)]: { status: 'commented', motivation: d[findingKey(finding)]?.motivation ?? '' } }));
    return ok;
  };
  const decide = useCallback((finding: Finding, decision: Decision) => {
    setDecisions((d) => ({ ...d, [findingKey(finding)]: decision }));
  }, []);
  const saveReview = (): void => {
    const missing = missingMotivations(report, decisions);
    if (missing.length > 0) {
      setNotice({ intent: 'error', title: texts.motivationNeeded, lines: missing.map((f) => sentenceOf(f, texts)) });
      return;
    }
    void askName().then((name) => {
      if (name !== null) void run(reviewPlan(report, decisions, name), texts.reviewSaved);
    });
  };
  const copy = (): void => {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (!clipboard) { setNotice({ intent: 'warning', lines: [texts.copyFailed] }); return; }
    clipboard.writeText(reportText).then(
      () => setNotice({ intent: 'success', lines: [texts.copied] }),
      () => setNotice({ intent: 'warning', lines: [texts.copyFailed] }),
    );
  };

  return (
    <div className="vo-view">
      {warning}
      <p className="vo-muted">{texts.checkIntro}</p>
      <div className="vo-summary" role="status" aria-live="polite">
        <p className="vo-summary-main" data-testid="check-summary">{errors === 0 ? texts.noDeviations : texts.deviations(errors)}</p>
        {notices > 0 && <p>{texts.notices(notices)}</p>}
        {report.fields.filled < report.fields.total && <p>{texts.unfilledCount(report.fields)}</p>}
        <p data-testid="checked-version">{texts.checkedAgainst(report.template.version)}</p>
        {report.detectedVersion !== null && report.detectedVersion !== report.template.version && <p>{texts.versionDetected(report.detectedVersion)}</p>}
      </div>
      <Button onClick={reload} disabled={busy}>{texts.checkAgain}</Button>
      {capabilities.limitations.length > 0 && (
        <Notice notice={{ intent: 'info', title: texts.limitations, lines: capabilities.limitations }} />
      )}
      <Notice notice={notice} />
      {asking !== null && <NamePrompt texts={texts} onAnswer={answerName} />}
      {provisions.length > 0 && <p className="vo-muted">{texts.legend}</p>}
      {provisions.map((provision) => (
        <section key={provision.key} aria-labelledby={`bepaling-${provision.key}`} className="vo-provision">
          <h3 id={`bepaling-${provision.key}`} className="vo-heading">{provision.title}</h3>
          <ul className="vo-findings">
            {provision.findings.map((finding, i) => (
              <FindingItem key={`${findingKey(finding)}#${i}`} finding={finding} title={provision.title}
                decision={decisions[findingKey(finding)]} texts={texts} busy={busy}
                commentsPossible={capabilities.comments}
                onSelect={select} onRestore={restore} onComment={comment} onDecision={decide} />
            ))}
          </ul>
        </section>
      ))}
      <section aria-labelledby="opmerkingen" className="vo-provision">
        <h3 id="opmerkingen" className="vo-heading">{texts.trackedAndComments}</h3>
        {marked.length > 0 && (
          <ul className="vo-comments">
            {marked.map((f, i) => (
              <li key={i}>
                {f.paragraphIndex !== null
                  ? <Link as="button" className="vo-text" onClick={() => select(f.paragraphIndex ?? 0)}>{storyPrefix(f)}{sentenceOf(f, texts)}</Link>
                  : <span className="vo-text">{storyPrefix(f)}{sentenceOf(f, texts)}</span>}
              </li>
            ))}
          </ul>
        )}
        {snapshot.comments.length === 0 ? <p className="vo-muted">{texts.noComments}</p> : (
          <ul className="vo-comments">
            {snapshot.comments.map((c) => <li key={c.id}><strong>{texts.commentBy(c.author)}:</strong> {c.text}</li>)}
          </ul>
        )}
      </section>
      <section aria-labelledby="beoordeling" className="vo-provision">
        <h3 id="beoordeling" className="vo-heading">{texts.report}</h3>
        <Field label={texts.reviewer}>
          <Input value={reviewer} onChange={(_, d) => setReviewer(d.value)} onBlur={() => remember(reviewer)} autoComplete="name" />
        </Field>
        {capabilities.customXml && (
          <Button onClick={saveReview} disabled={busy}>{texts.saveReview}</Button>
        )}
        <Field label={texts.report}>
          <Textarea value={reportText} readOnly rows={8} resize="vertical" className="vo-report" />
        </Field>
        <Button onClick={copy}>{texts.copyReport}</Button>
      </section>
    </div>
  );
}
