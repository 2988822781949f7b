import { describe, expect, test } from 'vitest';
import { MfaApiError, type MfaErrorKind } from '../client/errors.js';
import { canResend, canVerify, needsNewCode } from './guards.js';
import { DEFAULT_MFA_FLOW_CONFIG, initialMfaFlowState, transition } from './machine.js';
import type { MfaFlowEvent, MfaFlowEventType, MfaFlowState, MfaFlowStep } from './types.js';

const T = 1_700_000_000_000;
const DURING_COOLDOWN = T + 10_000;
const AFTER_COOLDOWN = T + 40_000;

const apiError = (kind: MfaErrorKind, retryAfterMs?: number) =>
  new MfaApiError({ kind, message: `server says ${kind}`, retryAfterMs });

const withCode = (overrides: Partial<MfaFlowState> = {}): MfaFlowState => ({
  ...initialMfaFlowState,
  step: 'code-sent',
  codeSource: 'sent',
  codeSentAt: T,
  resendAvailableAt: T + 30_000,
  expiresAt: T + 600_000,
  ...overrides,
});

/** A code the user already has (authenticator app, recovery code): no send, no expiry, no resend. */
const withKnownCode = (overrides: Partial<MfaFlowState> = {}): MfaFlowState => ({
  ...initialMfaFlowState,
  step: 'ready',
  codeSource: 'known',
  ...overrides,
});

/** One representative state per step; the code (where there is one) was sent at T. */
const states: Record<MfaFlowStep, MfaFlowState> = {
  idle: initialMfaFlowState,
  sending: { ...initialMfaFlowState, step: 'sending' },
  'code-sent': withCode(),
  ready: withKnownCode(),
  verifying: withCode({ step: 'verifying' }),
  verified: { ...initialMfaFlowState, step: 'verified' },
  failed: withCode({ step: 'failed', error: apiError('network'), failedAction: 'verify' }),
};

const events: Record<MfaFlowEventType, MfaFlowEvent> = {
  SEND: { type: 'SEND' },
  READY: { type: 'READY' },
  RESEND: { type: 'RESEND' },
  CODE_SENT: { type: 'CODE_SENT' },
  VERIFY: { type: 'VERIFY' },
  VERIFIED: { type: 'VERIFIED' },
  FAILED: { type: 'FAILED', error: apiError('server') },
  RESET: { type: 'RESET' },
  TICK: { type: 'TICK' },
};

type Outcome = MfaFlowStep | 'ignored';
const row = (
  step: MfaFlowStep,
  SEND: Outcome,
  READY: Outcome,
  RESEND: Outcome,
  CODE_SENT: Outcome,
  VERIFY: Outcome,
  VERIFIED: Outcome,
  FAILED: Outcome,
  RESET: Outcome,
  TICK: Outcome,
) =>
  Object.entries({ SEND, READY, RESEND, CODE_SENT, VERIFY, VERIFIED, FAILED, RESET, TICK }).map(
    ([event, outcome]) => ({ step, event: event as MfaFlowEventType, outcome }),
  );

