import type { AuthResponse, OtpFlowStep } from '@mfa-kit/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import {
  rememberDevicePolicyOptions,
  sendEmailCodeOptions,
  verifyEmailCodeOptions,
} from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';
import { flowState, mutate, useLatest, useOtpFlow, useResetOnChange } from './use-otp-flow.js';
import type { MfaCodeFlowOptions, MfaCodeFlowState } from './use-otp-flow.js';

/** Options of {@link useEmailMfa}. */
export interface UseEmailMfaOptions extends MfaCodeFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). A new token starts the flow over. */
  mfaToken: string;
  /** Email the first code on mount (once, also under StrictMode). Default `true`. */
  autoSend?: boolean | undefined;
  /** Called once with the sign-in answer. The kit keeps no token: storing the session is the app's job. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
}

/** What {@link UseEmailMfaResult.verifyCode} takes. */
export interface EmailCodeInput {
  /** What the user typed: digits only. */
  code: string;
  /** Skip MFA on this device next time; offer it only when `rememberDevice.allowed`. */
  rememberDevice?: boolean | undefined;
}

/** The tenant's remember-device policy, as a screen needs it. */
export interface RememberDeviceOffer {
  /** Whether to offer "remember this device"; `false` while the policy is loading or could not be read. */
  allowed: boolean;
  /** For how many days (rounded) a remembered device skips MFA. */
  days: number;
}

/** What {@link useEmailMfa} returns. Stable: a new object only when something it holds changes. */
export interface UseEmailMfaResult extends MfaCodeFlowState {
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
 * The email-code step of a login: sends the code, counts down resend and expiry, checks the code, and hands the
 * sign-in answer to `onVerified`. One request per action; a check in flight at unmount is cancelled.
 *
 * @example
 * const mfa = useEmailMfa({ mfaToken, onVerified: (auth) => session.start(auth) });
 * mfa.verifyCode({ code: '123456', rememberDevice: true });
 */
export function useEmailMfa(options: UseEmailMfaOptions): UseEmailMfaResult {
  const { mfaToken, autoSend = true } = options;
  const client = useMfaClient();
  const queryClient = useQueryClient();
  const [session, { flow, view }] = useOtpFlow<{ auth: AuthResponse | null }>(
    { auth: null },
    options,
  );
  const onVerified = useLatest(options.onVerified);
  // The server's handle on the sent code: needed to verify, never shown.
  const otcToken = useRef('');

  const send = useCallback(
    (action: 'send' | 'resend') =>
      session.run(action, {
        request: (signal) =>
          mutate(queryClient, sendEmailCodeOptions(client), { mfaToken, signal }),
        accept: (result) => {
          otcToken.current = result.otcToken;
        },
      }),
    [session, queryClient, client, mfaToken],
  );
  const sendCode = useCallback(() => send('send'), [send]);
  const resendCode = useCallback(() => send('resend'), [send]);

  const verifyCode = useCallback(
    (input: EmailCodeInput) =>
      session.run('verify', {
        code: input?.code,
        request: (signal) =>
          mutate(queryClient, verifyEmailCodeOptions(client), {
            mfaToken,
            otcToken: otcToken.current,
            code: input?.code,
            rememberDevice: input?.rememberDevice,
            signal,
          }),
        accept: (auth) => ({ auth }),
        done: (auth) => onVerified.current?.(auth),
      }),
    [session, queryClient, client, mfaToken, onVerified],
  );

  useResetOnChange(session.reset, mfaToken);
  useEffect(() => {
    // The flow's step is the guard: StrictMode's second effect run finds it `sending` and sends nothing.
    if (autoSend && session.getSnapshot().flow.step === 'idle') sendCode();
  }, [session, autoSend, sendCode]);

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

  return useMemo(
    () => ({
      ...flowState(flow),
      step: flow.step,
      auth: view.auth,
      rememberDevice,
      sendCode,
      resendCode,
      verifyCode,
      retry: session.retry,
      isRejectedCode: session.isRejectedCode,
      reset: session.reset,
    }),
    [flow, view, rememberDevice, sendCode, resendCode, verifyCode, session],
  );
}
