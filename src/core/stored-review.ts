// A review stored in the document (by the pane, in the REVIEW_NAMESPACE part) matched to the
// findings of a new check. A decision holds for the exact words it was taken on: anyone can edit a
// deviating passage afterwards, so an acceptance of other words does not carry over. Pure.
import type { Finding } from './findings';

export type DecisionStatus = 'open' | 'accepted' | 'restored' | 'commented';

export interface Decision {
  readonly status: DecisionStatus;
  readonly motivation: string;
}

export interface StoredDecision {
  readonly clause: string | null;
  readonly kind: string;
  readonly message: string;
  readonly status: DecisionStatus;
  readonly motivation: string;
  /** The deviating words the decision was taken on (deviationWords); absent in reviews stored before. */
  readonly words?: string;
}

export interface StoredReview {
  readonly version: 1;
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
export function findingKey(finding: { readonly clause: string | null; readonly kind: string; readonly message: string }): string {
  return `${finding.clause ?? 'overig'}|${finding.kind}|${finding.message}`;
}

/** The words a finding is about: the document's words and, part by part, how they differ from the standard. */
export function deviationWords(finding: Finding): string {
  const changes = finding.redline.filter((p) => p.op !== 'equal').map((p) => `${p.op === 'delete' ? '-' : '+'}${p.text}`);
  return [finding.actual, ...changes].join('\n');
}

function isDecision(d: unknown): d is StoredDecision {
  if (typeof d !== 'object' || d === null) return false;
  const r = d as Record<string, unknown>;
  return STATUSES.includes(r.status as DecisionStatus) && typeof r.motivation === 'string' && typeof r.kind === 'string'
    && typeof r.message === 'string' && (r.clause === null || typeof r.clause === 'string')
    && (r.words === undefined || typeof r.words === 'string');
}

/** The stored review, or null when there is none or it cannot be read (then nothing carries over, not a guess). */
export function parseStoredReview(json: string | null): StoredReview | null {
  if (json === null) return null;
  let stored: unknown;
  try {
    stored = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof stored !== 'object' || stored === null) return null;
  const review = stored as Partial<StoredReview>;
  if (review.version !== 1 || !Array.isArray(review.decisions)) return null;
  return { version: 1, reviewer: typeof review.reviewer === 'string' ? review.reviewer : '', decisions: review.decisions.filter(isDecision) };
}

/**
 * The decisions of a stored review for the findings this check has. A decision carries over only
 * to a finding with the same key and the same deviating words; one stored without words (before
 * words were stored) does not carry over.
 */
export function matchStoredReview(json: string | null, findings: readonly Finding[]): MatchedReview {
  const review = parseStoredReview(json);
  if (review === null) return { reviewer: '', decisions: {}, dropped: 0 };
  const byKey = new Map(findings.map((f) => [findingKey(f), f]));
  const decisions: Record<string, Decision> = {};
  let dropped = 0;
  for (const d of review.decisions) {
    const key = findingKey(d);
    const current = byKey.get(key);
    if (current === undefined) continue; // the finding went away, and its decision with it
    if (d.words !== deviationWords(current)) { dropped += 1; continue; }
    decisions[key] = { status: d.status, motivation: d.motivation };
  }
  return { reviewer: review.reviewer, decisions, dropped };
}

/** The review to store: the decisions taken, each with the words it was taken on. */
export function reviewToStore(findings: readonly Finding[], decisions: Readonly<Record<string, Decision>>, reviewer: string): StoredReview {
  return {
    version: 1,
    reviewer: reviewer.trim(),
    decisions: findings.flatMap((f) => {
      const d = decisions[findingKey(f)];
      return d === undefined ? [] : [{ clause: f.clause, kind: f.kind, message: f.message, status: d.status, motivation: d.motivation.trim(), words: deviationWords(f) }];
    }),
  };
}
