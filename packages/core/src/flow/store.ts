import { canResend, canVerify, needsNewCode, resendAllowedAt } from './guards.js';
import { DEFAULT_OTP_FLOW_CONFIG, initialOtpFlowState, transition } from './machine.js';
import { systemClock, type OtpFlowClock } from './timers.js';
import type { OtpFlowConfig, OtpFlowEvent, OtpFlowSnapshot, OtpFlowState } from './types.js';

/** Options of {@link createOtpFlowStore}. */
export interface OtpFlowStoreOptions {
  /** Minimum time between two codes, whole ms; a longer wait from the server wins. Default 30 000. */
  resendCooldownMs?: number | undefined;
  /** How long a code works after it was sent, whole ms. Default 600 000 (10 min). */
  codeTtlMs?: number | undefined;
  /** Wrong codes the server allows per code, if you know it; enables `attemptsLeft`. Default unknown. */
  maxAttempts?: number | undefined;
  /** Rejected codes in a row after which the flow asks for a new code instead of checking more. Default 5. */
  maxRejectedCodes?: number | undefined;
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
  let timer: unknown;

  function update(event: OtpFlowEvent): boolean {
    const now = clock.now();
    const settled = transition(state, TICK, now, config);
    state = transition(settled, event, now, config);
    const accepted = state !== settled;
    // One timer at a time, for the next displayed-second change; clearing a fired one is harmless.
    clock.clearTimeout(timer);
    const at = nextDisplayChange(state, now);
    if (at < Infinity) timer = clock.setTimeout(() => update(TICK), at - now);
    const next = toSnapshot(state, now);
    if (!sameSnapshot(snapshot, next)) {
      snapshot = next;
      // A copy, so a listener that (un)subscribes or sends does not disturb this round.
      for (const listener of [...listeners]) listener();
    }
    return accepted;
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
    dispose: () => clock.clearTimeout(timer),
  };
}

function resolveConfig(options: OtpFlowStoreOptions): OtpFlowConfig {
  const config = { ...DEFAULT_OTP_FLOW_CONFIG };
  for (const name of Object.keys(config) as (keyof OtpFlowConfig)[]) {
    const value = options[name];
    const min = name === 'resendCooldownMs' ? 0 : 1;
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(
        `createOtpFlowStore: ${name} must be a whole number, at least ${min}; got ${value}.`,
      );
    }
    config[name] = value;
  }
  return config;
}

/** Whole seconds left until `deadline`, rounded up; 0 when it has passed or there is none. */
const secondsUntil = (deadline: number | null, now: number): number =>
  deadline !== null && deadline > now ? Math.ceil((deadline - now) / 1000) : 0;

function toSnapshot(state: OtpFlowState, now: number): OtpFlowSnapshot {
  return Object.freeze({
    ...state,
    isPending: state.step === 'sending' || state.step === 'verifying',
    canResend: canResend(state, now),
    canVerify: canVerify(state, now),
    needsNewCode: needsNewCode(state, now),
    resendInSeconds: secondsUntil(resendAllowedAt(state), now),
    expiresInSeconds: state.expiresAt === null ? null : secondsUntil(state.expiresAt, now),
    blockedForSeconds: secondsUntil(state.blockedUntil, now),
  });
}

function sameSnapshot(a: OtpFlowSnapshot, b: OtpFlowSnapshot): boolean {
  return (Object.keys(a) as (keyof OtpFlowSnapshot)[]).every((key) => Object.is(a[key], b[key]));
}

/**
 * The earliest moment a displayed second changes: for each deadline, the next time the whole seconds left
 * (rounded up) drop by one, the last drop being the deadline itself. `Infinity` when nothing counts down.
 */
function nextDisplayChange(state: OtpFlowState, now: number): number {
  let next = Infinity;
  for (const deadline of [
    resendAllowedAt(state),
    state.expiresAt ?? now,
    state.blockedUntil ?? now,
  ]) {
    const left = secondsUntil(deadline, now);
    if (left > 0) next = Math.min(next, deadline - (left - 1) * 1000);
  }
  return next;
}
