// Test support: a manual clock shared by the flow store (its `clock` option) and the mock backend (`now`).
import type { OtpFlowClock } from '@mfa-kit/core';

/** A clock whose time moves only when told, running due timers in order as it goes. */
export interface TestClock extends OtpFlowClock {
  /** Moves time forward by `ms`, running each timer that falls due at its own time. */
  advance(ms: number): void;
  /** How many timers are scheduled and not yet run or cleared. */
  readonly pendingTimers: number;
}

export function createTestClock(start = Date.UTC(2030, 0, 1)): TestClock {
  let now = start;
  let lastId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      timers.set(++lastId, { at: now + Math.max(0, delayMs), callback });
      return lastId;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    get pendingTimers() {
      return timers.size;
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const due = [...timers]
          .filter(([, timer]) => timer.at <= end)
          .sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}