describe('transition: every step x event', () => {
  // prettier-ignore
  const duringCooldown = [
    //    step          SEND        READY      RESEND      CODE_SENT    VERIFY       VERIFIED    FAILED     RESET   TICK
    ...row('idle',      'sending',  'ready',   'ignored',  'ignored',   'ignored',   'ignored',  'ignored', 'ignored', 'ignored'),
    ...row('sending',   'ignored',  'ignored', 'ignored',  'code-sent', 'ignored',   'ignored',  'failed',  'idle',  'ignored'),
    ...row('code-sent', 'ignored',  'ignored', 'ignored',  'ignored',   'verifying', 'ignored',  'ignored', 'idle',  'ignored'),
    ...row('ready',     'ignored',  'ignored', 'ignored',  'ignored',   'verifying', 'ignored',  'ignored', 'idle',  'ignored'),
    ...row('verifying', 'ignored',  'ignored', 'ignored',  'ignored',   'ignored',   'verified', 'failed',  'idle',  'ignored'),
    ...row('verified',  'ignored',  'ignored', 'ignored',  'ignored',   'ignored',   'ignored',  'ignored', 'idle',  'ignored'),
    ...row('failed',    'ignored',  'ignored', 'ignored',  'ignored',   'verifying', 'ignored',  'ignored', 'idle',  'ignored'),
  ];

  test.each(duringCooldown)(
    'during the cooldown, $step + $event -> $outcome',
    ({ step, event, outcome }) => {
      const before = states[step];
      const after = transition(before, events[event], DURING_COOLDOWN);
      if (outcome === 'ignored') {
        expect(after).toBe(before);
      } else {
        expect(after).not.toBe(before);
        expect(after.step).toBe(outcome);
      }
    },
  );

  // Only SEND and RESEND depend on the cooldown; everything else is as above. A known code has nothing to send.
  // prettier-ignore
  const afterCooldown = [
    { step: 'idle',      event: 'SEND',   outcome: 'sending' },
    { step: 'idle',      event: 'RESEND', outcome: 'ignored' },
    { step: 'sending',   event: 'SEND',   outcome: 'ignored' },
    { step: 'sending',   event: 'RESEND', outcome: 'ignored' },
    { step: 'code-sent', event: 'SEND',   outcome: 'sending' },
    { step: 'code-sent', event: 'RESEND', outcome: 'sending' },
    { step: 'ready',     event: 'SEND',   outcome: 'ignored' },
    { step: 'ready',     event: 'RESEND', outcome: 'ignored' },
    { step: 'verifying', event: 'SEND',   outcome: 'ignored' },
    { step: 'verifying', event: 'RESEND', outcome: 'ignored' },
    { step: 'verified',  event: 'SEND',   outcome: 'ignored' },
    { step: 'verified',  event: 'RESEND', outcome: 'ignored' },
    { step: 'failed',    event: 'SEND',   outcome: 'sending' },
    { step: 'failed',    event: 'RESEND', outcome: 'sending' },
  ] as const satisfies readonly { step: MfaFlowStep; event: MfaFlowEventType; outcome: Outcome }[];

  test.each(afterCooldown)(
    'after the cooldown, $step + $event -> $outcome',
    ({ step, event, outcome }) => {
      const before = states[step];
      const after = transition(before, events[event], AFTER_COOLDOWN);
      if (outcome === 'ignored') expect(after).toBe(before);
      else expect(after.step).toBe(outcome);
    },
  );
});

describe('transition: requests', () => {
  test('starting a request clears the previous error but keeps the code and its times', () => {
    const after = transition(states.failed, { type: 'VERIFY' }, DURING_COOLDOWN);
    expect(after).toEqual({ ...states.failed, step: 'verifying', error: null, failedAction: null });
  });

  test('a resend keeps the old code until the new one arrives', () => {
    const after = transition(states['code-sent'], { type: 'RESEND' }, AFTER_COOLDOWN);
    expect(after).toEqual({ ...states['code-sent'], step: 'sending' });
  });

  test('CODE_SENT starts the cooldown and the expiry, and the attempts when the limit is known', () => {
    const now = T + 5_000;
    const config = {
      resendCooldownMs: 45_000,
      codeTtlMs: 300_000,
      maxAttempts: 5,
      maxRefusedCodes: 4,
    };
    expect(transition(states.sending, { type: 'CODE_SENT' }, now, config)).toEqual({
      step: 'code-sent',
      codeSource: 'sent',
      error: null,
      failedAction: null,
      codeSentAt: now,
      resendAvailableAt: now + 45_000,
      expiresAt: now + 300_000,
      attemptsLeft: 5,
      refusedCodesLeft: 4,
      blockedUntil: null,
    });
  });

  test('CODE_SENT defaults to a 30 s cooldown, a 10 min expiry and unknown attempts', () => {
    const after = transition(states.sending, { type: 'CODE_SENT' }, T);
    expect(after).toMatchObject({
      resendAvailableAt: T + 30_000,
      expiresAt: T + 600_000,
      attemptsLeft: null,
      refusedCodesLeft: 5,
    });
    expect(DEFAULT_MFA_FLOW_CONFIG).toEqual({
      resendCooldownMs: 30_000,
      codeTtlMs: 600_000,
      maxAttempts: null,
      maxRefusedCodes: 5,
    });
  });

  test('a new code replaces the old one: fresh times and attempts, no error', () => {
    const resending = withCode({ step: 'sending', attemptsLeft: 1, codeSentAt: T - 100_000 });
    const after = transition(resending, { type: 'CODE_SENT' }, T, {
      ...DEFAULT_MFA_FLOW_CONFIG,
      maxAttempts: 3,
    });
    expect(after).toMatchObject({ codeSentAt: T, attemptsLeft: 3, expiresAt: T + 600_000 });
  });

  test('READY makes a known code checkable at once: nothing sent, nothing expires, the server limit kept', () => {
    const config = { ...DEFAULT_MFA_FLOW_CONFIG, maxAttempts: 4 };
    expect(transition(states.idle, { type: 'READY' }, T, config)).toEqual({
      ...initialMfaFlowState,
      step: 'ready',
      codeSource: 'known',
      attemptsLeft: 4,
    });
  });

  test('VERIFIED forgets the code, so nothing counts down any more', () => {
    expect(transition(states.verifying, { type: 'VERIFIED' }, T)).toEqual({
      ...initialMfaFlowState,
      step: 'verified',
    });
  });

  test.each(Object.keys(states).filter((step) => step !== 'idle') as MfaFlowStep[])(
    'RESET from %s returns the initial state',
    (step) => {
      expect(transition(states[step], { type: 'RESET' }, T)).toBe(initialMfaFlowState);
    },
  );

  test('is pure: the same arguments give equal results and the input is left alone', () => {
    const before = structuredClone(withCode({ step: 'verifying', attemptsLeft: 3 }));
    const snapshot = structuredClone(before);
    const event: MfaFlowEvent = { type: 'FAILED', error: apiError('invalid-code') };
    expect(transition(before, event, T)).toEqual(transition(before, event, T));
    expect(before).toEqual(snapshot);
  });
});

