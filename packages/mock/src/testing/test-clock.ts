/**
 * A clock whose time moves only when a test says so. It has the shape of `@mfa-kit/core`'s `MfaFlowClock`
 * (`now`, `setTimeout`, `clearTimeout`), so a flow store takes it as its `clock`, and its `now` can be a mock
 * backend's `now`: the flow's timers and the server's expiry then share one time.
 */
export interface TestClock {
  /** The current time, ms since the epoch. A bound function, so `{ now: clock.now }` works. */
  readonly now: () => number;
  /** Calls `callback` once `delayMs` has passed on this clock; returns a handle for `clearTimeout`. */
  setTimeout(callback: () => void, delayMs: number): unknown;
  /** Cancels a timer; ignores handles of timers that ran or were cleared, and `undefined`. */
  clearTimeout(handle: unknown): void;
  /** Moves time forward by `ms`, running each timer that falls due on the way, at its own time, in order. */
  advance(ms: number): void;
  /**
   * Moves time forward by `ms` without running any timer, as in a background tab (whose timers the browser holds
   * back) or a laptop asleep: timers that fell due meanwhile run at the next `advance`, late.
   */
  sleep(ms: number): void;
  /** How many timers are scheduled and not yet run or cleared. */
  readonly pendingTimers: number;
  /** How many timers have run so far. */
  readonly firedTimers: number;
}

interface Timer {
  at: number;
  callback: () => void;
}

/** A {@link TestClock} starting at `start` (ms since the epoch; by default 1 January 2030, 00:00 UTC). */
export function createTestClock(start = Date.UTC(2030, 0, 1)): TestClock {
  let current = start;
  let lastId = 0;
  let fired = 0;
  // Map keeps insertion order, so timers due at the same time run in the order they were set.
  const timers = new Map<number, Timer>();

  const nextDue = (end: number): [number, Timer] | undefined => {
    let due: [number, Timer] | undefined;
    for (const entry of timers) {
      if (entry[1].at <= end && (due === undefined || entry[1].at < due[1].at)) due = entry;
    }
    return due;
  };

  return {
    now: () => current,
    setTimeout(callback, delayMs) {
      lastId += 1;
      timers.set(lastId, { at: current + Math.max(0, delayMs), callback });
      return lastId;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = current + ms;
      // A timer set by a callback on the way runs too, if it falls due before `end`.
      for (let due = nextDue(end); due !== undefined; due = nextDue(end)) {
        timers.delete(due[0]);
        // A timer held back by `sleep` runs late, at the current time: time never goes back.
        current = Math.max(current, due[1].at);
        fired += 1;
        due[1].callback();
      }
      current = end;
    },
    sleep(ms) {
      current += ms;
    },
    get pendingTimers() {
      return timers.size;
    },
    get firedTimers() {
      return fired;
    },
  };
}
