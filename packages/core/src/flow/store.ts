import { canResend, canVerify, needsNewCode, resendAllowedAt } from './guards.js';
import { DEFAULT_MFA_FLOW_CONFIG, initialMfaFlowState, transition } from './machine.js';
import { systemClock, type MfaFlowClock } from './timers.js';
import type { MfaFlowConfig, MfaFlowEvent, MfaFlowSnapshot, MfaFlowState } from './types.js';

/** Options of {@link createMfaFlowStore}. */
export interface MfaFlowStoreOptions {
  /** Minimum time between two codes, whole ms; a longer wait from the server wins. Default 30 000. */
  resendCooldownMs?: number | undefined;
  /** How long a code works after it was sent, whole ms. Default 600 000 (10 min). */
  codeTtlMs?: number | undefined;
  /** Wrong codes the server allows per code, if you know it; enables `attemptsLeft`. Default unknown. */
  maxAttempts?: number | undefined;
  /** Refused codes in a row after which the flow asks for a new code instead of checking more. Default 5. */
  maxRefusedCodes?: number | undefined;
  /** @deprecated Use `maxRefusedCodes`, which wins when both are given. */
  maxRejectedCodes?: number | undefined;
  /** Time and timers; default the real ones. */
  clock?: MfaFlowClock | undefined;
}

/**
 * An MFA flow as an external store (fits React's `useSyncExternalStore`). All methods are bound, so they may be
 * passed around on their own.
 */
export interface MfaFlowStore {
  /** Calls `listener` after each snapshot change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** The current snapshot; the same object until something displayed changes. */
  getSnapshot: () => MfaFlowSnapshot;
  /**
   * Tells the flow what happened. Returns `true` when the event was accepted, `false` when the current step
   * ignores it: make the request for `SEND`, `RESEND` or `VERIFY` only on `true` (one request per action).
   */
  send: (event: MfaFlowEvent) => boolean;
  /**
   * Replaces the options (all of them: what is left out goes back to its default). New timings apply from the
   * next code; a new clock takes over the countdown at once.
   *
   * @throws RangeError as {@link createMfaFlowStore} does.
   */
  setOptions: (options: MfaFlowStoreOptions) => void;
  /** Stops the countdown timer. Harmless to call twice; a later `send` or `subscribe` starts it again. */
  dispose: () => void;
}

const TICK: MfaFlowEvent = { type: 'TICK' };

/**
 * Creates the store around the flow machine: it keeps the state, derives the displayed seconds, and schedules a
 * single timer for the next moment a displayed second changes (none when nothing counts down).
 *
 * @throws RangeError when an option is not a usable number (a programming error, reported at once).
 */
export function createMfaFlowStore(options: MfaFlowStoreOptions = {}): MfaFlowStore {
  let config = resolveConfig(options);
  let clock = options.clock ?? systemClock;
  const listeners = new Set<() => void>();
  let state = initialMfaFlowState;
  let snapshot = toSnapshot(state, clock.now());
  let timer: unknown;

  function update(event: MfaFlowEvent): boolean {
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

  // A background tab's timers are throttled (Chrome: once a minute, or not at all while asleep): when the page is
  // shown again, the flow catches up at once, so an expiry that passed meanwhile is shown before the user types.
  const page = pageVisibility();
  const onVisible = () => {
    if (page?.visibilityState !== 'hidden') update(TICK);
  };

  return {
    subscribe: (listener) => {
      if (listeners.size === 0) page?.addEventListener('visibilitychange', onVisible);
      listeners.add(listener);
      // Catch up with time that passed while the timer was stopped.
      update(TICK);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) page?.removeEventListener('visibilitychange', onVisible);
      };
    },
    getSnapshot: () => snapshot,
    send: update,
    setOptions: (next) => {
      config = resolveConfig(next);
      clock.clearTimeout(timer);
      clock = next.clock ?? systemClock;
      update(TICK);
    },
    dispose: () => clock.clearTimeout(timer),
  };
}

/** The page's `document` where there is one (a browser, jsdom); `undefined` in Node or a worker. */
function pageVisibility():
  Pick<Document, 'visibilityState' | 'addEventListener' | 'removeEventListener'> | undefined {
  const page = (globalThis as { document?: Document }).document;
  return typeof page?.addEventListener === 'function' ? page : undefined;
}

function resolveConfig(options: MfaFlowStoreOptions): MfaFlowConfig {
  const config = { ...DEFAULT_MFA_FLOW_CONFIG };
  const given = {
    ...options,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name still counts, until it goes
    maxRefusedCodes: options.maxRefusedCodes ?? options.maxRejectedCodes,
  };
  for (const name of Object.keys(config) as (keyof MfaFlowConfig)[]) {
    const value = given[name];
    const min = name === 'resendCooldownMs' ? 0 : 1;
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < min) {
      throw new RangeError(
        `createMfaFlowStore: ${name} must be a whole number, at least ${min}; got ${value}.`,
      );
    }
    config[name] = value;
  }
  return config;
}

/** Whole seconds left until `deadline`, rounded up; 0 when it has passed or there is none. */
const secondsUntil = (deadline: number | null, now: number): number =>
  deadline !== null && deadline > now ? Math.ceil((deadline - now) / 1000) : 0;

function toSnapshot(state: MfaFlowState, now: number): MfaFlowSnapshot {
  return Object.freeze({
    ...state,
    rejectedCodesLeft: state.refusedCodesLeft,
    isPending: state.step === 'sending' || state.step === 'verifying',
    canResend: canResend(state, now),
    canVerify: canVerify(state, now),
    needsNewCode: needsNewCode(state, now),
    resendInSeconds: secondsUntil(resendAllowedAt(state), now),
    expiresInSeconds: state.expiresAt === null ? null : secondsUntil(state.expiresAt, now),
    blockedForSeconds: secondsUntil(state.blockedUntil, now),
  });
}

function sameSnapshot(a: MfaFlowSnapshot, b: MfaFlowSnapshot): boolean {
  return (Object.keys(a) as (keyof MfaFlowSnapshot)[]).every((key) => Object.is(a[key], b[key]));
}

/**
 * The earliest moment a displayed second changes: for each deadline, the next time the whole seconds left
 * (rounded up) drop by one, the last drop being the deadline itself. `Infinity` when nothing counts down.
 */
function nextDisplayChange(state: MfaFlowState, now: number): number {
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
