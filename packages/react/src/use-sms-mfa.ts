import { smsMfaFactor } from '@mfa-kit/core';
import type { MfaFactorStep } from '@mfa-kit/core';
import { useMemo } from 'react';
import { useLoginFactor } from './use-login-factor.js';
import type { MfaLoginFactorOptions, MfaLoginFactorResult } from './use-login-factor.js';

/** Options of {@link useSmsMfa}. */
export interface UseSmsMfaOptions extends MfaLoginFactorOptions {
  /** The phone to text: `MfaPhoneDevice.id` from the login answer's `mfaDevices.phones`. */
  deviceId: string;
  /** Text the first code on mount (once, also under StrictMode). Default `true`. */
  autoSend?: boolean | undefined;
}

/** What {@link useSmsMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseSmsMfaResult extends MfaLoginFactorResult {
  step: MfaFactorStep<typeof smsMfaFactor>;
  /** Texts a code (the first one; later, like `resendCode`). Returns whether a request started. */
  sendCode: () => boolean;
  /** Where the code went, as the server shows it (usually masked); `null` before it was sent or unsaid. */
  phoneNumber: string | null;
}

/**
 * The SMS step of a login: texts a code to one phone, counts down resend and expiry, checks the code. One
 * request per action; a check in flight at unmount is cancelled.
 *
 * @example
 * const sms = useSmsMfa({ mfaToken, deviceId: phone.id, onVerified: (auth) => session.start(auth) });
 * sms.verifyCode({ code: '123456' });
 */
export function useSmsMfa({
  mfaToken,
  deviceId,
  autoSend = true,
  onVerified,
  ...timing
}: UseSmsMfaOptions): UseSmsMfaResult {
  const factor = useLoginFactor(smsMfaFactor, mfaToken, {
    ...timing,
    params: { mfaToken, deviceId },
    autoStart: autoSend,
    onVerified,
  });
  return useMemo(() => {
    const { start, details, ...flow } = factor;
    return { ...flow, sendCode: start, phoneNumber: details?.phoneNumber ?? null };
  }, [factor]);
}
