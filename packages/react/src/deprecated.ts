// Names before the kit had one word per concept (the flow, issue #11; the authenticator app and remove, issue
// #19): kept so existing code still compiles.
import type { MfaCodeInput, MfaFlowStep } from '@mfa-kit/core';
import { useMemo } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { useAuthenticatorMfa } from './use-authenticator-mfa.js';
import type { UseAuthenticatorMfaResult } from './use-authenticator-mfa.js';
import { useRemovePhoneWithCode } from './use-remove-phone-with-code.js';
import type { UseRemovePhoneWithCodeResult } from './use-remove-phone-with-code.js';

/** @deprecated Use {@link MfaFlowOptions}. */
export type MfaCodeFlowOptions = MfaFlowOptions;
/** @deprecated Use {@link MfaFlowResult}. */
export type MfaCodeFlowState = MfaFlowResult;

// `disable` was our word for removing a phone with a texted code (issue #19); the glossary's is `remove`.
/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated names are written in each other's terms */
/** @deprecated Use `MfaRemoveOptions` with {@link useRemovePhoneWithCode}: `onDisabled` is its `onDone`. */
export interface UseDisableSmsMfaOptions extends MfaFlowOptions {
  /** The SMS device to disable (`MfaPhoneDevice.id`). Another id starts the flow over. */
  deviceId: string;
  /** Called once the device is disabled (after the devices list was refreshed). */
  onDisabled?: (() => void) | undefined;
}

/** @deprecated Use `MfaFactorStep<typeof removePhoneWithCodeFactor>`: `disabled` is its `verified`. */
export type DisableSmsMfaStep = Exclude<MfaFlowStep, 'ready' | 'verified'> | 'disabled';

/** @deprecated Use `MfaCodeInput` from `@mfa-kit/core`. */
export type SmsCodeInput = MfaCodeInput;

/** @deprecated Use {@link UseRemovePhoneWithCodeResult}: its `verified` step is `disabled` here. */
export interface UseDisableSmsMfaResult extends Omit<UseRemovePhoneWithCodeResult, 'step'> {
  step: DisableSmsMfaStep;
}

/** @deprecated Use {@link useRemovePhoneWithCode}: the same flow, `onDone` for `onDisabled`, `verified` for `disabled`. */
export function useDisableSmsMfa({
  onDisabled,
  ...options
}: UseDisableSmsMfaOptions): UseDisableSmsMfaResult {
  const removal = useRemovePhoneWithCode({ ...options, onDone: onDisabled });
  return useMemo(
    () => ({ ...removal, step: removal.step === 'verified' ? 'disabled' : removal.step }),
    [removal],
  );
}
/* eslint-enable @typescript-eslint/no-deprecated */
/** @deprecated Use {@link useAuthenticatorMfa}. */
export const useTotpMfa = useAuthenticatorMfa;
/** @deprecated Use {@link UseAuthenticatorMfaResult}. */
export type UseTotpMfaResult = UseAuthenticatorMfaResult;
