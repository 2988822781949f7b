import { canResend, canVerify, resendAllowedAt } from './guards';
import { DEFAULT_OTP_FLOW_CONFIG, initialOtpFlowState, transition } from './machine';
import { systemClock, type OtpFlowClock } from './timers';
import type { OtpFlowConfig, OtpFlowEvent, OtpFlowSnapshot, OtpFlowState } from './types';

/** Options of {@link createOtpFlowStore}. */
export interface OtpFlowStoreOptions {
  /** Minimum time between two codes; a longer wait from the server wins. Default 30 000 ms. */
  resendCooldownMs?: number | undefined;
  /** How long a code works after it was sent. Default 600 000 ms (10 min). */
  codeTtlMs?: number | undefined;
  /** Wrong codes the server allows per code, if you know it; enables `attemptsLeft`. Default unknown. */
  maxAttempts?: number | undefined;
  /** Time and timers; default the real ones. */
  clock?: OtpFlowClock | undefined;
}

/**
 * A one-time-code flow as an external store (fits React's `useSyncExternalStore`). All methods are bound, so
 * they may be passed around on their own.
 */
export interface OtpFlowStore {
  /** Calls `listener` after each snapshot change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** The current snapshot; the same object until something displayed changes. */
  getSnapshot: () => OtpFlowSnapshot;
  /**
   * Tells the flow what happened. Returns `true` when the event was accepted, `false` when the current step
   * ignores it: make the request for `SEND`, `RESEND` or `VERIFY` only on `true` (one request per action).
   */
  send: (event: OtpFlowEvent) => boolean;
  /** Stops the countdown timer. Harmless to call twice; a later `send` or `subscribe` starts it again. */
  dispose: () => void;
}

const TICK: OtpFlowEvent = { type: 'TICK' };

/**
 * Creates the store around the one-time-code machine: it keeps the state, derives the displayed seconds, and
 * schedules a single timer for the next moment a displayed second changes (none when nothing counts down).
 *
 * @throws RangeError when an option is not a usable number (a programming error, reported at once).
 */
export function createOtpFlowStore(options: OtpFlowStoreOptions = {}): OtpFlowStore {
  const config = resolveConfig(options);
  const clock = options.clock ?? systemClock;
  const listeners = new Set<() => void>();
  let state = initialOtpFlowState;
  let snapshot = toSnapshot(state, clock.now());
  let timer: { readonly handle: unknown } | null = null;

  function update(event: OtpFlowEvent): boolean {
    const now = clock.now();
    const settled = transition(state, TICK, now, config);
    state = transition(settled, event, now, config);
    const accepted = state !== settled;
    schedule(now);
    const next = toSnapshot(state, now);
    if (!sameSnapshot(snapshot, next)) {
      snapshot = next;
      // A copy, so a listener that (un)subscribes or sends does not disturb this round.
      for (const listener of [...listeners]) listener();
    }
    return accepted;
  }

  function schedule(now: number): void {
    stopTimer();
    const at = nextDisplayChange(state, now);
    if (at !== null) {
      timer = {
        handle: clock.setTimeout(() => {
          timer = null;
          update(TICK);
        }, at - now),
      };
    }
  }

  function stopTimer(): void {
    if (timer !== null) clock.clearTimeout(timer.handle);
    timer = null;
  }

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      // Catch up with time that passed while the timer was stopped.
      update(TICK);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    send: update,
    dispose: stopTimer,
  };
}

function resolveConfig(options: OtpFlowStoreOptions): OtpFlowConfig {
  const { resendCooldownMs, codeTtlMs, maxAttempts } = options;
  check(
    'resendCooldownMs',
    resendCooldownMs,
    resendCooldownMs === undefined || (Number.isFinite(resendCooldownMs) && resendCooldownMs >= 0),
    'a finite number of milliseconds, 0 or more',
  );
  check(
    'codeTtlMs',
    codeTtlMs,
    codeTtlMs === undefined || (Number.isFinite(codeTtlMs) && codeTtlMs > 0),
    'a finite number of milliseconds above 0',
  );
  check(
    'maxAttempts',
    maxAttempts,
    maxAttempts === undefined || (Number.isInteger(maxAttempts) && maxAttempts > 0),
    'a whole number above 0',
  );
  return {
    resendCooldownMs: resendCooldownMs ?? DEFAULT_OTP_FLOW_CONFIG.resendCooldownMs,
    codeTtlMs: codeTtlMs ?? DEFAULT_OTP_FLOW_CONFIG.codeTtlMs,
    maxAttempts: maxAttempts ?? DEFAULT_OTP_FLOW_CONFIG.maxAttempts,
  };
}

function check(name: string, value: unknown, valid: boolean, expected: string): void {
  if (!valid)
    throw new RangeError(`createOtpFlowStore: ${name} must be ${expected}; got ${String(value)}.`);
}

const secondsUntil = (deadline: number, now: number): number =>
  deadline > now ? Math.ceil((deadline - now) / 1000) : 0;

function toSnapshot(state: OtpFlowState, now: number): OtpFlowSnapshot {
  return Object.freeze({
    ...state,
    isPending: state.step === 'sending' || state.step === 'verifying',
    canResend: canResend(state, now),
    canVerify: canVerify(state, now),
    resendInSeconds: secondsUntil(resendAllowedAt(state), now),
    expiresInSeconds: state.expiresAt === null ? null : secondsUntil(state.expiresAt, now),
    blockedForSeconds: state.blockedUntil === null ? 0 : secondsUntil(state.blockedUntil, now),
  });
}

function sameSnapshot(a: OtpFlowSnapshot, b: OtpFlowSnapshot): boolean {
  return (Object.keys(a) as (keyof OtpFlowSnapshot)[]).every((key) => Object.is(a[key], b[key]));
}

/**
 * The earliest moment a displayed second changes: for each deadline, the next time the whole seconds left
 * (rounded up) drop by one, the last drop being the deadline itself. `null` when nothing counts down.
 */
function nextDisplayChange(state: OtpFlowState, now: number): number | null {
  let next: number | null = null;
  for (const deadline of [resendAllowedAt(state), state.expiresAt, state.blockedUntil]) {
    if (deadline === null || deadline <= now) continue;
    const change = deadline - (Math.ceil((deadline - now) / 1000) - 1) * 1000;
    if (next === null || change < next) next = change;
  }
  return next;
}
