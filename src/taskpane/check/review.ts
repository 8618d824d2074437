// The review of a checked document as data: findings per provision, the reviewer's decisions,
// the edit plans that restore, comment and store, and the plain-text report. Pure.
import { findingText } from '../../core/finding-text';
import type { CheckReport, Finding, RedlinePart } from '../../core/findings';
import type { EditPlan } from '../../core/plan';
import type { Capabilities } from '../../core/port';
import { restorePlanFor } from '../../core/restore-plan';
import type { DocumentSnapshot } from '../../core/snapshot';
import { carryDecisions, type Decision, type DecisionStatus, findingKey, matchStoredReview, reviewToStore } from '../../core/stored-review';
import { clauseTitle } from '../../template/clause-ids';
import type { Standard } from '../../template/standard';
import { type Texts, textsFor } from '../i18n';

const DUTCH = textsFor('nl');

export type { Decision, DecisionStatus };
export { carryDecisions, findingKey };

export interface ProvisionFindings {
  /** Stable key of the provision ("art-5.1", or "overig"). */
  readonly key: string;
  readonly title: string;
  readonly findings: readonly Finding[];
}

export function titleOf(finding: Finding, texts: Texts): string {
  return finding.clause === null ? texts.otherFindings : clauseTitle(finding.clause, texts.language);
}

/** What a finding says, in the pane's language (the Dutch message is the contract's; English is worded from the reason). */
export function sentenceOf(finding: Finding, texts: Texts): string {
  return texts.language === 'nl' ? finding.message : findingText(finding.reason, finding.clause, texts.language);
}

/** The story a finding outside the body is in ("Voetnoot bij Artikel 5.1"), or null for the body. */
export type StoryPlaceOf = (finding: Finding) => string | null;

/**
 * Findings a reviewer acts on, per provision in document order, and those outside the body under
 * their story (header, footer, note…) after them; open placeholders are only counted.
 */
