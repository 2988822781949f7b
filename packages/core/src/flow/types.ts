import type { MfaApiError } from '../client/errors.js';

/**
 * Where an MFA flow stands.
 *
 * A code that is sent (or a challenge): `idle -> sending -> code-sent -> verifying -> verified`. A code the
 * user already has (an authenticator app, a recovery code): `idle -> ready -> verifying -> verified`.
 * `failed` carries the error. Screens may rename a step (the SMS-disable flow calls `verified` "disabled").
 */
export type MfaFlowStep =
  'idle' | 'sending' | 'code-sent' | 'ready' | 'verifying' | 'verified' | 'failed';

/** The request a flow makes: ask for a code, or check one. A failure remembers which, so a retry repeats it. */
export type MfaFlowAction = 'send' | 'verify';

/**
 * Where the code being checked comes from: `sent` by the server (it expires, and another may be asked
 * for), or `known` to the user already (nothing to send, nothing expires).
 */
export type MfaCodeSource = 'sent' | 'known';

/**
 * What happened, as told to the machine. Events that make no sense in the current step are ignored.
 *
 * - `SEND`: ask for the first code (from `idle`).
 * - `READY`: the user already has a code to check (from `idle`): no send, no expiry, no resend.
 * - `RESEND`: ask for another code, also the retry of a failed send (from `code-sent` or `failed`, when `canResend`).
 * - `CODE_SENT`: the server sent the code (from `sending`).
 * - `VERIFY`: check the entered code, also the retry of a failed check (from `code-sent`, `ready` or `failed`, when
 *   `canVerify`).
 * - `VERIFIED`: the server accepted the code (from `verifying`).
 * - `FAILED`: the request in flight failed (from `sending` or `verifying`).
 * - `RESET`: back to `idle`, forgetting everything.
 * - `TICK`: time passed; clears a finished wait (a store sends it by itself).
 */
export type MfaFlowEvent =
  | { readonly type: 'SEND' }
  | { readonly type: 'READY' }
  | { readonly type: 'RESEND' }
  | { readonly type: 'CODE_SENT' }
  | { readonly type: 'VERIFY' }
  | { readonly type: 'VERIFIED' }
  | { readonly type: 'FAILED'; readonly error: MfaApiError }
  | { readonly type: 'RESET' }
  | { readonly type: 'TICK' };

/** The name of an {@link MfaFlowEvent}. */
export type MfaFlowEventType = MfaFlowEvent['type'];

/**
 * Everything the machine remembers. Times are epoch milliseconds from the flow's clock; `null` means "not known"
 * or "does not apply".
 */
export interface MfaFlowState {
  /** Where the flow stands. */
  readonly step: MfaFlowStep;
  /** Where the current code comes from; `null` before there is one. */
  readonly codeSource: MfaCodeSource | null;
  /** Why the last request failed; set in `failed`, and in `code-sent` or `ready` after a wrong code. */
  readonly error: MfaApiError | null;
  /** Which request failed (set exactly when `error` is), so a retry can repeat it. */
  readonly failedAction: MfaFlowAction | null;
  /** When the current code was sent. */
  readonly codeSentAt: number | null;
  /** When asking for another code is allowed again: the cooldown, or the server's wait when longer. */
  readonly resendAvailableAt: number | null;
  /** When the current code stops working; `null` for a known code, which the kit cannot time. */
  readonly expiresAt: number | null;
  /** Wrong codes still allowed for the current code, when the server's limit is known. */
  readonly attemptsLeft: number | null;
  /**
   * Codes the flow will still check for the current code before it asks for a new one (the kit's own
   * limit, `maxRefusedCodes`), so that it never uses up the server's attempts; `null` before a code, and for a
   * known code (no new one can be asked for).
   */
  readonly refusedCodesLeft: number | null;
  /** Until when every request waits, after `too-many-attempts` or `rate-limited`. */
  readonly blockedUntil: number | null;
}

/** The timing rules a flow follows. */
export interface MfaFlowConfig {
  /** Minimum time between two codes. */
  readonly resendCooldownMs: number;
  /** How long a code works after it was sent. */
  readonly codeTtlMs: number;
  /** Wrong codes allowed per code, when the server's limit is known; `null` when it is not. */
  readonly maxAttempts: number | null;
  /** Refused codes in a row after which the flow stops checking and asks for a new code. */
  readonly maxRefusedCodes: number;
  /** @deprecated Use `maxRefusedCodes`: the flow reads only that (`createMfaFlowStore` still takes this name). */
  readonly maxRejectedCodes?: number | undefined;
}

/**
 * What a screen shows: the machine state plus values derived at the store's clock, in whole seconds so that
 * a new snapshot appears only when something displayed changes.
 */
export interface MfaFlowSnapshot extends MfaFlowState {
  /** @deprecated Use `refusedCodesLeft`: the same number (a store's snapshot still has it; a state does not). */
  readonly rejectedCodesLeft: number | null;
  /** A request is in flight (`sending` or `verifying`). */
  readonly isPending: boolean;
  /** Whether `RESEND` would be accepted now. */
  readonly canResend: boolean;
  /** Whether `VERIFY` would be accepted now. */
  readonly canVerify: boolean;
  /**
   * The current code can no longer be used (it expired, its attempts are used up, or `maxRefusedCodes`
   * codes were refused): the way forward is a new code.
   */
  readonly needsNewCode: boolean;
  /** Whole seconds until another code may be asked for; 0 when it may (or no code was sent). */
  readonly resendInSeconds: number;
  /**
   * Whole seconds until the current code expires; 0 once it has (ask for a new one), `null` when no code was
   * sent.
   */
  readonly expiresInSeconds: number | null;
  /** Whole seconds until the wait after `too-many-attempts` or `rate-limited` is over; 0 when not blocked. */
  readonly blockedForSeconds: number;
}
