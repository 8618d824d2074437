// A review stored in the document (by the pane, in the REVIEW_NAMESPACE part) matched to the
// findings of a new check. A decision names its finding by clause, kind, story and position, never
// by the words of its message (those may be reworded); it holds for the exact deviating words it
// was taken on: anyone can edit a deviating passage afterwards, so an acceptance of other words
// does not carry over. Reviews of version 1 named the finding by its Dutch message: they are still
// read. Pure.
import type { Finding } from './findings';

export type DecisionStatus = 'open' | 'accepted' | 'restored' | 'commented';

export interface Decision {
  readonly status: DecisionStatus;
  readonly motivation: string;
}

/** A decision as it is stored: the finding's key fields, the decision and the words it was taken on. */
export interface StoredDecision {
  readonly clause: string | null;
  readonly kind: string;
  readonly story: string;
  readonly position: number;
  readonly status: DecisionStatus;
  readonly motivation: string;
  /** The deviating words the decision was taken on (deviationWords). */
  readonly words: string;
}

export interface StoredReview {
  readonly version: 2;
  readonly reviewer: string;
  readonly decisions: readonly StoredDecision[];
}

/** What an earlier review decided for the findings of this check, and who reviewed. */
export interface MatchedReview {
  readonly reviewer: string;
  readonly decisions: Readonly<Record<string, Decision>>;
  /** Stored decisions that did not carry over because the words they were taken on changed or were not stored. */
  readonly dropped: number;
}

const STATUSES: readonly DecisionStatus[] = ['open', 'accepted', 'restored', 'commented'];

/** A finding's identity across re-checks of the same document (and in a stored review). */
export function findingKey(finding: Pick<Finding, 'clause' | 'kind' | 'story' | 'position'>): string {
  return `${finding.clause ?? 'overig'}|${finding.kind}|${finding.story}|${finding.position}`;
}

/** The words a finding is about: the document's words and, part by part, how they differ from the standard. */
export function deviationWords(finding: Finding): string {
  const changes = finding.redline.filter((p) => p.op !== 'equal').map((p) => `${p.op === 'delete' ? '-' : '+'}${p.text}`);
  return [finding.actual, ...changes].join('\n');
}

/** A stored decision as read, whatever version stored it. */
interface ReadDecision {
  readonly decision: Decision;
  /** Undefined: stored before words were stored (it carries over to nothing). */
  readonly words: string | undefined;
  /** The finding it names. */
  readonly names: (finding: Finding) => boolean;
  /** A finding it may be about now that others went away or messages were reworded: same clause and kind (and story). */
  readonly resembles: (finding: Finding) => boolean;
}

type Fields = Record<string, unknown>;

function decisionOf(r: Fields): Decision | null {
  return STATUSES.includes(r.status as DecisionStatus) && typeof r.motivation === 'string'
    ? { status: r.status as DecisionStatus, motivation: r.motivation } : null;
}

function sameGroup(r: Fields, finding: Finding): boolean {
  return finding.clause === r.clause && finding.kind === r.kind;
}

/** A decision of version 2: named by findingKey. */
function readDecision(r: Fields): ReadDecision | null {
  const decision = decisionOf(r);
  if (decision === null || typeof r.kind !== 'string' || !(r.clause === null || typeof r.clause === 'string')
    || typeof r.story !== 'string' || typeof r.position !== 'number' || !(r.words === undefined || typeof r.words === 'string')) return null;
  const key = findingKey({ clause: r.clause as Finding['clause'], kind: r.kind as Finding['kind'], story: r.story as Finding['story'], position: r.position });
  return { decision, words: r.words, names: (f) => findingKey(f) === key, resembles: (f) => sameGroup(r, f) && f.story === r.story };
}

/** A decision of version 1: named by clause, kind and the finding's Dutch message as it was then. */
function readLegacyDecision(r: Fields): ReadDecision | null {
  const decision = decisionOf(r);
  if (decision === null || typeof r.kind !== 'string' || !(r.clause === null || typeof r.clause === 'string')
    || typeof r.message !== 'string' || !(r.words === undefined || typeof r.words === 'string')) return null;
  return { decision, words: r.words, names: (f) => sameGroup(r, f) && f.message === r.message, resembles: (f) => sameGroup(r, f) };
}

