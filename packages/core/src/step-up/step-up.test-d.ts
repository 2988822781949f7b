// Type tests of the step-up API, imported the way users import it.
import { describe, expectTypeOf, it } from 'vitest';
import {
  createMfaClient,
  createMfaFactorSession,
  isStepUpChallenge,
  isSteppedUp,
  startStepUp,
  stepUpCall,
  stepUpFactor,
  stepUpMethods,
} from '../index.js';
import type {
  AuthResponse,
  GenerateStepUpInput,
  GenerateStepUpResponse,
  MfaFactorCall,
  MfaFactorSnapshot,
  RequestOptions,
  StepUpMethod,
  StepUpStart,
} from '../index.js';

const client = createMfaClient();

describe('stepUp.generate', () => {
  it('takes an optional maxAge and answers a challenge or a login answer', () => {
    expectTypeOf(client.stepUp.generate).toEqualTypeOf<
      (
        input?: GenerateStepUpInput,
        options?: RequestOptions,
      ) => Promise<GenerateStepUpResponse | AuthResponse>
    >();
    expectTypeOf<GenerateStepUpInput>().toEqualTypeOf<{ maxAge?: number | undefined }>();
  });

  it('isStepUpChallenge narrows the answer', async () => {
    const answer = await client.stepUp.generate();
    if (isStepUpChallenge(answer)) expectTypeOf(answer).toEqualTypeOf<GenerateStepUpResponse>();
    else expectTypeOf(answer).toEqualTypeOf<AuthResponse>();
  });
});

describe('isSteppedUp', () => {
  it('takes a token, or none, and with a maxAge the time it is measured from', () => {
    expectTypeOf(isSteppedUp('t')).toEqualTypeOf<boolean>();
    expectTypeOf(isSteppedUp(null, { maxAge: 300, now: Date.now() })).toEqualTypeOf<boolean>();
    expectTypeOf(isSteppedUp(undefined, {})).toEqualTypeOf<boolean>();
    // @ts-expect-error -- a maxAge is measured from an explicit now: the function reads no clock
    isSteppedUp('t', { maxAge: 300 });
  });
});

describe('startStepUp and its methods', () => {
  it('resolves with one of three outcomes; a challenge carries its methods, none a recovery code', async () => {
    expectTypeOf(startStepUp).returns.toEqualTypeOf<Promise<StepUpStart>>();
    expectTypeOf(stepUpCall).toEqualTypeOf<MfaFactorCall<GenerateStepUpInput, StepUpStart>>();
    const start = await startStepUp(client, { maxAge: 300 });
    expectTypeOf(start.kind).toEqualTypeOf<'stepped-up' | 'challenge' | 'not-enrolled'>();
    if (start.kind === 'stepped-up') expectTypeOf(start.auth).toEqualTypeOf<AuthResponse>();
    if (start.kind === 'challenge') {
      expectTypeOf(start.methods).toEqualTypeOf<StepUpMethod[]>();
      expectTypeOf(start.challenge).toEqualTypeOf<GenerateStepUpResponse>();
    }
    expectTypeOf<StepUpMethod['kind']>().toEqualTypeOf<
      'passkey' | 'security-key' | 'authenticator' | 'sms' | 'email'
    >();
    expectTypeOf(stepUpMethods).parameter(1).toEqualTypeOf<
      | {
          preferred?:
            'passkey' | 'security-key' | 'authenticator' | 'sms' | 'email' | null | undefined;
        }
      | undefined
    >();
  });

  it('stepUpFactor, narrowed by kind, runs in a factor session that signs in with an AuthResponse', async () => {
    const start = await startStepUp(client);
    if (start.kind !== 'challenge') return;
    const factor = stepUpFactor(start.methods[0]!, start.challenge);
    if (factor.kind === 'sms') {
      expectTypeOf(factor.params).toEqualTypeOf<{ mfaToken: string; deviceId: string }>();
      const session = createMfaFactorSession(factor.spec, { client, params: factor.params });
      expectTypeOf(session.getSnapshot().result).toEqualTypeOf<AuthResponse | null>();
      expectTypeOf(session.getSnapshot()).toEqualTypeOf<
        MfaFactorSnapshot<(typeof factor)['spec']>
      >();
    }
    if (factor.kind === 'passkey' || factor.kind === 'security-key') {
      const session = createMfaFactorSession(factor.spec, { client, params: factor.params });
      expectTypeOf(session.verify).parameter(0).toHaveProperty('rememberDevice');
    }
  });
});
