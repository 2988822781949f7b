import { normalizeRecoveryCode, recoveryCodeFactor } from '@mfa-kit/core';
import type { MfaFactorStep } from '@mfa-kit/core';
import { useCallback, useMemo } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { useMfaFactor } from './use-mfa-factor.js';

/** Options of {@link useRecoveryCode}. */
export interface UseRecoveryCodeOptions extends MfaFlowOptions {
  /** The email the user signs in with (the one typed at the password step, or `AuthResponse.userEmail`). */
  email: string;
  /** Called once the code was accepted: MFA is off, and the user signs in again with the password. */
  onRecovered?: (() => void) | undefined;
}

/** What {@link useRecoveryCode} returns. Stable: a new object only when something it holds changes. */
export interface UseRecoveryCodeResult extends MfaFlowResult {
  step: MfaFactorStep<typeof recoveryCodeFactor>;
  /**
   * Spends the recovery code, as typed or pasted (spaces and dashes between groups tolerated). Ignored
   * (`false`) while a check is in flight and for a code the server already refused.
   */
  redeem: (code: string) => boolean;
  /** The code was accepted: MFA is removed, nothing is signed in yet. */
  recovered: boolean;
}

/**
 * The recovery code, when no second factor can be reached. Spending it removes the user's MFA and signs nobody
 * in: the answer has no tokens, so the way on is the password again (Frontegg's behaviour).
 *
 * @example
 * const recovery = useRecoveryCode({ email, onRecovered: () => navigate('/sign-in') });
 * recovery.redeem('CAUF-97UL-VTB3');
 */
export function useRecoveryCode({
  email,
  onRecovered,
  ...timing
}: UseRecoveryCodeOptions): UseRecoveryCodeResult {
  const factor = useMfaFactor(recoveryCodeFactor, {
    ...timing,
    params: { email },
    autoStart: true,
    onVerified: onRecovered && (() => onRecovered()),
  });
  const { verifyCode, isCodeRefused } = factor;
  const redeem = useCallback(
    (code: string) => verifyCode({ code: normalizeRecoveryCode(code) }),
    [verifyCode],
  );
  const isTypedCodeRefused = useCallback(
    (code: string) => isCodeRefused(normalizeRecoveryCode(code)),
    [isCodeRefused],
  );
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- nothing is sent, and the answer holds nothing
    const { start, details, result, verifyCode: _verify, ...flow } = factor;
    return {
      ...flow,
      isCodeRefused: isTypedCodeRefused,
      isRejectedCode: isTypedCodeRefused,
      redeem,
      recovered: factor.step === 'verified',
    };
  }, [factor, redeem, isTypedCodeRefused]);
}
