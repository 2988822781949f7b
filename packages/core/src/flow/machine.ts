import type { MfaApiError } from '../client/errors.js';
import { canResend, canVerify } from './guards.js';
import type { MfaFlowConfig, MfaFlowEvent, MfaFlowState } from './types.js';

/**
 * The rules a flow follows unless told otherwise: 30 s between codes, codes valid for 10 min, the server's
 * attempts unknown, and a new code asked for after 5 refused ones (Frontegg's published verify limit is 10
 * requests a minute, so 5 leaves room to correct a code without being locked out).
 */
export const DEFAULT_MFA_FLOW_CONFIG: MfaFlowConfig = /* @__PURE__ */ Object.freeze({
  resendCooldownMs: 30_000,
  codeTtlMs: 600_000,
  maxAttempts: null,
  maxRefusedCodes: 5,
});

/** The state before anything happened, and after `RESET`. */
export const initialMfaFlowState: MfaFlowState = /* @__PURE__ */ Object.freeze({
  step: 'idle',
  codeSource: null,
  error: null,
  failedAction: null,
  codeSentAt: null,
  resendAvailableAt: null,
  expiresAt: null,
  attemptsLeft: null,
  refusedCodesLeft: null,
  blockedUntil: null,
});

/**
 * The next state after `event` at time `now` (epoch ms). Pure: the same arguments give the same result. An event
 * the current step does not accept is ignored: given a state already settled at `now` (the result of a `TICK` at
 * `now`), `next === state` means the event was ignored.
 *
 * A code that runs out is not turned into an error: the server never said so. The guards read the time instead
 * (`canVerify` turns false, `canResend` true), and a screen shows the expiry from `expiresAt`.
 */
export function transition(
  state: MfaFlowState,
  event: MfaFlowEvent,
  now: number,
  config: MfaFlowConfig = DEFAULT_MFA_FLOW_CONFIG,
): MfaFlowState {
  // A finished wait is over, whatever the event.
  const current =
    state.blockedUntil !== null && now >= state.blockedUntil
      ? { ...state, blockedUntil: null }
      : state;
  switch (event.type) {
    case 'SEND':
      return current.step === 'idle' || canResend(current, now)
        ? startRequest(current, 'sending')
        : current;
    case 'READY':
      // Nothing to send and nothing that expires; the server's limit of wrong codes still holds.
      return current.step === 'idle'
        ? {
            ...initialMfaFlowState,
            step: 'ready',
            codeSource: 'known',
            attemptsLeft: config.maxAttempts,
          }
        : current;
    case 'RESEND':
      return canResend(current, now) ? startRequest(current, 'sending') : current;
    case 'VERIFY':
      return canVerify(current, now) ? startRequest(current, 'verifying') : current;
    case 'CODE_SENT':
      return current.step === 'sending'
        ? {
            ...initialMfaFlowState,
            step: 'code-sent',
            codeSource: 'sent',
            codeSentAt: now,
            resendAvailableAt: now + config.resendCooldownMs,
            expiresAt: now + config.codeTtlMs,
            attemptsLeft: config.maxAttempts,
            refusedCodesLeft: config.maxRefusedCodes,
          }
        : current;
    case 'VERIFIED':
      // Nothing about the used code matters any more, and nothing counts down.
      return current.step === 'verifying' ? { ...initialMfaFlowState, step: 'verified' } : current;
    case 'FAILED':
      return current.step === 'sending' || current.step === 'verifying'
        ? fail(current, event.error, now, config)
        : current;
    case 'RESET':
      return current.step === 'idle' ? current : initialMfaFlowState;
    case 'TICK':
      return current;
  }
}

function startRequest(state: MfaFlowState, step: 'sending' | 'verifying'): MfaFlowState {
  return { ...state, step, error: null, failedAction: null };
}

function fail(
  state: MfaFlowState,
  error: MfaApiError,
  now: number,
  config: MfaFlowConfig,
): MfaFlowState {
  const action = state.step === 'sending' ? 'send' : 'verify';
  const known = state.codeSource === 'known';
  const failed: MfaFlowState = { ...state, step: 'failed', error, failedAction: action };
  // Back to where the code is entered.
  const entry = known ? 'ready' : 'code-sent';
  const retryAfterMs = error.retryAfterMs ?? 0;
  // Only a usable wait from the server counts: NaN, negative and endless values are ignored.
  const serverWaitMs = retryAfterMs > 0 && retryAfterMs < Infinity ? retryAfterMs : null;

  switch (error.kind) {
    case 'invalid-code':
    case 'bad-request':
    case 'invalid-input':
      if (action === 'send') return failed;
      if (error.kind === 'invalid-input') return { ...failed, step: entry };
      // The user can correct the code and try again; a code the server refused uses up an attempt.
      // Both counters are at least 1 here: VERIFY needs them to be.
      return {
        ...failed,
        step: entry,
        attemptsLeft: state.attemptsLeft === null ? null : state.attemptsLeft - 1,
        refusedCodesLeft: state.refusedCodesLeft === null ? null : state.refusedCodesLeft - 1,
      };
    case 'expired':
      // The code is dead: it may be replaced at once, whatever the cooldown says. A known code does not
      // expire: what did is the sign-in itself.
      return action === 'verify' && !known ? { ...failed, expiresAt: now } : failed;
    case 'too-many-attempts':
      // No more checks of a sent code; a known code cannot be replaced, so only the server's wait applies.
      return {
        ...failed,
        attemptsLeft: action === 'verify' && !known ? 0 : state.attemptsLeft,
        blockedUntil: serverWaitMs === null ? null : now + serverWaitMs,
      };
    case 'rate-limited':
      // A 429 without a stated wait (a proxy may drop the headers) waits one cooldown.
      return { ...failed, blockedUntil: now + (serverWaitMs ?? config.resendCooldownMs) };
    default:
      return failed;
  }
}
