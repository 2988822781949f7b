import { emailMfaFactor } from '@mfa-kit/core';
import type { EmailCodeInput, MfaFlowStep } from '@mfa-kit/core';
import { useMemo } from 'react';
import { useLoginFactor } from './use-login-factor.js';
import type { MfaLoginFactorOptions, MfaLoginFactorResult } from './use-login-factor.js';
import type { RememberDeviceOffer } from './use-remember-device-offer.js';

export type { EmailCodeInput, RememberDeviceOffer };

/** Options of {@link useEmailMfa}. */
export interface UseEmailMfaOptions extends MfaLoginFactorOptions {
  /** Email the first code on mount (once, also under StrictMode). Default `true`. */
  autoSend?: boolean | undefined;
}

/** What {@link useEmailMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseEmailMfaResult extends MfaLoginFactorResult {
  /** Where the flow stands (a sent code is never `ready`). */
  step: Exclude<MfaFlowStep, 'ready'>;
  /** Emails a code (the first one; later, like `resendCode`). Returns whether a request started. */
  sendCode: () => boolean;
}

/**
 * The email-code step of a login: `emailMfaFactor` through {@link useMfaFactor}, plus the tenant's
 * remember-device policy. Sends the code, counts down resend and expiry, checks the code, and hands the sign-in
 * answer to `onVerified`. One request per action; a check in flight at unmount is cancelled.
 *
 * @example
 * const mfa = useEmailMfa({ mfaToken, onVerified: (auth) => session.start(auth) });
 * mfa.verifyCode({ code: '123456', rememberDevice: true });
 */
export function useEmailMfa({
  mfaToken,
  autoSend = true,
  onVerified,
  ...timing
}: UseEmailMfaOptions): UseEmailMfaResult {
  const factor = useLoginFactor(emailMfaFactor, mfaToken, {
    ...timing,
    params: { mfaToken },
    autoStart: autoSend,
    onVerified,
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the email step shows no send details
    const { start, details, ...flow } = factor;
    return { ...flow, sendCode: start };
  }, [factor]);
}
