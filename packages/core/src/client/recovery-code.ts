import type { Endpoint, RequestOptions } from './http.js';
import { text } from './inputs.js';

/** A recovery code, for a user who cannot reach any second factor. */
export interface RedeemRecoveryCodeInput {
  /** The email the user signs in with. */
  email: string;
  /** The recovery code as Frontegg issued it. */
  recoveryCode: string;
}

/** The recovery code, the way out when every second factor is lost. */
export interface RecoveryCodeApi {
  /**
   * Spends the recovery code (`POST /resources/auth/v1/user/mfa/recover`). On success Frontegg removes
   * the user's MFA and answers with no tokens: sign in again with the password.
   */
  redeem: (input: RedeemRecoveryCodeInput, options?: RequestOptions) => Promise<void>;
}

/** `recoveryCode.redeem`: the spec documents no answer body, so none is read. */
export const redeemRecoveryCode: Endpoint<void> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/recover',
  body: { recoveryCode: text, email: text },
  checksCode: true,
};