describe('transition: FAILED, by error kind', () => {
  const sendingAgain = withCode({ step: 'sending' });
  const verifying = withCode({ step: 'verifying', attemptsLeft: 3 });
  const now = DURING_COOLDOWN;

  // prettier-ignore
  const table: readonly { kind: MfaErrorKind; from: 'first send' | 'resend' | 'verify'; step: MfaFlowStep; attemptsLeft?: number | null }[] = [
    { kind: 'invalid-code',      from: 'verify', step: 'code-sent', attemptsLeft: 2 },
    { kind: 'bad-request',       from: 'verify', step: 'code-sent', attemptsLeft: 2 },
    { kind: 'invalid-input',     from: 'verify', step: 'code-sent', attemptsLeft: 3 },
    { kind: 'expired',           from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'too-many-attempts', from: 'verify', step: 'failed',    attemptsLeft: 0 },
    { kind: 'rate-limited',      from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'network',           from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'timeout',           from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'server',            from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'unauthorized',      from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'forbidden',         from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'not-found',         from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'invalid-response',  from: 'verify', step: 'failed',    attemptsLeft: 3 },
    { kind: 'invalid-code',      from: 'resend', step: 'failed' },
    { kind: 'bad-request',       from: 'resend', step: 'failed' },
    { kind: 'invalid-input',     from: 'resend', step: 'failed' },
    { kind: 'expired',           from: 'resend', step: 'failed' },
    { kind: 'too-many-attempts', from: 'resend', step: 'failed' },
    { kind: 'rate-limited',      from: 'resend', step: 'failed' },
    { kind: 'network',           from: 'first send', step: 'failed' },
    { kind: 'server',            from: 'first send', step: 'failed' },
  ];

  test.each(table)('$kind after $from -> $step', ({ kind, from, step, attemptsLeft }) => {
    const before =
      from === 'verify' ? verifying : from === 'resend' ? sendingAgain : states.sending;
    const error = apiError(kind);
    const after = transition(before, { type: 'FAILED', error }, now);
    expect(after.step).toBe(step);
    expect(after.error).toBe(error);
    expect(after.failedAction).toBe(from === 'verify' ? 'verify' : 'send');
    expect(after.codeSentAt).toBe(before.codeSentAt);
    if (attemptsLeft !== undefined) expect(after.attemptsLeft).toBe(attemptsLeft);
  });

  test('wrong codes use up the known attempts; with none left, VERIFY is refused but RESEND is not', () => {
    let state = withCode({ attemptsLeft: 2 });
    for (const attemptsLeft of [1, 0]) {
      state = transition(state, { type: 'VERIFY' }, AFTER_COOLDOWN);
      state = transition(
        state,
        { type: 'FAILED', error: apiError('invalid-code') },
        AFTER_COOLDOWN,
      );
      expect(state).toMatchObject({ step: 'code-sent', attemptsLeft });
    }
    expect(transition(state, { type: 'VERIFY' }, AFTER_COOLDOWN)).toBe(state);
    expect(transition(state, { type: 'RESEND' }, AFTER_COOLDOWN).step).toBe('sending');
  });

  test('after maxRefusedCodes refused codes in a row the code is given up: no VERIFY, a new code instead', () => {
    const config = { ...DEFAULT_MFA_FLOW_CONFIG, maxRefusedCodes: 3 };
    let state = transition(states.sending, { type: 'CODE_SENT' }, T, config);
    // A code the client refused itself (invalid-input) was never checked: it does not count.
    const refusals: MfaErrorKind[] = [
      'invalid-code',
      'invalid-input',
      'bad-request',
      'invalid-code',
    ];
    const left: (number | null)[] = [];
    for (const kind of refusals) {
      state = transition(state, { type: 'VERIFY' }, DURING_COOLDOWN, config);
      state = transition(state, { type: 'FAILED', error: apiError(kind) }, DURING_COOLDOWN, config);
      left.push(state.refusedCodesLeft);
    }
    expect(left).toEqual([2, 2, 1, 0]);
    expect(state.step).toBe('code-sent');
    expect(needsNewCode(state, DURING_COOLDOWN)).toBe(true);
    expect(canVerify(state, DURING_COOLDOWN)).toBe(false);
    expect(transition(state, { type: 'VERIFY' }, DURING_COOLDOWN, config)).toBe(state);
    // The cooldown still holds; after it, a new code brings the full count back.
    expect(canResend(state, DURING_COOLDOWN)).toBe(false);
    state = transition(state, { type: 'RESEND' }, AFTER_COOLDOWN, config);
    state = transition(state, { type: 'CODE_SENT' }, AFTER_COOLDOWN, config);
    expect(state.refusedCodesLeft).toBe(3);
    expect(needsNewCode(state, AFTER_COOLDOWN)).toBe(false);
    expect(canVerify(state, AFTER_COOLDOWN)).toBe(true);
  });

  test('needsNewCode: an expired code, or no attempts left; never before a code or while none is due', () => {
    expect(needsNewCode(withCode(), DURING_COOLDOWN)).toBe(false);
    expect(needsNewCode(withCode(), T + 600_000)).toBe(true);
    expect(needsNewCode(withCode({ attemptsLeft: 0 }), DURING_COOLDOWN)).toBe(true);
    expect(needsNewCode(withCode({ step: 'failed', attemptsLeft: 0 }), DURING_COOLDOWN)).toBe(true);
    expect(needsNewCode(withCode({ step: 'verifying' }), T + 600_000)).toBe(false);
    expect(needsNewCode(states.idle, T)).toBe(false);
    expect(needsNewCode(states.verified, T)).toBe(false);
  });

  test('wrong codes leave unknown attempts unknown', () => {
    const after = transition(
      withCode({ step: 'verifying' }),
      { type: 'FAILED', error: apiError('invalid-code') },
      now,
    );
    expect(after.attemptsLeft).toBeNull();
  });

  test('expired on verify ends the code now, so a new code may be asked for despite the cooldown', () => {
    const after = transition(verifying, { type: 'FAILED', error: apiError('expired') }, now);
    expect(after.expiresAt).toBe(now);
    expect(canResend(after, now)).toBe(true);
    expect(canVerify(after, now)).toBe(false);
  });

  test('too-many-attempts with a server wait blocks until it is over', () => {
    const after = transition(
      verifying,
      { type: 'FAILED', error: apiError('too-many-attempts', 60_000) },
      now,
    );
    expect(after.blockedUntil).toBe(now + 60_000);
    expect(canResend(after, now + 59_999)).toBe(false);
    expect(canResend(after, now + 60_000)).toBe(true);
    expect(canVerify(after, now + 60_000)).toBe(false);
  });

  test('too-many-attempts without a server wait does not block, but needs a new code', () => {
    const after = transition(
      verifying,
      { type: 'FAILED', error: apiError('too-many-attempts') },
      now,
    );
    expect(after.blockedUntil).toBeNull();
    expect(canVerify(after, now)).toBe(false);
    expect(canResend(after, T + 30_000)).toBe(true);
  });

  test.each([
    { retryAfterMs: 45_000, blockedUntil: now + 45_000 },
    { retryAfterMs: 2_000, blockedUntil: now + 2_000 },
    { retryAfterMs: undefined, blockedUntil: now + 30_000 },
    { retryAfterMs: Number.NaN, blockedUntil: now + 30_000 },
    { retryAfterMs: -5, blockedUntil: now + 30_000 },
    { retryAfterMs: Number.POSITIVE_INFINITY, blockedUntil: now + 30_000 },
  ])(
    'rate-limited with retryAfterMs $retryAfterMs blocks until $blockedUntil',
    ({ retryAfterMs, blockedUntil }) => {
      const after = transition(
        verifying,
        { type: 'FAILED', error: apiError('rate-limited', retryAfterMs) },
        now,
      );
      expect(after.blockedUntil).toBe(blockedUntil);
      expect(canVerify(after, blockedUntil - 1)).toBe(false);
      expect(canVerify(after, blockedUntil)).toBe(true);
    },
  );

  test('after a block, the same action is accepted again and the block is cleared', () => {
    const blocked = transition(
      verifying,
      { type: 'FAILED', error: apiError('rate-limited', 5_000) },
      now,
    );
    expect(transition(blocked, { type: 'VERIFY' }, now + 4_999)).toBe(blocked);
    const retried = transition(blocked, { type: 'VERIFY' }, now + 5_000);
    expect(retried).toMatchObject({ step: 'verifying', blockedUntil: null, error: null });
  });

  test.each([
    { from: 'verify', before: verifying, action: 'verify' },
    { from: 'first send', before: states.sending, action: 'send' },
  ])('aborted during $from is a failure like any other: retry or RESET', ({ before, action }) => {
    const error = apiError('aborted');
    const after = transition(before, { type: 'FAILED', error }, now);
    expect(after).toMatchObject({ step: 'failed', error, failedAction: action });
  });
});

