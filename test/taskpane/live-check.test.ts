// Checking while editing: one re-read per burst of changes, and warnings only for provisions whose
// standard text newly deviates.
import { type CheckReport, finding as makeFinding, type Finding } from '../../src/core/findings';
import {
  CHANGE_MAX_WAIT_MS, CHANGE_QUIET_MS, type Clock, debounce, listOf, provisionsToWarn, provisionsWithErrors, systemClock,
} from '../../src/taskpane/check/live-check';
import type { ClauseId } from '../../src/template/clause-ids';
import { clause } from '../helpers/standard';

/** A clock the test moves by hand. */
class ManualClock implements Clock {
  time = 0;
  private timers = new Map<number, { at: number; run: () => void }>();
  private next = 1;

  now(): number {
    return this.time;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, run });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].run();
    }
    this.time = until;
  }
}

describe('debounce', () => {
  it('runs once after a burst, a quiet second after the last change', () => {
    const clock = new ManualClock();
    const run = jest.fn();
    const d = debounce(run, 1000, 5000, clock);
    for (let i = 0; i < 8; i++) {
      d.poke();
      clock.advance(200); // typing: a keystroke every 200 ms
    }
    expect(run).not.toHaveBeenCalled();
    clock.advance(799);
    expect(run).not.toHaveBeenCalled();
    clock.advance(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(d.pending).toBe(false);
    clock.advance(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs again for a later burst', () => {
    const clock = new ManualClock();
    const run = jest.fn();
    const d = debounce(run, 1000, 5000, clock);
    d.poke();
    clock.advance(1000);
    d.poke();
    d.poke();
    clock.advance(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('does not wait for ever while changes keep coming', () => {
    const clock = new ManualClock();
    const run = jest.fn();
    const d = debounce(run, 1000, 5000, clock);
    for (let t = 0; t < 12_000; t += 300) {
      d.poke();
      clock.advance(300);
    }
    // 12 s of steady typing: a read at 5 s and at 10 s, not one per keystroke (40) and not none.
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('forgets a pending run when cancelled', () => {
    const clock = new ManualClock();
    const run = jest.fn();
    const d = debounce(run, 1000, 5000, clock);
    d.poke();
    expect(d.pending).toBe(true);
    d.cancel();
    clock.advance(10_000);
    expect(run).not.toHaveBeenCalled();
  });

  it('uses the real timers by default (here jest fake timers), with a second of quiet', () => {
    jest.useFakeTimers();
    try {
      const run = jest.fn();
      const d = debounce(run);
      d.poke();
      jest.advanceTimersByTime(CHANGE_QUIET_MS - 1);
      d.poke();
      jest.advanceTimersByTime(CHANGE_QUIET_MS - 1);
      expect(run).not.toHaveBeenCalled();
      jest.advanceTimersByTime(1);
      expect(run).toHaveBeenCalledTimes(1);
      expect(CHANGE_QUIET_MS).toBe(1000);
      expect(CHANGE_MAX_WAIT_MS).toBeGreaterThan(CHANGE_QUIET_MS);
      expect(systemClock.now()).toBe(Date.now());
    } finally {
      jest.useRealTimers();
    }
  });
});

function finding(clause: ClauseId | null, severity: Finding['severity'] = 'error', kind: Finding['kind'] = 'altered'): Finding {
  return makeFinding({ severity, kind, clause, reason: { code: 'altered' }, paragraphIndex: 1 });
}

function report(findings: Finding[]): CheckReport {
  return { template: { id: 'vng', version: '2.5.3' }, detectedVersion: null, bijlage3: false, findings, placeholders: { total: 31, unfilled: [] }, fields: { total: 33, filled: 33 } };
}

describe('provisions to warn about', () => {
  const clean = report([finding(null, 'info', 'unfilled')]);
  const art51 = report([finding(clause('art-5.1'))]);

  it('lists the provisions with errors once each, in order, leaving out warnings and open fields', () => {
    const r = report([finding(clause('art-5.2')), finding(clause('art-5.1'), 'error', 'inserted'), finding(clause('art-5.2'), 'error', 'hidden'), finding(clause('art-6.1'), 'warning', 'comment'), finding(null, 'info', 'unfilled')]);
    expect(provisionsWithErrors(r)).toEqual(['art-5.2', 'art-5.1']);
  });

  it('warns about nothing on the first check', () => {
    expect(provisionsToWarn([], null, art51)).toEqual([]);
  });

  it('warns about a provision that newly deviates', () => {
    expect(provisionsToWarn([], clean, art51)).toEqual(['art-5.1']);
  });

  it('does not warn about a deviation that was already there', () => {
    expect(provisionsToWarn([], art51, art51)).toEqual([]);
  });

  it('does not warn when only fields were filled', () => {
    const filled = report([]);
    expect(provisionsToWarn([], clean, filled)).toEqual([]);
  });

  it('keeps a warning while the provision still deviates, and drops it once restored', () => {
    const warned = provisionsToWarn([], clean, art51);
    expect(provisionsToWarn(warned, art51, art51)).toEqual(['art-5.1']);
    expect(provisionsToWarn(warned, art51, clean)).toEqual([]);
  });

  it('adds a second provision to the first, in document order', () => {
    const both = report([finding(clause('art-2.2')), finding(clause('art-5.1'))]);
    expect(provisionsToWarn([clause('art-5.1')], art51, both)).toEqual([clause('art-2.2'), clause('art-5.1')]);
  });

  it('counts text inserted outside any provision', () => {
    expect(provisionsToWarn([], clean, report([finding(null, 'error', 'inserted')]))).toEqual([null]);
  });
});

describe('listOf', () => {
  it('joins names the Dutch way', () => {
    expect(listOf(['Artikel 5.1'], 'en')).toBe('Artikel 5.1');
    expect(listOf(['Artikel 2.2', 'Artikel 5.1'], 'en')).toBe('Artikel 2.2 en Artikel 5.1');
    expect(listOf(['A', 'B', 'C'], 'and')).toBe('A, B and C');
  });
});
