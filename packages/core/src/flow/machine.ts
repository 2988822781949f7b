import { MfaApiError } from '../client/errors';
import { canResend, canVerify } from './guards';
import type { OtpFlowConfig, OtpFlowEvent, OtpFlowState } from './types';

/** The timing a flow follows unless told otherwise: 30 s between codes, codes valid for 10 min, attempts unknown. */
export const DEFAULT_OTP_FLOW_CONFIG: OtpFlowConfig = Object.freeze({
  resendCooldownMs: 30_000,
  codeTtlMs: 600_000,
  maxAttempts: null,
});

/** The state before anything happened, and after `RESET`. */
export const initialOtpFlowState: OtpFlowState = Object.freeze({
  step: 'idle',
  error: null,
  failedAction: null,
  codeSentAt: null,
  resendAvailableAt: null,
  expiresAt: null,
  attemptsLeft: null,
  blockedUntil: null,
});

/**
 * The next state after `event` at time `now` (epoch ms). Pure: the same arguments give the same result. An event
 * the current step does not accept is ignored: given a state already settled at `now` (the result of a `TICK` at
 * `now`), `next === state` means the event was ignored.
 *
 * Time is settled before and after the event, whatever it is: a finished wait is cleared, and a code that ran out
 * while waiting to be entered moves the flow to `failed` with an `expired` error, asking for a new code.
 */
export function transition(
  state: OtpFlowState,
  event: OtpFlowEvent,
  now: number,
  config: OtpFlowConfig = DEFAULT_OTP_FLOW_CONFIG,
): OtpFlowState {
  return settle(apply(settle(state, now), event, now, config), now);
}

function apply(
  current: OtpFlowState,
  event: OtpFlowEvent,
  now: number,
  config: OtpFlowConfig,
): OtpFlowState {
  switch (event.type) {
    case 'SEND':
      return current.step === 'idle' || canResend(current, now)
        ? startRequest(current, 'sending')
        : current;
    case 'RESEND':
      return canResend(current, now) ? startRequest(current, 'sending') : current;
    case 'VERIFY':
      return canVerify(current, now) ? startRequest(current, 'verifying') : current;
    case 'CODE_SENT':
      return current.step === 'sending'
        ? {
            ...initialOtpFlowState,
            step: 'code-sent',
            codeSentAt: now,
            resendAvailableAt: now + config.resendCooldownMs,
            expiresAt: now + config.codeTtlMs,
            attemptsLeft: config.maxAttempts,
          }
        : current;
    case 'VERIFIED':
      // Nothing about the used code matters any more, and nothing counts down.
      return current.step === 'verifying' ? { ...initialOtpFlowState, step: 'verified' } : current;
    case 'FAILED':
      return current.step === 'sending' || current.step === 'verifying'
        ? fail(current, event.error, now, config)
        : current;
    case 'RESET':
      return current.step === 'idle' ? current : initialOtpFlowState;
    case 'TICK':
      return current;
  }
}

function startRequest(state: OtpFlowState, step: 'sending' | 'verifying'): OtpFlowState {
  return { ...state, step, error: null, failedAction: null };
}

function settle(state: OtpFlowState, now: number): OtpFlowState {
  let next = state;
  if (next.blockedUntil !== null && now >= next.blockedUntil) {
    next = { ...next, blockedUntil: null };
  }
  if (next.step === 'code-sent' && next.expiresAt !== null && now >= next.expiresAt) {
    next = {
      ...next,
      step: 'failed',
      failedAction: 'verify',
      error: new MfaApiError({
        kind: 'expired',
        message: 'The code has expired. Ask for a new code.',
      }),
    };
  }
  return next;
}

function fail(
  state: OtpFlowState,
  error: MfaApiError,
  now: number,
  config: OtpFlowConfig,
): OtpFlowState {
  const action = state.step === 'sending' ? 'send' : 'verify';
  const failed: OtpFlowState = { ...state, step: 'failed', error, failedAction: action };
  const serverWaitMs =
    error.retryAfterMs !== undefined &&
    Number.isFinite(error.retryAfterMs) &&
    error.retryAfterMs > 0
      ? error.retryAfterMs
      : null;

  switch (error.kind) {
    case 'aborted':
      // Cancelled, not failed: back to where the flow was before the request.
      return state.codeSentAt === null
        ? initialOtpFlowState
        : { ...state, step: 'code-sent', error: null, failedAction: null };
    case 'invalid-code':
    case 'bad-request':
    case 'invalid-input':
      if (action === 'send') return failed;
      // The user can correct the code and try again. Only a code the server checked uses up an attempt.
      return {
        ...failed,
        step: 'code-sent',
        attemptsLeft:
          state.attemptsLeft === null || error.kind === 'invalid-input'
            ? state.attemptsLeft
            : Math.max(0, state.attemptsLeft - 1),
      };
    case 'expired':
      return action === 'verify'
        ? { ...failed, expiresAt: Math.min(state.expiresAt ?? now, now) }
        : failed;
    case 'too-many-attempts':
      return {
        ...failed,
        attemptsLeft: action === 'verify' ? 0 : state.attemptsLeft,
        blockedUntil: serverWaitMs === null ? null : now + serverWaitMs,
      };
    case 'rate-limited':
      // A 429 without a stated wait (a proxy may drop the headers) waits one cooldown.
      return { ...failed, blockedUntil: now + (serverWaitMs ?? config.resendCooldownMs) };
    default:
      return failed;
  }
}
