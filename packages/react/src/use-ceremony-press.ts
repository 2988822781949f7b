import { isWebAuthnPromptFailure } from '@mfa-kit/core';
import { useCallback, useEffect, useRef } from 'react';
import type { MfaFlowResult } from './mfa-flow-types.js';

/** What {@link useCeremonyPress} reads of a ceremony factor's hook. */
export interface CeremonyPressFlow<TInput> extends Pick<
  MfaFlowResult,
  'error' | 'failedAction' | 'expiresInSeconds' | 'resendCode'
> {
  step: string;
  start: () => boolean;
  verifyCode: (input: TInput) => boolean;
}

/** Whether the challenge in hand can be used, or a new one must be fetched first. */
const challengeUsable = ({
  step,
  error,
  failedAction,
  expiresInSeconds,
}: CeremonyPressFlow<unknown>) =>
  (step === 'code-sent' || (step === 'failed' && failedAction === 'verify')) &&
  expiresInSeconds !== 0 &&
  (error === null || isWebAuthnPromptFailure(error.kind));

/**
 * The user's press on a WebAuthn button: runs the browser's prompt with the challenge in hand, or fetches one
 * first (none yet, expired, or the server refused the last answer) and runs the prompt when it arrives. Returns
 * whether something started; a press while one runs is ignored by the flow.
 */
export function useCeremonyPress<TInput>(
  flow: CeremonyPressFlow<TInput>,
): (input: TInput) => boolean {
  const { start, resendCode, verifyCode, step } = flow;
  // A press that had to wait for a challenge: used as soon as the challenge is there.
  const waiting = useRef<{ input: TInput } | null>(null);
  const latest = useRef(flow);
  useEffect(() => {
    latest.current = flow;
  });

  useEffect(() => {
    const pending = waiting.current;
    if (pending === null || step === 'sending') return;
    waiting.current = null;
    if (step === 'code-sent') verifyCode(pending.input);
  }, [step, verifyCode]);

  return useCallback(
    (input: TInput) => {
      const current = latest.current;
      if (challengeUsable(current as CeremonyPressFlow<unknown>)) return verifyCode(input);
      if (current.step === 'sending') {
        waiting.current = { input };
        return true;
      }
      const fetching = current.step === 'idle' ? start() : resendCode();
      if (fetching) waiting.current = { input };
      return fetching;
    },
    [start, resendCode, verifyCode],
  );
}
