import { createMfaFactorSession } from '@mfa-kit/core';
import type {
  MfaFactorDetails,
  MfaFactorInput,
  MfaFactorParams,
  MfaFactorResult,
  MfaFactorSpec,
  MfaFactorStep,
} from '@mfa-kit/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { MfaFlowOptions, MfaFlowResult } from './mfa-flow-types.js';
import { useMfaClient } from './mfa-provider.js';
import { mutationRunner } from './mutation-runner.js';

/** Options of {@link useMfaFactor}: the flow's timing, plus what the factor needs. Read on every render. */
export interface UseMfaFactorOptions<TSpec extends MfaFactorSpec> extends MfaFlowOptions {
  /** What the factor's calls need (`{ mfaToken }`, `{ deviceId }`); new values start the flow over. */
  params: MfaFactorParams<TSpec>;
  /** Start on mount (once, also under StrictMode), when turned on, and after new `params`. Default `false`. */
  autoStart?: boolean | undefined;
  /** Called once with the verify's answer; the latest one given is the one called. */
  onVerified?: ((result: MfaFactorResult<TSpec>) => void) | undefined;
}

/** What {@link useMfaFactor} returns. Stable: a new object only when something it holds changes. */
export interface UseMfaFactorResult<TSpec extends MfaFactorSpec> extends MfaFlowResult {
  /** Where the flow stands. */
  step: MfaFactorStep<TSpec>;
  /** Sends the first code or fetches the challenge; makes a known-code factor `ready`. */
  start: () => boolean;
  /** Checks what the user entered; ignored (`false`) while a check is in flight and for a refused code. */
  verifyCode: (input: MfaFactorInput<TSpec>) => boolean;
  /** What the factor shows of its send's answer (where the code went); `null` before it. */
  details: MfaFactorDetails<TSpec> | null;
  /** The verify's answer once `verified`, else `null`. */
  result: MfaFactorResult<TSpec> | null;
}

/**
 * Any factor, from its spec: the session of `@mfa-kit/core` bound to the component, its calls run as
 * react-query mutations through the `MfaProvider`'s client. Options are kept current as they change, the way
 * TanStack Query observers take new options. Define the spec once, outside render.
 *
 * @example
 * const app = useMfaFactor(authenticatorMfaFactor, { params: { mfaToken }, autoStart: true, onVerified });
 * app.verifyCode({ code });
 */
export function useMfaFactor<TSpec extends MfaFactorSpec>(
  spec: TSpec,
  options: UseMfaFactorOptions<TSpec>,
): UseMfaFactorResult<TSpec> {
  const client = useMfaClient();
  const queryClient = useQueryClient();
  const sessionOptions = { ...options, client, runCall: mutationRunner(queryClient, client) };
  const [session] = useState(() => createMfaFactorSession(spec, sessionOptions));
  useEffect(() => session.setOptions(sessionOptions));
  const { flow, details, result } = useSyncExternalStore(
    session.subscribe,
    session.getSnapshot,
    session.getSnapshot,
  );
  useEffect(() => session.mount(), [session]);

  return useMemo(
    () => ({
      isPending: flow.isPending,
      canResend: flow.canResend,
      canVerify: flow.canVerify,
      needsNewCode: flow.needsNewCode,
      resendInSeconds: flow.resendInSeconds,
      expiresInSeconds: flow.expiresInSeconds,
      blockedForSeconds: flow.blockedForSeconds,
      attemptsLeft: flow.attemptsLeft,
      error: flow.error,
      failedAction: flow.failedAction,
      step: flow.step as MfaFactorStep<TSpec>,
      details,
      result,
      start: session.start,
      verifyCode: session.verify,
      resendCode: session.resend,
      retry: session.retry,
      isCodeRefused: session.isCodeRefused,
      isRejectedCode: session.isCodeRefused,
      reset: session.reset,
    }),
    [flow, details, result, session],
  );
}