/** The stored review's reviewer and decisions, or null when there is none or it cannot be read (then nothing carries over, not a guess). */
function readStoredReview(json: string | null): { reviewer: string; decisions: ReadDecision[] } | null {
  if (json === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const review = stored as Fields;
  const read = review.version === 2 ? readDecision : review.version === 1 ? readLegacyDecision : null;
  if (read === null || !Array.isArray(review.decisions)) return null;
  const decisions = review.decisions.flatMap((d: unknown) => {
    const decision = typeof d === 'object' && d !== null ? read(d as Fields) : null;
    return decision === null ? [] : [decision];
  });
  return { reviewer: typeof review.reviewer === 'string' ? review.reviewer : '', decisions };
}

/**
 * The decisions of a stored review for the findings this check has. A decision carries over to the
 * finding it names, with the same deviating words; failing that (a finding before it went away, a
 * message was reworded) to one of the same clause, kind and story with the same words. One stored
 * without words does not carry over.
 */
export function matchStoredReview(json: string | null, findings: readonly Finding[]): MatchedReview {
  const review = readStoredReview(json);
  if (review === null) return { reviewer: '', decisions: {}, dropped: 0 };
  const { decisions, left, taken } = carryOver(review.decisions, findings);
  // A decision whose finding is still there with other words no longer holds; one whose finding went away goes with it.
  const dropped = left.filter((d) => findings.some((f) => !taken.has(f) && d.names(f))).length;
  return { reviewer: review.reviewer, decisions, dropped };
}

/** Each decision to the finding it names with its words, else to one it resembles with its words. */
function carryOver(read: readonly ReadDecision[], findings: readonly Finding[]): { decisions: Record<string, Decision>; left: ReadDecision[]; taken: Set<Finding> } {
  const decisions: Record<string, Decision> = {};
  const taken = new Set<Finding>();
  const used = new Set<ReadDecision>();
  const words = new Map(findings.map((f) => [f, deviationWords(f)]));
  const carry = (about: (d: ReadDecision, f: Finding) => boolean): void => {
    for (const d of read) {
      if (used.has(d) || d.words === undefined) continue;
      const finding = findings.find((f) => !taken.has(f) && about(d, f) && words.get(f) === d.words);
      if (finding === undefined) continue;
      used.add(d);
      taken.add(finding);
      decisions[findingKey(finding)] = d.decision;
    }
  };
  carry((d, f) => d.names(f));
  carry((d, f) => d.resembles(f));
  return { decisions, left: read.filter((d) => !used.has(d)), taken };
}

/**
 * The decisions taken on one check's findings, for the findings of the next check of the same
 * document (the pane checks again while the reviewer works): each goes with its finding as a stored
 * one would, after a finding before it was restored too; one whose words were edited stays with its
 * finding while the pane is open.
 */
export function carryDecisions(before: readonly Finding[], decisions: Readonly<Record<string, Decision>>, after: readonly Finding[]): Record<string, Decision> {
  const read = before.flatMap((f): ReadDecision[] => {
    const key = findingKey(f);
    const decision = decisions[key];
    return decision === undefined ? [] : [{
      decision, words: deviationWords(f), names: (g) => findingKey(g) === key,
      resembles: (g) => g.clause === f.clause && g.kind === f.kind && g.story === f.story,
    }];
  });
  const { decisions: carried, left, taken } = carryOver(read, after);
  for (const d of left) {
    const finding = after.find((f) => !taken.has(f) && d.names(f));
    if (finding === undefined) continue;
    taken.add(finding);
    carried[findingKey(finding)] = d.decision;
  }
  return carried;
}

/** The review to store: the decisions taken, each with the words it was taken on. */
export function reviewToStore(findings: readonly Finding[], decisions: Readonly<Record<string, Decision>>, reviewer: string): StoredReview {
  return {
    version: 2,
    reviewer: reviewer.trim(),
    decisions: findings.flatMap((f) => {
      const d = decisions[findingKey(f)];
      return d === undefined ? [] : [{
        clause: f.clause, kind: f.kind, story: f.story, position: f.position, status: d.status, motivation: d.motivation.trim(), words: deviationWords(f),
      }];
    }),
  };
}
