import { afterEach, describe, expect, test, vi } from 'vitest';
import { MfaApiError, type MfaErrorKind } from '../client/errors.js';
import { createMfaFlowStore, type MfaFlowStoreOptions } from './store.js';
import { createTestClock, type TestClock } from '@mfa-kit/mock/testing';

const T = 1_700_000_000_000;

const apiError = (kind: MfaErrorKind, retryAfterMs?: number) =>
  new MfaApiError({ kind, message: `server says ${kind}`, retryAfterMs });

function setup(options: Omit<MfaFlowStoreOptions, 'clock'> = {}) {
  const clock: TestClock = createTestClock(T);
  const store = createMfaFlowStore({ ...options, clock });
  const listener = vi.fn<() => void>();
  store.subscribe(listener);
  /** Sends a code: SEND then CODE_SENT, leaving the listener's count at zero. */
  const sendCode = () => {
    store.send({ type: 'SEND' });
    store.send({ type: 'CODE_SENT' });
    listener.mockClear();
  };
  /** VERIFY then FAILED with `error`. */
  const failVerify = (error: MfaApiError) => {
    store.send({ type: 'VERIFY' });
    store.send({ type: 'FAILED', error });
  };
  return { clock, store, listener, sendCode, failVerify };
}

describe('createMfaFlowStore: snapshot and events', () => {
  test('starts idle with nothing counting down and no timer', () => {
    const { store, clock } = setup();
    expect(store.getSnapshot()).toEqual({
      step: 'idle',
      codeSource: null,
      error: null,
      failedAction: null,
      codeSentAt: null,
      resendAvailableAt: null,
      expiresAt: null,
      attemptsLeft: null,
      refusedCodesLeft: null,
      rejectedCodesLeft: null, // the deprecated name's mirror
      blockedUntil: null,
      isPending: false,
      canResend: false,
      canVerify: false,
      needsNewCode: false,
      resendInSeconds: 0,
      expiresInSeconds: null,
      blockedForSeconds: 0,
    });
    expect(clock.pendingTimers).toBe(0);
  });

  test('send() says whether the event was accepted, so each action makes one request', () => {
    const { store, listener } = setup();
    expect(store.send({ type: 'SEND' })).toBe(true);
    expect(store.send({ type: 'SEND' })).toBe(false);
    expect(store.send({ type: 'CODE_SENT' })).toBe(true);
    expect(store.send({ type: 'VERIFY' })).toBe(true);
    expect(store.send({ type: 'VERIFY' })).toBe(false);
    expect(listener).toHaveBeenCalledTimes(3);
    expect(store.getSnapshot()).toMatchObject({ step: 'verifying', isPending: true });
  });

  test('the snapshot is the same object until something changes, and is frozen', () => {
    const { store } = setup();
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    store.send({ type: 'VERIFIED' });
    expect(store.getSnapshot()).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    store.send({ type: 'SEND' });
    expect(store.getSnapshot()).not.toBe(first);
  });

  test('methods work detached from the store, as useSyncExternalStore calls them', () => {
    const { subscribe, getSnapshot, send } = createMfaFlowStore({ clock: createTestClock(T) });
    const listener = vi.fn<() => void>();
    const unsubscribe = subscribe(listener);
    expect(send({ type: 'SEND' })).toBe(true);
    expect(getSnapshot().step).toBe('sending');
    unsubscribe();
    send({ type: 'RESET' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('a listener that sends an event does not confuse the result of the outer send', () => {
    const { store } = setup();
    store.subscribe(() => {
      if (store.getSnapshot().step === 'sending') store.send({ type: 'CODE_SENT' });
    });
    expect(store.send({ type: 'SEND' })).toBe(true);
    expect(store.getSnapshot().step).toBe('code-sent');
  });

  test('a listener subscribed during a notification hears the next change, not the current one', () => {
    const { store } = setup();
    const late = vi.fn<() => void>();
    const unsubscribe = store.subscribe(() => {
      unsubscribe();
      store.subscribe(late);
    });
    store.send({ type: 'SEND' });
    expect(late).not.toHaveBeenCalled();
    store.send({ type: 'CODE_SENT' });
    expect(late).toHaveBeenCalledTimes(1);
  });

  test('VERIFIED and RESET stop every countdown', () => {
    const { store, clock, sendCode } = setup();
    sendCode();
    store.send({ type: 'VERIFY' });
    store.send({ type: 'VERIFIED' });
    expect(store.getSnapshot()).toMatchObject({
      step: 'verified',
      expiresInSeconds: null,
      isPending: false,
    });
    expect(clock.pendingTimers).toBe(0);

    expect(store.send({ type: 'RESET' })).toBe(true);
    sendCode();
    expect(store.getSnapshot().step).toBe('code-sent');
    expect(clock.pendingTimers).toBe(1);
    expect(store.send({ type: 'RESET' })).toBe(true);
    expect(store.getSnapshot()).toMatchObject({
      step: 'idle',
      expiresInSeconds: null,
      resendInSeconds: 0,
    });
    expect(clock.pendingTimers).toBe(0);
  });
});

describe('createMfaFlowStore: cooldown', () => {
  test('the default cooldown is 30 s; RESEND is refused before and accepted after', () => {
    const { store, clock, sendCode } = setup();
    sendCode();
    expect(store.getSnapshot()).toMatchObject({
      resendInSeconds: 30,
      canResend: false,
      codeSentAt: T,
    });
    expect(store.send({ type: 'RESEND' })).toBe(false);
    clock.advance(29_999);
    expect(store.getSnapshot()).toMatchObject({ resendInSeconds: 1, canResend: false });
    clock.advance(1);
    expect(store.getSnapshot()).toMatchObject({ resendInSeconds: 0, canResend: true });
    expect(store.send({ type: 'RESEND' })).toBe(true);
    expect(store.send({ type: 'CODE_SENT' })).toBe(true);
    expect(store.getSnapshot()).toMatchObject({ resendInSeconds: 30, codeSentAt: T + 30_000 });
  });

  test('a configured cooldown is used', () => {
    const { store, clock, sendCode } = setup({ resendCooldownMs: 60_000 });
    sendCode();
    expect(store.getSnapshot().resendInSeconds).toBe(60);
    clock.advance(59_000);
    expect(store.getSnapshot().canResend).toBe(false);
    clock.advance(1_000);
    expect(store.getSnapshot().canResend).toBe(true);
  });

  test("the server's wait wins when longer than the cooldown", () => {
    const { store, clock, sendCode } = setup();
    sendCode();
    clock.advance(30_000);
    store.send({ type: 'RESEND' });
    store.send({ type: 'FAILED', error: apiError('rate-limited', 45_000) });
    expect(store.getSnapshot()).toMatchObject({
      step: 'failed',
      failedAction: 'send',
      resendInSeconds: 45,
      blockedForSeconds: 45,
      canResend: false,
    });
    clock.advance(45_000);
    expect(store.getSnapshot()).toMatchObject({
      canResend: true,
      blockedForSeconds: 0,
      blockedUntil: null,
    });
  });

  test("the cooldown wins when the server's wait is shorter", () => {
    const { store, clock, sendCode, failVerify } = setup();
    sendCode();
    clock.advance(10_000);
    failVerify(apiError('rate-limited', 5_000));
    expect(store.getSnapshot()).toMatchObject({
      blockedForSeconds: 5,
      resendInSeconds: 20,
      canVerify: false,
    });
    clock.advance(5_000);
    expect(store.getSnapshot()).toMatchObject({
      blockedForSeconds: 0,
      resendInSeconds: 15,
      canVerify: true,
      canResend: false,
    });
    clock.advance(15_000);
    expect(store.getSnapshot().canResend).toBe(true);
  });
});

describe('createMfaFlowStore: expiry and attempts', () => {
  test('the code expires 10 min after sending by default; then only a new code is offered', () => {
    const { store, clock, listener, sendCode } = setup();
    sendCode();
    expect(store.getSnapshot()).toMatchObject({ expiresAt: T + 600_000, expiresInSeconds: 600 });
    clock.advance(599_999);
    expect(store.getSnapshot()).toMatchObject({
      step: 'code-sent',
      expiresInSeconds: 1,
      canVerify: true,
    });
    listener.mockClear();
    clock.advance(1);
    const snapshot = store.getSnapshot();
    // No invented server error: the step stays, the guards and the seconds tell the truth.
    expect(snapshot).toMatchObject({
      step: 'code-sent',
      error: null,
      expiresInSeconds: 0,
      canVerify: false,
      canResend: true,
    });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(clock.pendingTimers).toBe(0);
    expect(store.send({ type: 'VERIFY' })).toBe(false);
  });

  test('a configured expiry shorter than the cooldown lets a new code be asked for at expiry', () => {
    const { store, clock, sendCode } = setup({ codeTtlMs: 20_000 });
    sendCode();
    expect(store.getSnapshot()).toMatchObject({ expiresInSeconds: 20, resendInSeconds: 20 });
    clock.advance(20_000);
    expect(store.getSnapshot()).toMatchObject({ canResend: true, resendInSeconds: 0 });
    expect(store.send({ type: 'RESEND' })).toBe(true);
  });

  test('the server saying expired asks for a new code at once, cooldown or not', () => {
    const { store, clock, sendCode, failVerify } = setup();
    sendCode();
    clock.advance(5_000);
    failVerify(apiError('expired'));
    expect(store.getSnapshot()).toMatchObject({
      step: 'failed',
      failedAction: 'verify',
      canResend: true,
      canVerify: false,
      resendInSeconds: 0,
      expiresInSeconds: 0,
    });
    expect(clock.pendingTimers).toBe(0);
  });

  test('wrong codes keep the flow in code-sent and count down the known attempts', () => {
    const { store, sendCode, failVerify } = setup({ maxAttempts: 3 });
    sendCode();
    expect(store.getSnapshot().attemptsLeft).toBe(3);
    const wrong = apiError('invalid-code');
    failVerify(wrong);
    expect(store.getSnapshot()).toMatchObject({
      step: 'code-sent',
      attemptsLeft: 2,
      error: wrong,
      canVerify: true,
    });
    failVerify(apiError('bad-request'));
    failVerify(apiError('invalid-code'));
    expect(store.getSnapshot()).toMatchObject({
      step: 'code-sent',
      attemptsLeft: 0,
      canVerify: false,
    });
    expect(store.send({ type: 'VERIFY' })).toBe(false);
  });

  test('the deprecated maxRejectedCodes still sets the limit; maxRefusedCodes wins over it', () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name, kept for one minor version
    const { store, sendCode, failVerify } = setup({ maxRejectedCodes: 1 });
    sendCode();
    expect(store.getSnapshot()).toMatchObject({ refusedCodesLeft: 1, rejectedCodesLeft: 1 });
    failVerify(apiError('invalid-code'));
    expect(store.getSnapshot()).toMatchObject({ refusedCodesLeft: 0, needsNewCode: true });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name, kept for one minor version
    const both = setup({ maxRejectedCodes: 1, maxRefusedCodes: 3 });
    both.sendCode();
    expect(both.store.getSnapshot().refusedCodesLeft).toBe(3);
  });

  test('gives up the code after maxRefusedCodes (default 5) refused codes and asks for a new one', () => {
    const { store, clock, sendCode, failVerify } = setup();
    sendCode();
    for (let refused = 1; refused <= 5; refused++) {
      expect(store.getSnapshot()).toMatchObject({ canVerify: true, needsNewCode: false });
      failVerify(apiError('invalid-code'));
      expect(store.getSnapshot().refusedCodesLeft).toBe(5 - refused);
    }
    expect(store.getSnapshot()).toMatchObject({
      step: 'code-sent',
      canVerify: false,
      needsNewCode: true,
      attemptsLeft: null,
    });
    expect(store.send({ type: 'VERIFY' })).toBe(false);
    clock.advance(30_000);
    expect(store.send({ type: 'RESEND' })).toBe(true);
    store.send({ type: 'CODE_SENT' });
    expect(store.getSnapshot()).toMatchObject({ canVerify: true, needsNewCode: false });
  });

  test('attempts are unknown unless configured', () => {
    const { store, sendCode, failVerify } = setup();
    sendCode();
    failVerify(apiError('invalid-code'));
    expect(store.getSnapshot()).toMatchObject({ attemptsLeft: null, canVerify: true });
  });

  test('too-many-attempts blocks until the wait is over, then offers a new code by itself', () => {
    const { store, clock, listener, sendCode, failVerify } = setup({ maxAttempts: 5 });
    sendCode();
    clock.advance(1_000);
    failVerify(apiError('too-many-attempts', 60_000));
    expect(store.getSnapshot()).toMatchObject({
      step: 'failed',
      attemptsLeft: 0,
      blockedForSeconds: 60,
      canResend: false,
      canVerify: false,
    });
    listener.mockClear();
    clock.advance(59_999);
    expect(store.getSnapshot()).toMatchObject({ blockedForSeconds: 1, canResend: false });
    expect(listener).toHaveBeenCalledTimes(59);
    clock.advance(1);
    expect(store.getSnapshot()).toMatchObject({
      blockedForSeconds: 0,
      canResend: true,
      canVerify: false,
    });
    expect(listener).toHaveBeenCalledTimes(60);
    expect(store.send({ type: 'RESEND' })).toBe(true);
  });

  test.each(['network', 'timeout', 'server'] as const)(
    '%s on verify offers the same check again',
    (kind) => {
      const { store, sendCode, failVerify } = setup();
      sendCode();
      failVerify(apiError(kind));
      expect(store.getSnapshot()).toMatchObject({
        step: 'failed',
        failedAction: 'verify',
        canVerify: true,
      });
      expect(store.send({ type: 'VERIFY' })).toBe(true);
    },
  );

  test.each(['network', 'timeout', 'server'] as const)(
    '%s on the first send offers sending again',
    (kind) => {
      const { store } = setup();
      store.send({ type: 'SEND' });
      store.send({ type: 'FAILED', error: apiError(kind) });
      expect(store.getSnapshot()).toMatchObject({
        step: 'failed',
        failedAction: 'send',
        canResend: true,
      });
      expect(store.send({ type: 'SEND' })).toBe(true);
    },
  );
});

describe('createMfaFlowStore: timers and notifications', () => {
  test('one timer at a time, and listeners hear only displayed-second changes', () => {
    const { clock, listener, sendCode } = setup();
    sendCode();
    expect(clock.pendingTimers).toBe(1);
    clock.advance(999);
    expect(listener).not.toHaveBeenCalled();
    clock.advance(1);
    expect(listener).toHaveBeenCalledTimes(1);
    clock.advance(10_000);
    expect(listener).toHaveBeenCalledTimes(11);
    expect(clock.pendingTimers).toBe(1);
    // Woken once per displayed second, not polling.
    expect(clock.firedTimers).toBe(11);
  });

  test('deadlines that do not fall on the same second each notify at their own boundary', () => {
    const { store, clock, listener, sendCode, failVerify } = setup();
    sendCode();
    clock.advance(10_500);
    failVerify(apiError('rate-limited', 2_000));
    listener.mockClear();
    // expiry and cooldown change at T + 11 000, 12 000, ...; the block at T + 11 500 and T + 12 500.
    const seen: number[] = [];
    store.subscribe(() => seen.push(clock.now() - T));
    clock.advance(2_000);
    expect(seen).toEqual([11_000, 11_500, 12_000, 12_500]);
    expect(store.getSnapshot()).toMatchObject({ blockedForSeconds: 0, canVerify: true });
  });

  test('only the remaining countdowns keep a timer running', () => {
    const { store, clock, sendCode } = setup({ codeTtlMs: 60_000 });
    sendCode();
    clock.advance(30_000);
    expect(clock.pendingTimers).toBe(1);
    expect(store.getSnapshot().expiresInSeconds).toBe(30);
    clock.advance(30_000);
    expect(store.getSnapshot()).toMatchObject({ expiresInSeconds: 0, canVerify: false });
    expect(clock.pendingTimers).toBe(0);
  });

  test('dispose() clears the timer; subscribing again catches up and restarts it', () => {
    const { store, clock, listener, sendCode } = setup();
    sendCode();
    store.dispose();
    store.dispose();
    expect(clock.pendingTimers).toBe(0);
    clock.advance(5_000);
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot().resendInSeconds).toBe(30);

    const unsubscribe = store.subscribe(listener);
    expect(store.getSnapshot().resendInSeconds).toBe(25);
    expect(clock.pendingTimers).toBe(1);
    unsubscribe();
  });

  test('a page shown again catches up at once with time its held-back timers missed; hidden, it waits', () => {
    // A page's `document`, as far as the store reads it (core's tests run in Node, with none).
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    vi.stubGlobal('document', page);
    const { store, clock, sendCode } = setup({ codeTtlMs: 60_000 });
    const seen = vi.fn<() => void>();
    const unsubscribe = store.subscribe(seen);
    sendCode();
    page.visibilityState = 'hidden';
    clock.sleep(61_000);
    page.dispatchEvent(new Event('visibilitychange'));
    expect(store.getSnapshot().expiresInSeconds).toBe(60);

    page.visibilityState = 'visible';
    seen.mockClear();
    page.dispatchEvent(new Event('visibilitychange'));
    expect(store.getSnapshot()).toMatchObject({ expiresInSeconds: 0, needsNewCode: true });
    expect(seen).toHaveBeenCalled();

    // With no listener left, the store stops listening.
    unsubscribe();
    seen.mockClear();
    page.dispatchEvent(new Event('visibilitychange'));
    expect(seen).not.toHaveBeenCalled();
    vi.unstubAllGlobals();
  });

  test('the default clock follows fake timers installed after the store module loaded', () => {
    vi.useFakeTimers({ now: T });
    const store = createMfaFlowStore();
    store.send({ type: 'SEND' });
    store.send({ type: 'CODE_SENT' });
    expect(store.getSnapshot()).toMatchObject({ codeSentAt: T, resendInSeconds: 30 });
    vi.advanceTimersByTime(30_000);
    expect(store.getSnapshot().canResend).toBe(true);
    store.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe('createMfaFlowStore: options', () => {
  test.each([
    [
      { resendCooldownMs: -1 },
      'createMfaFlowStore: resendCooldownMs must be a whole number, at least 0; got -1.',
    ],
    [
      { resendCooldownMs: Number.NaN },
      'resendCooldownMs must be a whole number, at least 0; got NaN.',
    ],
    [{ codeTtlMs: 0 }, 'codeTtlMs must be a whole number, at least 1; got 0.'],
    [
      { codeTtlMs: Number.POSITIVE_INFINITY },
      'codeTtlMs must be a whole number, at least 1; got Infinity.',
    ],
    [{ maxAttempts: 2.5 }, 'maxAttempts must be a whole number, at least 1; got 2.5.'],
    [{ maxAttempts: 0 }, 'maxAttempts must be a whole number, at least 1; got 0.'],
    [{ maxRefusedCodes: 0 }, 'maxRefusedCodes must be a whole number, at least 1; got 0.'],
  ])('%o is refused with a clear message', (options, message) => {
    expect(() => createMfaFlowStore(options)).toThrow(RangeError);
    expect(() => createMfaFlowStore(options)).toThrow(message);
  });

  test('undefined options mean the defaults', () => {
    const clock = createTestClock(T);
    const store = createMfaFlowStore({
      resendCooldownMs: undefined,
      codeTtlMs: undefined,
      maxAttempts: undefined,
      clock,
    });
    store.send({ type: 'SEND' });
    store.send({ type: 'CODE_SENT' });
    expect(store.getSnapshot()).toMatchObject({
      resendInSeconds: 30,
      expiresInSeconds: 600,
      attemptsLeft: null,
    });
  });

  test('a zero cooldown allows a resend at once', () => {
    const { store, sendCode } = setup({ resendCooldownMs: 0 });
    sendCode();
    expect(store.getSnapshot()).toMatchObject({ canResend: true, resendInSeconds: 0 });
  });

  test('setOptions: new timings apply from the next code, the current one keeps its own', () => {
    const { store, clock, sendCode } = setup();
    sendCode();
    store.setOptions({ clock, resendCooldownMs: 10_000, codeTtlMs: 60_000, maxAttempts: 2 });
    expect(store.getSnapshot()).toMatchObject({ resendInSeconds: 30, expiresInSeconds: 600 });
    clock.advance(30_000);
    store.send({ type: 'RESEND' });
    store.send({ type: 'CODE_SENT' });
    expect(store.getSnapshot()).toMatchObject({
      resendInSeconds: 10,
      expiresInSeconds: 60,
      attemptsLeft: 2,
    });
  });

  test('setOptions: left-out options go back to their defaults; a bad one is refused and changes nothing', () => {
    const { store, clock, sendCode } = setup({ resendCooldownMs: 5_000 });
    expect(() => store.setOptions({ clock, codeTtlMs: 0 })).toThrow(RangeError);
    sendCode();
    expect(store.getSnapshot().resendInSeconds).toBe(5);
    store.setOptions({ clock });
    clock.advance(5_000);
    store.send({ type: 'RESEND' });
    store.send({ type: 'CODE_SENT' });
    expect(store.getSnapshot().resendInSeconds).toBe(30);
  });

  test('setOptions: a new clock takes over the countdown, the old one keeps no timer', () => {
    const { store, clock, sendCode } = setup();
    sendCode();
    const next = createTestClock(T);
    store.setOptions({ clock: next });
    expect(clock.pendingTimers).toBe(0);
    expect(next.pendingTimers).toBe(1);
    next.advance(30_000);
    expect(store.getSnapshot()).toMatchObject({ canResend: true, resendInSeconds: 0 });
  });
});

describe('createMfaFlowStore: a known code', () => {
  test('READY: checkable at once, and nothing counts down, so no timer runs', () => {
    const { store, clock, listener } = setup({ maxAttempts: 3 });
    expect(store.send({ type: 'READY' })).toBe(true);
    expect(listener).toHaveBeenCalledOnce();
    expect(store.getSnapshot()).toMatchObject({
      step: 'ready',
      codeSource: 'known',
      canVerify: true,
      canResend: false,
      needsNewCode: false,
      expiresInSeconds: null,
      resendInSeconds: 0,
      attemptsLeft: 3,
    });
    expect(clock.pendingTimers).toBe(0);
    expect(store.send({ type: 'SEND' })).toBe(false);
    expect(store.send({ type: 'RESEND' })).toBe(false);
  });

  test('a wrong code goes back to ready; a wait after too many requests counts down, then checks resume', () => {
    const { store, clock } = setup();
    store.send({ type: 'READY' });
    store.send({ type: 'VERIFY' });
    store.send({ type: 'FAILED', error: apiError('invalid-code') });
    expect(store.getSnapshot()).toMatchObject({ step: 'ready', canVerify: true });
    store.send({ type: 'VERIFY' });
    store.send({ type: 'FAILED', error: apiError('rate-limited', 3_000) });
    expect(store.getSnapshot()).toMatchObject({
      step: 'failed',
      canVerify: false,
      blockedForSeconds: 3,
    });
    clock.advance(3_000);
    expect(store.getSnapshot()).toMatchObject({ canVerify: true, blockedForSeconds: 0 });
    expect(clock.pendingTimers).toBe(0);
  });
});
