import { webAuthnMfaFactor } from '@mfa-kit/core';
import type { MfaFactorStep, WebAuthnLoginInput } from '@mfa-kit/core';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { MfaFlowResult } from './mfa-flow-types.js';
import { useLoginFactor } from './use-login-factor.js';
import type { MfaLoginFactorOptions, MfaLoginFactorResult } from './use-login-factor.js';

/** Options of {@link useWebAuthnMfa}. */
export interface UseWebAuthnMfaOptions extends MfaLoginFactorOptions {
  /** The passkey or security key: `MfaWebAuthnDevice.id` from the login answer's `mfaDevices.webauthn`. */
  deviceId: string;
  /**
   * Fetch the challenge on mount, so the user's press runs the browser's prompt at once (Safari asks for the
   * prompt to follow a press directly). Default `true`.
   */
  autoStart?: boolean | undefined;
}

/** What {@link useWebAuthnMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseWebAuthnMfaResult extends Omit<MfaLoginFactorResult, 'verifyCode'> {
  /** `verifying` while the browser's prompt is open and while the answer is checked. */
  step: MfaFactorStep<typeof webAuthnMfaFactor>;
  /**
   * What the user's press does: opens the browser's prompt and sends its answer, fetching a challenge first
   * when none is usable (none yet, expired, or the server refused the last answer). Ignored (`false`) while one
   * runs or during a wait.
   */
  authenticate: (input?: WebAuthnLoginInput) => boolean;
}

// Failures of the browser's prompt leave the challenge unspent: the same one can be signed again.
const PROMPT_FAILURES = new Set<string>([
  'webauthn-cancelled',
  'webauthn-no-credential',
  'webauthn-unsupported',
  'webauthn-insecure-context',
  'aborted',
]);

type ChallengeState = Pick<MfaFlowResult, 'error' | 'failedAction' | 'expiresInSeconds'> & {
  step: string;
};

/** Whether the challenge in hand can be signed, or a new one must be fetched first. */
const challengeUsable = ({ step, error, failedAction, expiresInSeconds }: ChallengeState) =>
  (step === 'code-sent' || (step === 'failed' && failedAction === 'verify')) &&
  expiresInSeconds !== 0 &&
  (error === null || PROMPT_FAILURES.has(error.kind));

/**
 * A passkey or security key at login: fetches a challenge for the device, and on the user's press has the
 * browser sign it and sends the answer. Requests per press: the API minimum (the verify, plus a new challenge
 * only when the last one cannot be used). Every failure is a specific `MfaApiError`: the prompt closed or timed
 * out (`webauthn-cancelled`), no key here, no WebAuthn in this browser, an insecure page.
 *
 * @example
 * const key = useWebAuthnMfa({ mfaToken, deviceId, onVerified: (auth) => session.start(auth) });
 * <button onClick={() => key.authenticate({ rememberDevice })}>Use passkey</button>
 */
export function useWebAuthnMfa({
  mfaToken,
  deviceId,
  autoStart = true,
  onVerified,
  resendCooldownMs = 0,
  ...timing
}: UseWebAuthnMfaOptions): UseWebAuthnMfaResult {
  const factor = useLoginFactor(webAuthnMfaFactor, mfaToken, {
    ...timing,
    resendCooldownMs,
    params: { mfaToken, deviceId },
    autoStart,
    onVerified,
  });
  const { start, resendCode, verifyCode, step } = factor;
  // A press that had to wait for a challenge: signed as soon as the challenge is there.
  const waiting = useRef<WebAuthnLoginInput | null>(null);
  const latest = useRef(factor);
  useEffect(() => {
    latest.current = factor;
  });

  useEffect(() => {
    const input = waiting.current;
    if (input === null || step === 'sending') return;
    waiting.current = null;
    if (step === 'code-sent') verifyCode(input);
  }, [step, verifyCode]);

  const authenticate = useCallback(
    (input: WebAuthnLoginInput = {}) => {
      const current = latest.current;
      if (challengeUsable(current)) return verifyCode(input);
      if (current.step === 'sending') {
        waiting.current = input;
        return true;
      }
      const fetching = current.step === 'idle' ? start() : resendCode();
      if (fetching) waiting.current = input;
      return fetching;
    },
    [start, resendCode, verifyCode],
  );

  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the press does all of these
    const { start: _start, details, verifyCode: _verify, ...flow } = factor;
    return { ...flow, authenticate };
  }, [factor, authenticate]);
}
