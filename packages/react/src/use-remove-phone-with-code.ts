import { removePhoneWithCodeFactor } from '@mfa-kit/core';
import type { MfaCodeInput, MfaFactorStep } from '@mfa-kit/core';
import { useMemo } from 'react';
import type { MfaFlowResult } from './mfa-flow-types.js';
import type { MfaRemoveOptions } from './use-manage-mfa.js';
import { useMfaFactor } from './use-mfa-factor.js';

/** What {@link useRemovePhoneWithCode} returns. Stable: a new object only when something it holds changes. */
export interface UseRemovePhoneWithCodeResult extends MfaFlowResult {
  step: MfaFactorStep<typeof removePhoneWithCodeFactor>;
  /** Texts the code to the phone. Returns whether a request started. */
  start: () => boolean;
  /**
   * Checks the code and removes the phone. Ignored (returns `false`) while a check is in flight, and for a code
   * the server already refused.
   */
  verifyCode: (input: MfaCodeInput) => boolean;
  /** Where the code went, as the server shows it (usually masked); `null` until a code was sent. */
  phoneNumber: string | null;
}

/**
 * Removes a phone in account settings with a code texted to it (`removePhoneWithCodeFactor`): the way for the
 * user's last method (`mfaRemoval`'s `phone-with-code`); with another method left, `useRemovePhone` removes it in
 * one press. Texts a code, checks it, refreshes `useMfaDevices`, then calls `onDone`. Nothing is sent until
 * `start()`; another `deviceId` starts the flow over.
 *
 * @example
 * const removal = useRemovePhoneWithCode({ deviceId: phone.id, onDone: () => toast('Phone removed') });
 * <button onClick={removal.start}>Text me a code</button>
 */
export function useRemovePhoneWithCode({
  deviceId,
  onDone,
  ...timing
}: MfaRemoveOptions): UseRemovePhoneWithCodeResult {
  const factor = useMfaFactor(removePhoneWithCodeFactor, {
    ...timing,
    params: { deviceId },
    onVerified: onDone && (() => onDone()),
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the phone is simply gone: no answer
    const { details, result, ...flow } = factor;
    return { ...flow, phoneNumber: details?.phoneNumber ?? null };
  }, [factor]);
}
