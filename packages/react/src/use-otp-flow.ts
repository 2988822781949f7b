import type { MfaApiError, OtpFlowSnapshot, OtpFlowStoreOptions } from '@mfa-kit/core';
import { MutationObserver } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { MfaMutationOptions } from './mfa-options.js';
import { createOtpFlowSession } from './otp-flow-session.js';
import type { OtpFlowSession, OtpFlowSessionSnapshot } from './otp-flow-session.js';

/** The timing options both code hooks take; read once, when the hook mounts. */
export interface MfaCodeFlowOptions {
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
  maxRejectedCodes?: number | undefined;
  /** Time and timers of the countdowns (`OtpFlowClock`); default the real ones. For tests and custom schedulers. */
  clock?: OtpFlowStoreOptions['clock'];
}

/** What both code hooks report, besides their own step and actions. */
export interface MfaCodeFlowState {
  /** A request is in flight. */
  isPending: boolean;
  /** Whether `resendCode()` would send now. */
  canResend: boolean;
  /** Whether `verifyCode()` would check now (a code is live, attempts and no wait left). */
  canVerify: boolean;
  /** The current code is used up (expired, out of attempts, or `maxRejectedCodes` refused): ask for a new one. */
  needsNewCode: boolean;
  /** Whether the server already refused `code` for the current code; `verifyCode` then sends nothing. */
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

/** Binds a session to the component: created once, read through useSyncExternalStore, disposed at unmount. */
export function useOtpFlow<TView extends object>(
  initialView: TView,
  options: MfaCodeFlowOptions,
): [OtpFlowSession<TView>, OtpFlowSessionSnapshot<TView>] {
  // The store reads only its own options from the hook's.
  const [session] = useState(() => createOtpFlowSession(initialView, options));
  const snapshot = useSyncExternalStore(
    session.subscribe,
    session.getSnapshot,
    session.getSnapshot,
  );
  useEffect(() => session.connect(), [session]);
  return [session, snapshot];
}

/** The fields of {@link MfaCodeFlowState} that come straight from the flow. */
export function flowState({
  isPending,
  canResend,
  canVerify,
  needsNewCode,
  resendInSeconds,
  expiresInSeconds,
  blockedForSeconds,
  attemptsLeft,
  error,
  failedAction,
}: OtpFlowSnapshot) {
  return {
    isPending,
    canResend,
    canVerify,
    needsNewCode,
    resendInSeconds,
    expiresInSeconds,
    blockedForSeconds,
    attemptsLeft,
    error,
    failedAction,
  };
}

/**
 * Runs one request as a react-query mutation (cache, defaults, devtools and `useIsMutating` see it), then lets
 * the cache forget it. Nothing subscribes to it: the flow store is what renders, so a request costs no extra render.
 */
export function mutate<TData, TVariables>(
  queryClient: QueryClient,
  options: MfaMutationOptions<TData, TVariables>,
  variables: TVariables,
): Promise<TData> {
  const observer = new MutationObserver(queryClient, options);
  return observer.mutate(variables).finally(() => observer.reset());
}

/** A ref that always holds the latest `value`, so callbacks that read it can stay stable. */
export function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  });
  return ref;
}

/**
 * Calls `reset` when `key` (the login's mfaToken, the device's id) changes: a new one is a new flow. The
 * previous key lives in a ref, so StrictMode's effect replay does not count as a change.
 */
export function useResetOnChange(reset: () => void, key: string) {
  const previous = useRef(key);
  useEffect(() => {
    if (previous.current === key) return;
    previous.current = key;
    reset();
  }, [reset, key]);
}
