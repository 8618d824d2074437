// Checking while the user edits, as data and timing: when to re-read after a burst of changes, and
// which provisions to warn about after a re-check. Pure (the clock is passed in); the check view
// wires it to the port's onDocumentChanged.
import type { CheckReport } from '../../core/findings';
import type { ClauseId } from '../../template/clause-ids';

/** Quiet time after the last change before the document is read again. */
export const CHANGE_QUIET_MS = 1000;
/** Longest wait while changes keep coming, so that steady typing is still checked now and then. */
export const CHANGE_MAX_WAIT_MS = 5000;

export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The browser's clock, looked up at each call (so test fake timers apply). */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface Debounced {
  /** A change happened: run once the changes stop for `quietMs` (or `maxWaitMs` after the first). */
  poke(): void;
  /** Forgets a pending run. */
  cancel(): void;
  readonly pending: boolean;
}

/** One run per burst of pokes: after `quietMs` without a poke, at the latest `maxWaitMs` after the burst began. */
export function debounce(run: () => void, quietMs = CHANGE_QUIET_MS, maxWaitMs = CHANGE_MAX_WAIT_MS, clock: Clock = systemClock): Debounced {
  let handle: unknown = null;
  let burstStart: number | null = null;
  const fire = (): void => {
    handle = null;
    burstStart = null;
    run();
  };
  return {
    poke(): void {
      const now = clock.now();
      burstStart ??= now;
      if (handle !== null) clock.clearTimeout(handle);
      const delay = Math.max(0, Math.min(quietMs, burstStart + maxWaitMs - now));
      handle = clock.setTimeout(fire, delay);
    },
    cancel(): void {
      if (handle !== null) clock.clearTimeout(handle);
      handle = null;
      burstStart = null;
    },
    get pending(): boolean {
      return handle !== null;
    },
  };
}

/** The provision of a finding as the warning names it: its clause id, or null outside the provisions. */
export type ProvisionKey = ClauseId | null;

/** Provisions with an error in the standard text, in the report's (document) order, each once. */
export function provisionsWithErrors(report: CheckReport): ProvisionKey[] {
  const out: ProvisionKey[] = [];
  for (const finding of report.findings) {
    if (finding.severity !== 'error') continue;
    if (!out.includes(finding.clause)) out.push(finding.clause);
  }
  return out;
}

/**
 * The provisions to warn about after a re-check: those the previous report had no error in and
 * the new one has, plus those already warned about that still have an error. The first report
 * warns about nothing (the whole report is new then).
 */
export function provisionsToWarn(warned: readonly ProvisionKey[], previous: CheckReport | null, next: CheckReport): ProvisionKey[] {
  if (previous === null) return [];
  const before = new Set(provisionsWithErrors(previous));
  const kept = new Set(warned);
  return provisionsWithErrors(next).filter((key) => kept.has(key) || !before.has(key));
}

/** "A", "A en B", "A, B en C" (with the language's word for "and"). */
export function listOf(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1] ?? ''}`;
}

/** Two lists of provisions are the same (keeps React from re-rendering the warning needlessly). */
export function sameProvisions(a: readonly ProvisionKey[], b: readonly ProvisionKey[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i]);
}
