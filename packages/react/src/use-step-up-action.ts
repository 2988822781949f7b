import { useCallback, useEffect, useRef } from 'react';
import { useStepUpRegistry } from './mfa-provider.js';
import { isFresh } from './use-step-up.js';
import type { UseStepUpOptions } from './use-step-up.js';

/** Options of {@link useStepUpAction}. */
export interface UseStepUpActionOptions extends UseStepUpOptions {
  /**
   * Run the action for a user who has no second factor to prove (adding the first one needs no step-up). Default
   * `false`: the step-up UI says they need to add one, and the action rejects once they close it.
   */
  allowWithoutFactor?: boolean | undefined;
}

/**
 * A sensitive action that first makes sure the user proved a second factor within `maxAge` (in the spirit of
 * Clerk's `useReverification`). The returned function runs `action` at once when the current token is fresh
 * enough (no request); otherwise it steps up (one `generate` request, then the step-up UI unless the server says
 * the token counts), hands the new answer to the `MfaProvider`'s `onStepUp`, and then runs `action`, whose
 * requests carry the new token. Actions called together share one step-up. Rejects with `StepUpCancelledError`
 * (`isStepUpCancelled`) when the user closes the step-up: `action` did not run.
 *
 * @example
 * const removePhone = useStepUpAction(() => remove.mutateAsync(), { maxAge: 300 });
 * <button onClick={() => removePhone().catch(ignoreCancel)}>Remove</button>
 */
export function useStepUpAction<TArgs extends unknown[], TResult>(
  action: (...args: TArgs) => TResult | Promise<TResult>,
  { maxAge, clock = Date, allowWithoutFactor = false }: UseStepUpActionOptions = {},
): (...args: TArgs) => Promise<TResult> {
  const stepUp = useStepUpRegistry('useStepUpAction');
  // The latest action is the one run, without making the returned function new on every render.
  const latest = useRef(action);
  useEffect(() => {
    latest.current = action;
  });
  return useCallback(
    async (...args: TArgs) => {
      if (!isFresh(await stepUp.accessToken(), maxAge, clock)) {
        const auth = await stepUp.start(maxAge, (joined) =>
          isFresh(joined.accessToken, maxAge, clock),
        );
        if (!auth && !allowWithoutFactor) await stepUp.askForFactor();
      }
      return latest.current(...args);
    },
    [stepUp, maxAge, clock, allowWithoutFactor],
  );
}
