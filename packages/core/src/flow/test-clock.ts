// Test support only (not exported from the package): a manual clock for the flow store's tests.
import type { OtpFlowClock } from './timers.js';

/** A clock whose time moves only when told, running due timers in order as it goes. */
export interface TestClock extends OtpFlowClock {
  /** Moves time forward by `ms`, running every timer that falls due on the way, at its own time. */
  advance(ms: number): void;
  /** How many timers are scheduled and not yet run or cleared. */
  readonly pendingTimers: number;
  /** How many timers have run so far. */
  readonly firedTimers: number;
}

/** Creates a {@link TestClock} starting at `start` (epoch ms). */
export function createTestClock(start = 0): TestClock {
  let now = start;
  let lastId = 0;
  let fired = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();

  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      lastId += 1;
      timers.set(lastId, { at: now + Math.max(0, delayMs), callback });
      return lastId;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    get pendingTimers() {
      return timers.size;
    },
    get firedTimers() {
      return fired;
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        let due: [number, { at: number; callback: () => void }] | undefined;
        for (const entry of timers) {
          if (entry[1].at <= end && (due === undefined || entry[1].at < due[1].at)) due = entry;
        }
        if (due === undefined) break;
        timers.delete(due[0]);
        now = due[1].at;
        fired += 1;
        due[1].callback();
      }
      now = end;
    },
  };
}
