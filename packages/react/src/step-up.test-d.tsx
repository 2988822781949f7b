import type {
  AuthResponse,
  GenerateStepUpResponse,
  MfaApiError,
  MfaClient,
  StepUpMethod,
} from '@mfa-kit/core';
import { describe, expectTypeOf, test } from 'vitest';
import type { MfaProviderProps } from './index.js';
import { isStepUpCancelled, useStepUp, useStepUpAction, useStepUpPrompt } from './index.js';
import type { StepUpCancelReason, StepUpCancelledError, StepUpPrompt } from './index.js';

describe('step-up types', () => {
  test('useStepUp: a check that reads the token, and a step-up resolving with the new answer', () => {
    const { isSteppedUp, stepUp } = useStepUp({ maxAge: 300 });
    expectTypeOf(isSteppedUp).toEqualTypeOf<() => Promise<boolean>>();
    expectTypeOf(stepUp).toEqualTypeOf<() => Promise<AuthResponse>>();
    // @ts-expect-error maxAge is in seconds, a number
    useStepUp({ maxAge: '300' });
  });

  test('useStepUpAction keeps the action’s parameters and resolves with its result, awaited', () => {
    const remove = useStepUpAction(
      (deviceId: string, force?: boolean) => Promise.resolve(force ? deviceId.length : 0),
      {
        maxAge: 300,
      },
    );
    expectTypeOf(remove).parameters.toEqualTypeOf<[deviceId: string, force?: boolean]>();
    expectTypeOf(remove).returns.toEqualTypeOf<Promise<number>>();
    const sync = useStepUpAction(() => 'done');
    expectTypeOf(sync).returns.toEqualTypeOf<Promise<string>>();
    // @ts-expect-error the action's parameters are checked
    void remove(42);
  });

  test('the prompt is a union told apart by kind', () => {
    const { prompt, complete, retry, cancel } = useStepUpPrompt();
    expectTypeOf(prompt).toEqualTypeOf<StepUpPrompt | null>();
    if (prompt?.kind === 'challenge') {
      expectTypeOf(prompt.challenge).toEqualTypeOf<GenerateStepUpResponse>();
      expectTypeOf(prompt.methods).toEqualTypeOf<readonly StepUpMethod[]>();
    }
    if (prompt?.kind === 'failed') expectTypeOf(prompt.error).toEqualTypeOf<MfaApiError>();
    expectTypeOf(complete).toEqualTypeOf<(auth: AuthResponse) => void>();
    expectTypeOf(retry).toEqualTypeOf<() => void>();
    expectTypeOf(cancel).toEqualTypeOf<() => void>();
  });

  test('isStepUpCancelled narrows to the typed error with its reason', () => {
    const error: unknown = null;
    if (isStepUpCancelled(error)) {
      expectTypeOf(error).toEqualTypeOf<StepUpCancelledError>();
      expectTypeOf(error.reason).toEqualTypeOf<StepUpCancelReason>();
    }
    expectTypeOf<StepUpCancelReason>().toEqualTypeOf<'dismissed' | 'not-enrolled'>();
  });

  test('the provider takes where the new answer goes, and reads the token through the client', () => {
    expectTypeOf<MfaProviderProps['onStepUp']>().toEqualTypeOf<
      ((auth: AuthResponse) => void) | undefined
    >();
    expectTypeOf<MfaClient['accessToken']>().toEqualTypeOf<() => Promise<string | null>>();
  });
});
