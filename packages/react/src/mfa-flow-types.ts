import type { MfaApiError, MfaFlowStoreOptions } from '@mfa-kit/core';

/** The timing options every factor hook takes. Changes after mount apply from the next code. */
export interface MfaFlowOptions {
  /** Minimum time between two codes, ms; a longer wait from the server wins. Default 30 000. */
  resendCooldownMs?: number | undefined;
  /** How long a code works after it was sent, ms. Default 600 000 (10 minutes). */
  codeTtlMs?: number | undefined;
  /** Wrong codes your server allows per code, if you know it; enables `attemptsLeft`. */
  maxAttempts?: number | undefined;
  /**
   * Refused codes in a row after which the flow stops checking and asks for a new code, so the kit never
   * uses up the server's attempts on its own. Default 5.
   */
  maxRefusedCodes?: number | undefined;
  /** @deprecated Use `maxRefusedCodes`, which wins when both are given. */
  maxRejectedCodes?: number | undefined;
  /** Time and timers of the countdowns (`MfaFlowClock`); default the real ones. For tests and custom schedulers. */
  clock?: MfaFlowStoreOptions['clock'];
}

/** What every factor hook reports, besides its own step, answers and actions. */
export interface MfaFlowResult {
  /** A request is in flight. */
  isPending: boolean;
  /** Whether `resendCode()` would send now. */
  canResend: boolean;
  /** Whether `verifyCode()` would check now (a code is live, attempts and no wait left). */
  canVerify: boolean;
  /** The current code is used up (expired, out of attempts, or `maxRefusedCodes` refused): ask for a new one. */
  needsNewCode: boolean;
  /** Whether the server already refused `code` for the current code; `verifyCode` then sends nothing. */
  isCodeRefused: (code: string) => boolean;
  /** @deprecated Use `isCodeRefused`: the same function. */
  isRejectedCode: (code: string) => boolean;
  /** Whole seconds until another code may be asked for; 0 when it may. */
  resendInSeconds: number;
  /** Whole seconds until the code expires; 0 once it has; `null` before a code was sent. */
  expiresInSeconds: number | null;
  /** Whole seconds of the wait after `too-many-attempts` or `rate-limited`; 0 when not blocked. */
  blockedForSeconds: number;
  /** Wrong codes still allowed, when `maxAttempts` is known (0 after `too-many-attempts`); else `null`. */
  attemptsLeft: number | null;
  /** Why the last request failed; `null` once a new one starts. */
  error: MfaApiError | null;
  /** Which request failed: what `retry()` repeats. */
  failedAction: 'send' | 'verify' | null;
  /** Asks for another code (when `canResend`). Returns whether a request started. */
  resendCode: () => boolean;
  /** Repeats the failed request (a send, or a check of the same code), when the flow is `failed` and may. */
  retry: () => boolean;
  /** Cancels any request in flight and goes back to `idle`. */
  reset: () => void;
}
