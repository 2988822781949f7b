import { webAuthnMfaFactor } from '@mfa-kit/core';
import type { MfaFactorStep, WebAuthnLoginInput } from '@mfa-kit/core';
import { useMemo } from 'react';
import { useCeremonyPress } from './use-ceremony-press.js';
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
  const authenticate = useCeremonyPress(factor);

  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the press does all of these
    const { start: _start, details, verifyCode: _verify, ...flow } = factor;
    return { ...flow, authenticate: (input: WebAuthnLoginInput = {}) => authenticate(input) };
  }, [factor, authenticate]);
}
