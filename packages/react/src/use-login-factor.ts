import type { AuthResponse, LoginCodeInput, MfaFactorSpec } from '@mfa-kit/core';
import { useMemo } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { useMfaFactor } from './use-mfa-factor.js';
import type { UseMfaFactorOptions, UseMfaFactorResult } from './use-mfa-factor.js';
import { useRememberDeviceOffer } from './use-remember-device-offer.js';
import type { RememberDeviceOffer } from './use-remember-device-offer.js';

/** Options every login factor hook takes. */
export interface MfaLoginFactorOptions extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). A new token starts the flow over. */
  mfaToken: string;
  /** Called once with the sign-in answer. The kit keeps no token: storing the session is the app's job. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
}

/** What every login factor hook returns, besides its own step and actions. */
export interface MfaLoginFactorResult extends MfaFlowResult {
  /**
   * Checks the code. Ignored (returns `false`) while a check is in flight, so a double submit sends one, and
   * for a code the server already refused (`isCodeRefused`).
   */
  verifyCode: (input: LoginCodeInput) => boolean;
  /** The sign-in answer once `verified`, else `null`. */
  auth: AuthResponse | null;
  /** The tenant's remember-device policy, asked once per `mfaToken`. */
  rememberDevice: RememberDeviceOffer;
}

/** A factor hook's result under login names: `auth` for the answer, and the remember-device offer. */
export type LoginFactor<TSpec extends MfaFactorSpec> = Omit<UseMfaFactorResult<TSpec>, 'result'> & {
  auth: AuthResponse | null;
  rememberDevice: RememberDeviceOffer;
};

/**
 * A login factor (`spec` verifies to an `AuthResponse`) with the tenant's remember-device offer: the factor's
 * result under its login names (`auth`), its send (if any) and details left for the caller to name.
 */
export function useLoginFactor<TSpec extends MfaFactorSpec>(
  spec: TSpec,
  mfaToken: string,
  options: UseMfaFactorOptions<TSpec>,
): LoginFactor<TSpec> {
  const factor = useMfaFactor(spec, options);
  const rememberDevice = useRememberDeviceOffer(mfaToken);
  return useMemo(() => {
    const { result, ...flow } = factor;
    return { ...flow, auth: result, rememberDevice };
  }, [factor, rememberDevice]);
}