describe('transition: a known code', () => {
  const verifying = withKnownCode({ step: 'verifying', attemptsLeft: 3 });
  const now = T;

  // prettier-ignore
  const table: readonly { kind: MfaErrorKind; step: MfaFlowStep; attemptsLeft: number | null; canVerify: boolean }[] = [
    { kind: 'invalid-code',      step: 'ready',  attemptsLeft: 2, canVerify: true },
    { kind: 'bad-request',       step: 'ready',  attemptsLeft: 2, canVerify: true },
    { kind: 'invalid-input',     step: 'ready',  attemptsLeft: 3, canVerify: true },
    { kind: 'expired',           step: 'failed', attemptsLeft: 3, canVerify: true },
    { kind: 'too-many-attempts', step: 'failed', attemptsLeft: 3, canVerify: true },
    { kind: 'network',           step: 'failed', attemptsLeft: 3, canVerify: true },
    { kind: 'unauthorized',      step: 'failed', attemptsLeft: 3, canVerify: true },
  ];

  test.each(table)(
    '$kind -> $step, attempts $attemptsLeft; never a resend',
    ({ kind, step, attemptsLeft, canVerify: verifiable }) => {
      const error = apiError(kind);
      const after = transition(verifying, { type: 'FAILED', error }, now);
      expect(after).toMatchObject({ step, error, failedAction: 'verify', attemptsLeft });
      expect(after.expiresAt).toBeNull();
      expect(canVerify(after, now)).toBe(verifiable);
      expect(canResend(after, now + 3_600_000)).toBe(false);
      expect(needsNewCode(after, now + 3_600_000)).toBe(false);
    },
  );

  test('no count of rejected codes: a known code cannot be replaced, only corrected', () => {
    let state = withKnownCode();
    for (let round = 0; round < 8; round++) {
      state = transition(state, { type: 'VERIFY' }, now);
      state = transition(state, { type: 'FAILED', error: apiError('invalid-code') }, now);
    }
    expect(state).toMatchObject({ step: 'ready', refusedCodesLeft: null });
    expect(canVerify(state, now)).toBe(true);
  });

  test('too-many-attempts with a server wait blocks checks until it is over', () => {
    const after = transition(
      verifying,
      { type: 'FAILED', error: apiError('too-many-attempts', 60_000) },
      now,
    );
    expect(canVerify(after, now + 59_999)).toBe(false);
    expect(transition(after, { type: 'VERIFY' }, now + 60_000).step).toBe('verifying');
  });

  test('with the known attempts used up, checks stop', () => {
    const after = transition(
      withKnownCode({ step: 'verifying', attemptsLeft: 1 }),
      { type: 'FAILED', error: apiError('invalid-code') },
      now,
    );
    expect(after).toMatchObject({ step: 'ready', attemptsLeft: 0 });
    expect(canVerify(after, now)).toBe(false);
  });

  test('a verified known code leaves nothing behind', () => {
    expect(transition(verifying, { type: 'VERIFIED' }, now)).toEqual({
      ...initialMfaFlowState,
      step: 'verified',
    });
  });
});

