import type { MfaFlowState } from './types.js';

const canAskOrCheck = (state: MfaFlowState): boolean =>
  state.step === 'code-sent' || state.step === 'ready' || state.step === 'failed';

/**
 * When asking for another code becomes allowed: at the end of the cooldown, or earlier when the code expires
 * (an expired code needs replacing, whatever the cooldown says), but never before a server-imposed wait ends.
 * `-Infinity` when nothing stands in the way.
 */
export function resendAllowedAt(state: MfaFlowState): number {
  const cooldownEnd = Math.min(state.resendAvailableAt ?? -Infinity, state.expiresAt ?? Infinity);
  return Math.max(cooldownEnd, state.blockedUntil ?? -Infinity);
}

/**
 * Guard: may another code be asked for (`RESEND`) at `now`? True in `code-sent` or `failed` once the cooldown
 * is over or the code has expired, and no wait after `rate-limited`/`too-many-attempts` is running. Never for a
 * code the user already has: there is nothing to send.
 */
export function canResend(state: MfaFlowState, now: number): boolean {
  return canAskOrCheck(state) && state.codeSource !== 'known' && now >= resendAllowedAt(state);
}

/**
 * Guard: may the entered code be checked (`VERIFY`) at `now`? True in `code-sent`, `ready` or `failed` while a
 * code is there and unexpired (a known code never expires), wrong-code attempts remain (when known), fewer than
 * `maxRefusedCodes` codes were refused and no wait is running. Never true while a check is in flight, which is
 * what makes a double submit send one request.
 */
export function canVerify(state: MfaFlowState, now: number): boolean {
  return (
    canAskOrCheck(state) &&
    (state.codeSource === 'known' || (state.expiresAt !== null && now < state.expiresAt)) &&
    state.attemptsLeft !== 0 &&
    state.refusedCodesLeft !== 0 &&
    now >= (state.blockedUntil ?? now)
  );
}

/**
 * Is the current code used up at `now`: expired, its attempts gone, or the kit's limit of refused codes
 * reached? Then only a new code helps, whatever else the flow is waiting for. Never for a known code (no
 * new one can be asked for).
 */
export function needsNewCode(state: MfaFlowState, now: number): boolean {
  return (
    canAskOrCheck(state) &&
    state.expiresAt !== null &&
    (now >= state.expiresAt || state.attemptsLeft === 0 || state.refusedCodesLeft === 0)
  );
}