export function findingsByProvision(report: CheckReport, texts: Texts, storyOf: StoryPlaceOf = () => null): ProvisionFindings[] {
  const groups = new Map<string, { title: string; findings: Finding[] }>();
  const stories = new Map<string, { title: string; findings: Finding[] }>();
  for (const finding of report.findings) {
    if (finding.kind === 'unfilled') continue;
    const story = storyOf(finding);
    if (story !== null) {
      const key = `story-${story.replace(/[^\p{L}\p{N}]+/gu, '-')}`;
      const group = stories.get(key) ?? { title: story, findings: [] };
      group.findings.push(finding);
      stories.set(key, group);
      continue;
    }
    const key = finding.clause ?? 'overig';
    const group = groups.get(key) ?? { title: titleOf(finding, texts), findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return [...groups.entries(), ...stories.entries()].map(([key, g]) => ({ key, title: g.title, findings: g.findings }));
}

export function errorCount(report: CheckReport): number {
  return report.findings.filter((f) => f.severity === 'error').length;
}

export function noticeCount(report: CheckReport): number {
  return report.findings.filter((f) => f.severity !== 'error' && f.kind !== 'unfilled').length;
}

/** The restore button's words for a finding (what restoring it does), or null when it has none. */
export function restoreLabel(finding: Finding, texts: Texts): string | null {
  switch (finding.restore?.kind) {
    case 'text': return texts.restore;
    case 'insert': return texts.restoreInsert;
    case 'move-back': return texts.restoreMoveBack;
    case 'delete': return texts.restoreDelete;
    case 'reject': return texts.restoreReject;
    default: return null;
  }
}

/** What the pane says after a restore: tracked only where the host could track it. */
export function restoredMessage(capabilities: Capabilities, texts: Texts): string {
  return capabilities.trackedEdits ? texts.restored : texts.restoredUntracked;
}

/** The paragraph a review edit goes to. */
function placeOf(finding: Finding, texts: Texts): number {
  if (finding.paragraphIndex === null) throw new Error(texts.provisionNotInDocument);
  return finding.paragraphIndex;
}

/** The name review edits are signed with: the reviewer's, or the add-in's where none was given. */
const signature = (reviewer: string): string => reviewer.trim() || 'VO-assistent';

/** The plan that restores the standard for a finding of this snapshot's check (see core/restore-plan.ts). */
export function restorePlan(finding: Finding, reviewer: string, snapshot: DocumentSnapshot, std: Standard, texts: Texts = DUTCH): EditPlan {
  const plan = restorePlanFor(finding, snapshot, signature(reviewer), std);
  if (plan === null) throw new Error(texts.notRestorable);
  return plan;
}

export function commentPlan(finding: Finding, text: string, reviewer: string, texts: Texts = DUTCH): EditPlan {
  const paragraphIndex = placeOf(finding, texts);
  return {
    edits: [{ op: 'add-comment', paragraphIndex, text: text.trim(), author: signature(reviewer) }],
    summary: [{ code: 'comment-placed', clause: finding.clause }],
  };
}

/**
 * The decisions and reviewer an earlier review stored in the document, for the findings the
 * document still has with the same words (core/stored-review.ts).
 */
export function storedDecisions(json: string | null, report: CheckReport): { decisions: Record<string, Decision>; reviewer: string } {
  const matched = matchStoredReview(json, report.findings);
  return { decisions: { ...matched.decisions }, reviewer: matched.reviewer };
}

/** Accepted deviations without a motivation: "pas toe of leg uit" wants one for each. */
export function missingMotivations(report: CheckReport, decisions: Readonly<Record<string, Decision>>): Finding[] {
  return report.findings.filter((f) => {
    const d = decisions[findingKey(f)];
    return d?.status === 'accepted' && d.motivation.trim() === '';
  });
}

export function reviewPlan(report: CheckReport, decisions: Readonly<Record<string, Decision>>, reviewer: string): EditPlan {
  const stored = reviewToStore(report.findings, decisions, reviewer);
  const accepted = stored.decisions.filter((d) => d.status === 'accepted').length;
  return {
    edits: [{ op: 'store-review', json: JSON.stringify(stored) }],
    summary: [{ code: 'review-stored', accepted }],
  };
}

const oneLineText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A redline as plain text: [-weggelaten-] and {+toegevoegd+}, as word-diff tools write it. */
export function redlineText(parts: readonly RedlinePart[]): string {
  return parts.map((p) => (p.op === 'delete' ? `[-${p.text}-]` : p.op === 'insert' ? `{+${p.text}+}` : p.text)).join('');
}

const NO_SPACE_BEFORE = /^[,.;:!?)\]]/;
const NO_SPACE_AFTER = /[(\[]$/;

/**
 * The checker's parts are words without the spaces between them, changes in any order. For reading:
 * removed words before added ones in each change, and a space wherever two words meet.
 */
export function readableRedline(parts: readonly RedlinePart[]): RedlinePart[] {
  const ordered: RedlinePart[] = [];
  let run: RedlinePart[] = [];
  const flush = (): void => {
    ordered.push(...run.filter((p) => p.op === 'delete'), ...run.filter((p) => p.op === 'insert'));
    run = [];
  };
  for (const part of parts) {
    if (part.text === '') continue;
    if (part.op === 'equal') { flush(); ordered.push(part); } else run.push(part);
  }
  flush();
  const out: RedlinePart[] = [];
  ordered.forEach((part, i) => {
    const previous = ordered[i - 1];
    if (previous !== undefined && !/\s$/.test(previous.text) && !/^\s/.test(part.text)
      && !NO_SPACE_BEFORE.test(part.text) && !NO_SPACE_AFTER.test(previous.text)) {
      out.push({ op: 'equal', text: ' ' });
    }
    out.push(part);
  });
  return out;
}

/** Shortens long unchanged stretches to a few words of context around each change. */
export function compactRedline(raw: readonly RedlinePart[], contextWords = 8): RedlinePart[] {
  const parts = readableRedline(raw);
  const out: RedlinePart[] = [];
  parts.forEach((part, i) => {
    if (part.op !== 'equal') { out.push(part); return; }
    const words = part.text.split(/(\s+)/);
    const wordCount = words.filter((w) => w.trim() !== '').length;
    const first = i === 0;
    const last = i === parts.length - 1;
    const keep = contextWords * 2; // tokens incl. whitespace
    if (first && words.length > keep) out.push({ op: 'equal', text: `…${words.slice(-keep).join('')}` });
    else if (last && words.length > keep) out.push({ op: 'equal', text: `${words.slice(0, keep).join('')}…` });
    else if (!first && !last && wordCount > contextWords * 2) {
      out.push({ op: 'equal', text: `${words.slice(0, keep).join('')} … ${words.slice(-keep).join('')}` });
    } else out.push(part);
  });
  return out;
}

function statusText(status: DecisionStatus, texts: Texts): string {
  switch (status) {
    case 'accepted': return texts.statusAccepted;
    case 'restored': return texts.statusRestored;
    case 'commented': return texts.statusCommented;
    default: return texts.statusOpen;
  }
}

export function statusOf(finding: Finding, decisions: Readonly<Record<string, Decision>>): DecisionStatus {
  return decisions[findingKey(finding)]?.status ?? 'open';
}

/** The report to copy: per provision its status, redline and motivation, in plain text. */
export function reviewReport(
  report: CheckReport, decisions: Readonly<Record<string, Decision>>, reviewer: string, restored: readonly Finding[], texts: Texts,
  storyOf: StoryPlaceOf = () => null,
): string {
  const lines: string[] = [];
  lines.push(`${texts.report} – ${texts.standardName} ${report.template.version}`);
  if (reviewer.trim() !== '') lines.push(`${texts.reviewer}: ${reviewer.trim()}`);
  lines.push(errorCount(report) === 0 ? texts.noDeviations : texts.deviations(errorCount(report)));
  lines.push(texts.reportLegend);
  for (const provision of findingsByProvision(report, texts, storyOf)) {
    lines.push('', provision.title);
    for (const finding of provision.findings) {
      const decision = decisions[findingKey(finding)];
      lines.push(`- ${sentenceOf(finding, texts)} (${statusText(decision?.status ?? 'open', texts)})`);
      if (finding.redline.some((p) => p.op !== 'equal')) lines.push(`  ${redlineText(compactRedline(finding.redline))}`);
      if (decision !== undefined && decision.motivation.trim() !== '') lines.push(`  ${texts.motivation}: ${decision.motivation.trim()}`);
    }
  }
  if (restored.length > 0) {
    lines.push('', texts.statusRestored);
    // The restored finding is gone from the new check: the report keeps what the supplier had written.
    for (const finding of restored) {
      lines.push(`- ${titleOf(finding, texts)}: ${sentenceOf(finding, texts)}`);
      lines.push(`  ${texts.supplierWords}: ${oneLineText(finding.actual) || texts.nothing}`);
      lines.push(`  ${texts.restoredWords}: ${oneLineText(finding.expected) || texts.nothing}`);
      if (finding.redline.some((p) => p.op !== 'equal')) lines.push(`  ${redlineText(compactRedline(finding.redline))}`);
    }
  }
  return lines.join('\n');
}
