import type { OtpFlowStep } from '@mfa-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { mfaKeys } from './mfa-keys.js';
import { disableSmsOptions, preDisableSmsOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';
import { flowState, mutate, useLatest, useOtpFlow, useResetOnChange } from './use-otp-flow.js';
import type { MfaCodeFlowOptions, MfaCodeFlowState } from './use-otp-flow.js';

/** Options of {@link useDisableSmsMfa}. */
export interface UseDisableSmsMfaOptions extends MfaCodeFlowOptions {
  /** The SMS device to disable (`MfaPhoneDevice.id`). Another id starts the flow over. */
  deviceId: string;
  /** Called once the device is disabled (after the devices list was refreshed). */
  onDisabled?: (() => void) | undefined;
}

/** Where disabling stands: the code flow's steps, `verified` being `disabled`. */
export type DisableSmsMfaStep = Exclude<OtpFlowStep, 'verified'> | 'disabled';

/** What {@link UseDisableSmsMfaResult.verifyCode} takes. */
export interface SmsCodeInput {
  /** What the user typed: digits only. */
  code: string;
}

/** What {@link useDisableSmsMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseDisableSmsMfaResult extends MfaCodeFlowState {
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
 * Disables one SMS device from account settings: texts a code, checks it, refreshes `useMfaDevices`. Nothing
 * is sent until `start()`.
 *
 * @example
 * const disable = useDisableSmsMfa({ deviceId: phone.id, onDisabled: () => toast('SMS MFA is off') });
 * <button onClick={disable.start}>Turn off</button>
 */
export function useDisableSmsMfa(options: UseDisableSmsMfaOptions): UseDisableSmsMfaResult {
  const { deviceId } = options;
  const client = useMfaClient();
  const queryClient = useQueryClient();
  const [session, { flow, view }] = useOtpFlow<{ phoneNumber: string | null }>(
    { phoneNumber: null },
    options,
  );
  const onDisabled = useLatest(options.onDisabled);
  const otcToken = useRef('');

  const send = useCallback(
    (action: 'send' | 'resend') =>
      session.run(action, {
        request: (signal) =>
          mutate(queryClient, preDisableSmsOptions(client), { deviceId, signal }),
        accept: (result) => {
          otcToken.current = result.otcToken;
          return { phoneNumber: result.phoneNumber ?? null };
        },
      }),
    [session, queryClient, client, deviceId],
  );
  const start = useCallback(() => send('send'), [send]);
  const resendCode = useCallback(() => send('resend'), [send]);

  const verifyCode = useCallback(
    (input: SmsCodeInput) =>
      session.run('verify', {
        code: input?.code,
        request: async (signal) => {
          await mutate(queryClient, disableSmsOptions(client), {
            deviceId,
            otcToken: otcToken.current,
            code: input?.code,
            signal,
          });
          // Refreshed before `disabled` shows, so the list never shows the device as still there.
          await queryClient.invalidateQueries({ queryKey: mfaKeys.devices });
        },
        done: () => onDisabled.current?.(),
      }),
    [session, queryClient, client, deviceId, onDisabled],
  );

  useResetOnChange(session.reset, deviceId);

  return useMemo(
    () => ({
      ...flowState(flow),
      step: flow.step === 'verified' ? 'disabled' : flow.step,
      phoneNumber: view.phoneNumber,
      start,
      resendCode,
      verifyCode,
      retry: session.retry,
      isRejectedCode: session.isRejectedCode,
      reset: session.reset,
    }),
    [flow, view, start, resendCode, verifyCode, session],
  );
}
