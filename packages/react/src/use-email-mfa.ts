import { emailMfaFactor } from '@mfa-kit/core';
import type { AuthResponse, EmailCodeInput, OtpFlowStep } from '@mfa-kit/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { rememberDevicePolicyOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';
import { useMfaFactor } from './use-mfa-factor.js';

export type { EmailCodeInput };

/** Options of {@link useEmailMfa}. */
export interface UseEmailMfaOptions extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). A new token starts the flow over. */
  mfaToken: string;
  /** Email the first code on mount (once, also under StrictMode). Default `true`. */
  autoSend?: boolean | undefined;
  /** Called once with the sign-in answer. The kit keeps no token: storing the session is the app's job. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
}

/** The tenant's remember-device policy, as a screen needs it. */
export interface RememberDeviceOffer {
  /** Whether to offer "remember this device"; `false` while the policy is loading or could not be read. */
  allowed: boolean;
  /** For how many days (rounded) a remembered device skips MFA. */
  days: number;
}

/** What {@link useEmailMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseEmailMfaResult extends MfaFlowResult {
  /** Where the flow stands. */
  step: OtpFlowStep;
  /** Emails a code (the first one; later, like `resendCode`). Returns whether a request started. */
  sendCode: () => boolean;
  /**
   * Checks the code. Ignored (returns `false`) while a check is in flight, so a double submit sends one, and
   * for a code the server already refused (`isRejectedCode`).
   */
  verifyCode: (input: EmailCodeInput) => boolean;
  /** The sign-in answer once `verified`, else `null`. */
  auth: AuthResponse | null;
  /** The remember-device policy, asked once per `mfaToken`. */
  rememberDevice: RememberDeviceOffer;
}

const NOT_OFFERED: RememberDeviceOffer = Object.freeze({ allowed: false, days: 0 });

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
  const client = useMfaClient();
  const factor = useMfaFactor(emailMfaFactor, {
    ...timing,
    params: { mfaToken },
    autoStart: autoSend,
    onVerified,
  });
  const { data: policy } = useQuery({
    ...rememberDevicePolicyOptions(client, mfaToken),
    enabled: typeof mfaToken === 'string' && mfaToken !== '',
  });
  const rememberDevice = useMemo(
    () =>
      policy
        ? {
            allowed: policy.isAllowedToRemember,
            days: Math.round(policy.mfaDeviceExpiration / 86_400),
          }
        : NOT_OFFERED,
    [policy],
  );

  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the email step shows no send details
    const { start, result, details, ...flow } = factor;
    return { ...flow, sendCode: start, auth: result, rememberDevice };
  }, [factor, rememberDevice]);
}
