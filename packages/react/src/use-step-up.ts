import { isSteppedUp as isTokenSteppedUp } from '@mfa-kit/core';
import type { AuthResponse, MfaFlowClock } from '@mfa-kit/core';
import { useCallback, useMemo } from 'react';
import { useStepUpRegistry } from './mfa-provider.js';

/** Options of {@link useStepUp}. */
export interface UseStepUpOptions {
  /** How old, in seconds, the user's last second factor may be. Without it, any second factor counts. */
  maxAge?: number | undefined;
  /** The time `maxAge` is measured to (tests share the mock's). Default the system clock. */
  clock?: Pick<MfaFlowClock, 'now'> | undefined;
}

/** What {@link useStepUp} returns. Stable while `maxAge` and `clock` are. */
export interface UseStepUpResult {
  /**
   * Whether the token the app holds now (the client's `getAccessToken`, read at each call, never kept) proves a
   * second factor within `maxAge`. Sends nothing; `false` without a `getAccessToken`.
   */
  isSteppedUp: () => Promise<boolean>;
  /**
   * Steps up now: one `generate` request, then, unless the server says the token already counts, the step-up UI
   * asks for a second factor. Resolves with the new answer, which the `MfaProvider`'s `onStepUp` got first; joins
   * the step-up under way, if any. Rejects with `StepUpCancelledError` (`isStepUpCancelled`) when the user closes
   * it, also after being told they have no second factor.
   */
  stepUp: () => Promise<AuthResponse>;
}

/**
 * Step-up (Frontegg's name): whether the current token proves a recent second factor, and asking for one. For an
 * action that should ask only when needed, `useStepUpAction` wraps it.
 *
 * @example
 * const { isSteppedUp, stepUp } = useStepUp({ maxAge: 300 });
 * if (!(await isSteppedUp())) await stepUp();
 */
export function useStepUp({ maxAge, clock = Date }: UseStepUpOptions = {}): UseStepUpResult {
  const registry = useStepUpRegistry('useStepUp');
  const isSteppedUp = useCallback(
    async () => isFresh(await registry.accessToken(), maxAge, clock),
    [registry, maxAge, clock],
  );
  const stepUp = useCallback(
    async () =>
      (await registry.start(maxAge, (joined) => isFresh(joined.accessToken, maxAge, clock))) ??
      registry.askForFactor(),
    [registry, maxAge, clock],
  );
  return useMemo(() => ({ isSteppedUp, stepUp }), [isSteppedUp, stepUp]);
}

/** Whether `accessToken` proves a second factor within `maxAge` (any, without one), measured to the clock's now. */
export const isFresh = (
  accessToken: string | null | undefined,
  maxAge: number | undefined,
  clock: Pick<MfaFlowClock, 'now'>,
) => isTokenSteppedUp(accessToken, maxAge === undefined ? {} : { maxAge, now: clock.now() });
