import type { KnownCodeFactorSpec, MfaCodeInput } from './types.js';

/**
 * The recovery code, when no second factor can be reached: spending it removes the user's MFA, and the answer
 * holds no session, so the user signs in again with the password. `code` is the recovery code as issued (its
 * format is Frontegg's, undocumented; not a 6-digit code); use `normalizeRecoveryCode` on what was typed.
 */
export const recoveryCodeFactor: KnownCodeFactorSpec<{ email: string }, MfaCodeInput, void> = {
  kind: 'known-code',
  verify: {
    name: ['recovery-code', 'redeem'],
    request: (client, { email, code }, options) =>
      client.recoveryCode.redeem({ email, recoveryCode: code }, options),
  },
};