describe('transition: time', () => {
  test('a code running out is no error: the step stays, and the guards turn', () => {
    const state = withCode();
    expect(transition(state, { type: 'TICK' }, T + 600_000)).toBe(state);
    expect(canVerify(state, T + 599_999)).toBe(true);
    expect(canVerify(state, T + 600_000)).toBe(false);
    expect(transition(state, { type: 'VERIFY' }, T + 600_000)).toBe(state);
  });

  test('a code running out ends the cooldown early: a new code may be asked for at once', () => {
    const state = withCode({ expiresAt: T + 20_000 });
    expect(canResend(state, T + 19_999)).toBe(false);
    expect(transition(state, { type: 'RESEND' }, T + 20_000).step).toBe('sending');
  });

  test('after a failed check, the retry is refused once the code has run out', () => {
    expect(transition(states.failed, { type: 'VERIFY' }, T + 599_999).step).toBe('verifying');
    expect(transition(states.failed, { type: 'VERIFY' }, T + 600_000)).toBe(states.failed);
  });

  test('a code expiring during a check is left to the server', () => {
    const state = withCode({ step: 'verifying' });
    expect(transition(state, { type: 'TICK' }, T + 700_000)).toBe(state);
  });

  test('a finished wait is cleared', () => {
    const blocked = withCode({
      step: 'failed',
      error: apiError('rate-limited'),
      failedAction: 'verify',
      blockedUntil: T + 1_000,
    });
    expect(transition(blocked, { type: 'TICK' }, T + 999)).toBe(blocked);
    expect(transition(blocked, { type: 'TICK' }, T + 1_000)).toEqual({
      ...blocked,
      blockedUntil: null,
    });
  });
});

