import type { OtpFlowState } from './types.js';

const canAskOrCheck = (state: OtpFlowState): boolean =>
  state.step === 'code-sent' || state.step === 'failed';

/**
 * When asking for another code becomes allowed: at the end of the cooldown, or earlier when the code expires
 * (an expired code needs replacing, whatever the cooldown says), but never before a server-imposed wait ends.
 * `-Infinity` when nothing stands in the way.
 */
export function resendAllowedAt(state: OtpFlowState): number {
  const cooldownEnd = Math.min(state.resendAvailableAt ?? -Infinity, state.expiresAt ?? Infinity);
  return Math.max(cooldownEnd, state.blockedUntil ?? -Infinity);
}

/**
 * Guard: may another code be asked for (`RESEND`) at `now`? True in `code-sent` or `failed` once the cooldown
 * is over or the code has expired, and no wait after `rate-limited`/`too-many-attempts` is running.
 */
export function canResend(state: OtpFlowState, now: number): boolean {
  return canAskOrCheck(state) && now >= resendAllowedAt(state);
}

/**
 * Guard: may the entered code be checked (`VERIFY`) at `now`? True in `code-sent` or `failed` while a code is
 * unexpired, wrong-code attempts remain (when known), fewer than `maxRejectedCodes` codes were rejected and
 * no wait is running. Never true while a check is in
 * flight, which is what makes a double submit send one request.
 */
export function canVerify(state: OtpFlowState, now: number): boolean {
  return (
    canAskOrCheck(state) &&
    state.expiresAt !== null &&
    now < state.expiresAt &&
    state.attemptsLeft !== 0 &&
    state.rejectedCodesLeft !== 0 &&
    now >= (state.blockedUntil ?? now)
  );
}

/**
 * Is the current code used up at `now`: expired, its attempts gone, or the kit's limit of rejected codes
 * reached? Then only a new code helps, whatever else the flow is waiting for.
 */
export function needsNewCode(state: OtpFlowState, now: number): boolean {
  return (
    canAskOrCheck(state) &&
    state.expiresAt !== null &&
    (now >= state.expiresAt || state.attemptsLeft === 0 || state.rejectedCodesLeft === 0)
  );
}
