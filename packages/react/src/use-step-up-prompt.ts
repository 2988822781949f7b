import type { AuthResponse } from '@mfa-kit/core';
import { useMemo, useSyncExternalStore } from 'react';
import { useStepUpRegistry } from './mfa-provider.js';
import type { StepUpPrompt } from './step-up-registry.js';

/** What {@link useStepUpPrompt} returns: what to show, and the user's answers to it. */
export interface UseStepUpPromptResult {
  /** What the step-up UI shows now; `null` when no step-up waits for the user. */
  prompt: StepUpPrompt | null;
  /** Give it to the challenge's factor as `onVerified`: the waiting actions go on with the new answer. */
  complete: (auth: AuthResponse) => void;
  /** Asks the server again (one request): after a failed start, or when the challenge is no longer accepted. */
  retry: () => void;
  /** The user closed the step-up: the waiting actions reject with `StepUpCancelledError`. */
  cancel: () => void;
}

/**
 * The step-up UI's side of `useStepUp` and `useStepUpAction`: what to show (a challenge, a failed start, a user
 * with no second factor) and how the user answers. `StepUpDialog` (`@mfa-kit/ui/step-up-dialog`) is built on it;
 * mount one such UI inside the `MfaProvider`, or a step-up that needs the user rejects.
 *
 * @example
 * const { prompt, complete, cancel } = useStepUpPrompt();
 * if (prompt?.kind === 'challenge') return <MyFactorForm methods={prompt.methods} onVerified={complete} />;
 */
export function useStepUpPrompt(): UseStepUpPromptResult {
  const stepUp = useStepUpRegistry('useStepUpPrompt');
  const prompt = useSyncExternalStore(stepUp.subscribe, stepUp.getSnapshot, stepUp.getSnapshot);
  return useMemo(
    () => ({ prompt, complete: stepUp.complete, retry: stepUp.retry, cancel: stepUp.cancel }),
    [prompt, stepUp],
  );
}
