import { disableSmsMfaFactor } from '@mfa-kit/core';
import type { MfaCodeInput, MfaFlowStep } from '@mfa-kit/core';
import { useMemo } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { useMfaFactor } from './use-mfa-factor.js';

/** Options of {@link useDisableSmsMfa}. */
export interface UseDisableSmsMfaOptions extends MfaFlowOptions {
  /** The SMS device to disable (`MfaPhoneDevice.id`). Another id starts the flow over. */
  deviceId: string;
  /** Called once the device is disabled (after the devices list was refreshed). */
  onDisabled?: (() => void) | undefined;
}

/** Where disabling stands: the sent-code flow's steps (never `ready`), `verified` being `disabled`. */
export type DisableSmsMfaStep = Exclude<MfaFlowStep, 'ready' | 'verified'> | 'disabled';

/** What {@link UseDisableSmsMfaResult.verifyCode} takes. */
export type SmsCodeInput = MfaCodeInput;

/** What {@link useDisableSmsMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseDisableSmsMfaResult extends MfaFlowResult {
  step: DisableSmsMfaStep;
  /** Texts the code to the device's phone. Returns whether a request started. */
  start: () => boolean;
  /**
   * Checks the code and disables the device. Ignored (returns `false`) while a check is in flight, and for a
   * code the server already refused (`isRejectedCode`).
   */
  verifyCode: (input: SmsCodeInput) => boolean;
  /** Where the code went, as the server shows it (usually masked); `null` until a code was sent. */
  phoneNumber: string | null;
}

/**
 * Disables one SMS device from account settings: `disableSmsMfaFactor` through `useMfaFactor`. Texts a code,
 * checks it, refreshes `useMfaDevices`. Nothing is sent until `start()`.
 *
 * @example
 * const disable = useDisableSmsMfa({ deviceId: phone.id, onDisabled: () => toast('SMS MFA is off') });
 * <button onClick={disable.start}>Turn off</button>
 */
export function useDisableSmsMfa({
  deviceId,
  onDisabled,
  ...timing
}: UseDisableSmsMfaOptions): UseDisableSmsMfaResult {
  const factor = useMfaFactor(disableSmsMfaFactor, {
    ...timing,
    params: { deviceId },
    onVerified: onDisabled && (() => onDisabled()),
  });
  return useMemo(() => {
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the device is simply off: no answer
    const { step, details, result, ...flow } = factor;
    return {
      ...flow,
      step: step === 'verified' ? 'disabled' : step,
      phoneNumber: details?.phoneNumber ?? null,
    };
  }, [factor]);
}
