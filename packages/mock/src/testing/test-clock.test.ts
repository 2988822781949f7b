import { describe, expect, it } from 'vitest';
import { createTestClock } from './test-clock';

describe('createTestClock', () => {
  it('starts where told and moves only when advanced; `now` works detached', () => {
    const clock = createTestClock(1_000);
    const { now } = clock;
    expect(now()).toBe(1_000);
    clock.advance(250);
    expect(now()).toBe(1_250);
  });

  it('runs due timers in time order, ties in the order set, each at its own time', () => {
    const clock = createTestClock(0);
    const ran: string[] = [];
    const at = (name: string) => () => ran.push(`${name}@${clock.now()}`);
    clock.setTimeout(at('c'), 300);
    clock.setTimeout(at('a'), 100);
    clock.setTimeout(at('b1'), 200);
    clock.setTimeout(at('b2'), 200);
    clock.setTimeout(at('late'), 1_000);
    clock.advance(500);
    expect(ran).toEqual(['a@100', 'b1@200', 'b2@200', 'c@300']);
    expect(clock.now()).toBe(500);
    expect(clock.pendingTimers).toBe(1);
    expect(clock.firedTimers).toBe(4);
  });

  it('runs a timer set by a callback when it falls due inside the same advance', () => {
    const clock = createTestClock(0);
    const ran: number[] = [];
    clock.setTimeout(() => {
      ran.push(clock.now());
      clock.setTimeout(() => ran.push(clock.now()), 50);
    }, 100);
    clock.advance(149);
    expect(ran).toEqual([100]);
    clock.advance(1);
    expect(ran).toEqual([100, 150]);
  });

  it('forgets a cleared timer, and ignores handles that ran or never were', () => {
    const clock = createTestClock(0);
    let runs = 0;
    const handle = clock.setTimeout(() => (runs += 1), 10);
    clock.clearTimeout(handle);
    clock.clearTimeout(undefined);
    clock.clearTimeout(999);
    expect(clock.pendingTimers).toBe(0);
    clock.advance(20);
    expect(runs).toBe(0);
    expect(clock.firedTimers).toBe(0);
  });

  it('runs a timer with no delay (or a negative one) at the next advance, at the current time', () => {
    const clock = createTestClock(0);
    const ran: number[] = [];
    clock.setTimeout(() => ran.push(clock.now()), -5);
    clock.advance(0);
    expect(ran).toEqual([0]);
  });

  it('sleep moves time without running timers; the next advance runs them late, never going back', () => {
    const clock = createTestClock(0);
    const ran: number[] = [];
    clock.setTimeout(() => ran.push(clock.now()), 100);
    clock.sleep(1_000);
    expect(clock.now()).toBe(1_000);
    expect(ran).toEqual([]);
    expect(clock.pendingTimers).toBe(1);
    clock.advance(0);
    expect(ran).toEqual([1_000]);
    expect(clock.now()).toBe(1_000);
  });
});