describe('guards', () => {
  // prettier-ignore
  const table: readonly { name: string; state: MfaFlowState; now: number; canResend: boolean; canVerify: boolean }[] = [
    { name: 'idle',                              state: states.idle,                         now: T,               canResend: false, canVerify: false },
    { name: 'sending',                           state: states.sending,                      now: AFTER_COOLDOWN,  canResend: false, canVerify: false },
    { name: 'code-sent, cooling down',           state: withCode(),                          now: T + 29_999,      canResend: false, canVerify: true },
    { name: 'code-sent, cooldown over',          state: withCode(),                          now: T + 30_000,      canResend: true,  canVerify: true },
    { name: 'code-sent, no attempts left',       state: withCode({ attemptsLeft: 0 }),       now: T,               canResend: false, canVerify: false },
    { name: 'code-sent, attempts left',          state: withCode({ attemptsLeft: 1 }),       now: T,               canResend: false, canVerify: true },
    { name: 'code-sent, just before expiry',     state: withCode(),                          now: T + 599_999,     canResend: true,  canVerify: true },
    { name: 'verifying',                         state: states.verifying,                    now: AFTER_COOLDOWN,  canResend: false, canVerify: false },
    { name: 'verified',                          state: states.verified,                     now: AFTER_COOLDOWN,  canResend: false, canVerify: false },
    { name: 'failed first send',                 state: { ...states.sending, step: 'failed' }, now: T,             canResend: true,  canVerify: false },
    { name: 'failed, code expired in cooldown',  state: withCode({ step: 'failed', expiresAt: T + 10_000 }), now: T + 10_000, canResend: true, canVerify: false },
    { name: 'failed, blocked past the cooldown', state: withCode({ step: 'failed', blockedUntil: T + 50_000 }), now: T + 40_000, canResend: false, canVerify: false },
    { name: 'failed, blocked past the expiry',   state: withCode({ step: 'failed', expiresAt: T, blockedUntil: T + 50_000 }), now: T + 40_000, canResend: false, canVerify: false },
    { name: 'failed, block over',                state: withCode({ step: 'failed', blockedUntil: T + 50_000 }), now: T + 50_000, canResend: true, canVerify: true },
    { name: 'ready, hours later',                state: withKnownCode(),                     now: T + 36_000_000, canResend: false, canVerify: true },
    { name: 'ready, blocked',                    state: withKnownCode({ blockedUntil: T + 1_000 }), now: T, canResend: false, canVerify: false },
    { name: 'failed known-code check',           state: withKnownCode({ step: 'failed', failedAction: 'verify' }), now: T, canResend: false, canVerify: true },
  ];

  test.each(table)(
    '$name: canResend $canResend, canVerify $canVerify',
    ({ state, now, ...expected }) => {
      expect(canResend(state, now)).toBe(expected.canResend);
      expect(canVerify(state, now)).toBe(expected.canVerify);
    },
  );
});
