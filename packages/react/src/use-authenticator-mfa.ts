import { authenticatorMfaFactor } from '@mfa-kit/core';
import type { MfaFactorStep } from '@mfa-kit/core';
import { useMemo } from 'react';
import { useLoginFactor } from './use-login-factor.js';
import type { MfaLoginFactorOptions, MfaLoginFactorResult } from './use-login-factor.js';

/** What {@link useAuthenticatorMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseAuthenticatorMfaResult extends MfaLoginFactorResult {
  /** Where the flow stands: `ready` from the first render, as nothing is sent. */
  step: MfaFactorStep<typeof authenticatorMfaFactor>;
}

/**
 * The authenticator-app step of a login: the code the app shows, checked against every app the user enrolled.
 * Nothing is sent first and nothing can be resent: a refused code is corrected, or the next one the app shows
 * is typed. One request per check.
 *
 * @example
 * const authenticator = useAuthenticatorMfa({ mfaToken, onVerified: (auth) => session.start(auth) });
 * authenticator.verifyCode({ code: '123456', rememberDevice: true });
 */
export function useAuthenticatorMfa({
  mfaToken,
  onVerified,
  ...timing
}: MfaLoginFactorOptions): UseAuthenticatorMfaResult {
  const factor = useLoginFactor(authenticatorMfaFactor, mfaToken, {
    ...timing,
    params: { mfaToken },
    autoStart: true,
    onVerified,
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- nothing to start or show: the code is known
    const { start, details, ...flow } = factor;
    return flow;
  }, [factor]);
}
