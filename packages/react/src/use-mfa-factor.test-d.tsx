import { removePhoneWithCodeFactor, emailMfaFactor } from '@mfa-kit/core';
import type { AuthResponse, KnownCodeFactorSpec, MfaClient, MfaCodeInput } from '@mfa-kit/core';
import { describe, expectTypeOf, test } from 'vitest';
import { mfaCallOptions } from './mfa-options.js';
import { useMfaCodeForm } from './use-mfa-code-form.js';
import { useMfaFactor } from './use-mfa-factor.js';

declare const client: MfaClient;
declare const pinFactor: KnownCodeFactorSpec<{ userId: string }, MfaCodeInput, { ok: true }>;

describe('useMfaFactor types', () => {
  test('params, input, details and result follow the spec', () => {
    const email = useMfaFactor(emailMfaFactor, { params: { mfaToken: 't' } });
    email.verifyCode({ code: '123456', rememberDevice: true });
    // @ts-expect-error: a code is required
    email.verifyCode({ rememberDevice: true });
    expectTypeOf(email.result).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(email.details).toEqualTypeOf<null>();
    expectTypeOf(email.step).toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed'
    >();
    // @ts-expect-error: the email factor takes an mfaToken
    useMfaFactor(emailMfaFactor, { params: { deviceId: 'd' } });

    const sms = useMfaFactor(removePhoneWithCodeFactor, { params: { deviceId: 'd' } });
    expectTypeOf(sms.details).toEqualTypeOf<{ phoneNumber: string | null } | null>();
    useMfaFactor(removePhoneWithCodeFactor, {
      params: { deviceId: 'd' },
      onVerified: (result) => expectTypeOf(result).toEqualTypeOf<void>(),
    });
  });

  test('a known-code factor is ready instead of sending', () => {
    const pin = useMfaFactor(pinFactor, { params: { userId: 'u' }, autoStart: true });
    expectTypeOf(pin.step).toEqualTypeOf<'idle' | 'ready' | 'verifying' | 'verified' | 'failed'>();
    expectTypeOf(pin.result).toEqualTypeOf<{ ok: true } | null>();
  });

  test('its result fits the code form', () => {
    useMfaCodeForm(useMfaFactor(pinFactor, { params: { userId: 'u' } }));
  });

  test('mfaCallOptions types a mutation from a call of a spec', () => {
    const options = mfaCallOptions(client, emailMfaFactor.send);
    expectTypeOf(options.mutationFn).parameter(0).toHaveProperty('mfaToken');
    expectTypeOf(options.mutationFn).returns.resolves.toEqualTypeOf<{ otcToken: string }>();
  });
});
