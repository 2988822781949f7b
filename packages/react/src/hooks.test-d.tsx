import { emailMfaFactor } from '@mfa-kit/core';
import type { AuthResponse, MfaApiError, MfaClient, MfaDevices } from '@mfa-kit/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod/mini';
import { describe, expectTypeOf, test } from 'vitest';
import type { mfaCodeSchema } from './mfa-code-schema.js';
import { mfaCallOptions, mfaDevicesOptions, rememberDevicePolicyOptions } from './mfa-options.js';
import { useDisableSmsMfa } from './use-disable-sms-mfa.js';
import type { DisableSmsMfaStep } from './use-disable-sms-mfa.js';
import { useEmailMfa } from './use-email-mfa.js';
import { useMfaCodeForm } from './use-mfa-code-form.js';
import type { MfaCodeFormValues } from './use-mfa-code-form.js';
import { useMfaDevices } from './use-mfa-devices.js';

type EmailMfa = ReturnType<typeof useEmailMfa>;
type DisableSms = ReturnType<typeof useDisableSmsMfa>;
declare const mfa: EmailMfa;
declare const disable: DisableSms;
declare const client: MfaClient;

describe('useEmailMfa types', () => {
  test('verifyCode requires a code; rememberDevice is optional', () => {
    mfa.verifyCode({ code: '123456' });
    mfa.verifyCode({ code: '123456', rememberDevice: true });
    // @ts-expect-error: a code is required
    mfa.verifyCode({ rememberDevice: true });
    // @ts-expect-error: an input is required
    mfa.verifyCode();
    // @ts-expect-error: the code is a string
    mfa.verifyCode({ code: 123456 });
    expectTypeOf(mfa.verifyCode).returns.toEqualTypeOf<boolean>();
  });

  test('auth is AuthResponse | null, error is MfaApiError | null', () => {
    expectTypeOf(mfa.auth).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(mfa.error).toEqualTypeOf<MfaApiError | null>();
    expectTypeOf(mfa.step).toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed'
    >();
    expectTypeOf(mfa.rememberDevice).toEqualTypeOf<{ allowed: boolean; days: number }>();
    expectTypeOf(mfa.expiresInSeconds).toEqualTypeOf<number | null>();
  });

  test('takes an mfaToken, and onVerified receives the AuthResponse', () => {
    expectTypeOf(useEmailMfa).parameter(0).toHaveProperty('mfaToken').toEqualTypeOf<string>();
    useEmailMfa({
      mfaToken: 't',
      onVerified: (auth) => expectTypeOf(auth).toEqualTypeOf<AuthResponse>(),
    });
    // @ts-expect-error: mfaToken is required
    useEmailMfa({ autoSend: false });
  });

  test('keeps the otcToken internal', () => {
    expectTypeOf<EmailMfa>().not.toHaveProperty('otcToken');
    expectTypeOf<DisableSms>().not.toHaveProperty('otcToken');
  });
});

describe('useDisableSmsMfa types', () => {
  test('steps say disabled, not verified', () => {
    expectTypeOf(disable.step).toEqualTypeOf<DisableSmsMfaStep>();
    expectTypeOf<'disabled'>().toExtend<DisableSmsMfaStep>();
    expectTypeOf<'verified'>().not.toExtend<DisableSmsMfaStep>();
  });

  test('verifyCode requires a code; error and phoneNumber are nullable', () => {
    disable.verifyCode({ code: '123456' });
    // @ts-expect-error: a code is required
    disable.verifyCode({});
    expectTypeOf(disable.error).toEqualTypeOf<MfaApiError | null>();
    expectTypeOf(disable.phoneNumber).toEqualTypeOf<string | null>();
    // @ts-expect-error: deviceId is required
    useDisableSmsMfa({});
  });
});

describe('form helpers types', () => {
  test('useMfaCodeForm takes either flow', () => {
    useMfaCodeForm(mfa);
    useMfaCodeForm(disable, { length: 8 });
    // @ts-expect-error: a flow with verifyCode, error and failedAction is required
    useMfaCodeForm({ error: null });
  });

  test('mfaCodeSchema parses to the form values', () => {
    expectTypeOf<z.output<ReturnType<typeof mfaCodeSchema>>>().toEqualTypeOf<MfaCodeFormValues>();
  });
});

describe('options factories types', () => {
  test('mutations and queries carry the client types and MfaApiError', () => {
    const verify = useMutation(mfaCallOptions(client, emailMfaFactor.verify));
    expectTypeOf(verify.data).toEqualTypeOf<AuthResponse | undefined>();
    expectTypeOf(verify.error).toEqualTypeOf<MfaApiError | null>();
    verify.mutate({ mfaToken: 'm', otcToken: 'o', code: '1' });
    // @ts-expect-error: the code is required
    verify.mutate({ mfaToken: 'm', otcToken: 'o' });

    const devices = useQuery(mfaDevicesOptions(client));
    expectTypeOf(devices.data).toEqualTypeOf<MfaDevices | undefined>();
    expectTypeOf(devices.error).toEqualTypeOf<MfaApiError | null>();
    expectTypeOf(useMfaDevices().data).toEqualTypeOf<MfaDevices | undefined>();
    expectTypeOf(
      useQuery(rememberDevicePolicyOptions(client, 'm')).data?.isAllowedToRemember,
    ).toEqualTypeOf<boolean | undefined>();
  });
});
