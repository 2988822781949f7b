import { emailMfaFactor } from '@mfa-kit/core';
import type {
  AuthResponse,
  LoginCodeInput,
  MfaApiError,
  MfaClient,
  MfaCodeInput,
  MfaDevices,
  MfaLoginMethod,
  MfaStrategiesResponse,
  RememberDeviceOffer,
  WebAuthnEnrollInput,
  WebAuthnLoginInput,
} from '@mfa-kit/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { createRef } from 'react';
import type { z } from 'zod/mini';
import { describe, expectTypeOf, test } from 'vitest';
import type { mfaCodeSchema } from './mfa-code-schema.js';
import { mfaCallOptions, mfaDevicesOptions, rememberDevicePolicyOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';
import { useCodeField } from './use-code-field.js';
import type { CodeFieldResult, UseCodeFieldOptions } from './use-code-field.js';
import { useDisableSmsMfa } from './deprecated.js';
import type { DisableSmsMfaStep } from './deprecated.js';
import { useRemovePhoneWithCode } from './use-remove-phone-with-code.js';
import { useEmailMfa } from './use-email-mfa.js';
import { useEnrollAuthenticator, useEnrollSms, useEnrollWebAuthn } from './use-enroll-mfa.js';
import type {
  UseEnrollAuthenticatorResult,
  UseEnrollSmsResult,
  UseEnrollWebAuthnResult,
} from './use-enroll-mfa.js';
import type { MfaLoginFactorOptions } from './use-login-factor.js';
import {
  useAddAuthenticator,
  useAddPhone,
  useAddWebAuthn,
  useRemoveAuthenticator,
  useRemovePhone,
  useRemoveWebAuthn,
} from './use-manage-mfa.js';
import type {
  MfaRemoveOptions,
  UseAddAuthenticatorResult,
  UseAddPhoneResult,
  UseAddWebAuthnResult,
  UseRemoveAuthenticatorResult,
  UseRemovePhoneResult,
  UseRemoveWebAuthnResult,
} from './use-manage-mfa.js';
import { useMfaCodeForm } from './use-mfa-code-form.js';
import type { MfaCodeFormValues } from './use-mfa-code-form.js';
import { useMfaDevices } from './use-mfa-devices.js';
import { useMfaLogin } from './use-mfa-login.js';
import type { UseMfaLoginResult } from './use-mfa-login.js';
import { useMfaStrategies } from './use-mfa-strategies.js';
import { useRecoveryCode } from './use-recovery-code.js';
import type { UseRecoveryCodeOptions, UseRecoveryCodeResult } from './use-recovery-code.js';
import { useRememberDeviceOffer } from './use-remember-device-offer.js';
import { useSmsMfa } from './use-sms-mfa.js';
import type { UseSmsMfaOptions, UseSmsMfaResult } from './use-sms-mfa.js';
import { useAuthenticatorMfa } from './use-authenticator-mfa.js';
import type { UseAuthenticatorMfaResult } from './use-authenticator-mfa.js';
import { useWebAuthnMfa } from './use-webauthn-mfa.js';
import type { UseWebAuthnMfaOptions, UseWebAuthnMfaResult } from './use-webauthn-mfa.js';

type EmailMfa = ReturnType<typeof useEmailMfa>;
type RemovePhoneWithCode = ReturnType<typeof useRemovePhoneWithCode>;
declare const mfa: EmailMfa;
declare const removal: RemovePhoneWithCode;
declare const client: MfaClient;
declare const answer: AuthResponse;

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
    expectTypeOf<RemovePhoneWithCode>().not.toHaveProperty('otcToken');
  });
});

describe('useRemovePhoneWithCode types', () => {
  test("the sent-code flow's steps, ending verified (never ready)", () => {
    expectTypeOf(removal.step).toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed'
    >();
  });

  test('verifyCode requires a code; error and phoneNumber are nullable', () => {
    removal.verifyCode({ code: '123456' });
    // @ts-expect-error: a code is required
    removal.verifyCode({});
    expectTypeOf(removal.error).toEqualTypeOf<MfaApiError | null>();
    expectTypeOf(removal.phoneNumber).toEqualTypeOf<string | null>();
    // @ts-expect-error: deviceId is required
    useRemovePhoneWithCode({});
    useRemovePhoneWithCode({ deviceId: 'd', onDone: () => undefined });
  });

  test('the deprecated useDisableSmsMfa keeps its own words: onDisabled, and disabled for verified', () => {
    /* eslint-disable @typescript-eslint/no-deprecated -- the alias kept for one minor version */
    const disable = useDisableSmsMfa({ deviceId: 'd', onDisabled: () => undefined });
    expectTypeOf(disable.step).toEqualTypeOf<DisableSmsMfaStep>();
    /* eslint-enable @typescript-eslint/no-deprecated */
    expectTypeOf<'disabled'>().toExtend<typeof disable.step>();
    expectTypeOf<'verified'>().not.toExtend<typeof disable.step>();
  });
});

describe('form helpers types', () => {
  test('useMfaCodeForm takes either flow', () => {
    useMfaCodeForm(mfa);
    useMfaCodeForm(removal, { length: 8 });
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

// Every other exported hook: the options it takes (and refuses) and the result it gives.
type LoginSteps = 'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed';
type KnownCodeSteps = 'idle' | 'ready' | 'verifying' | 'verified' | 'failed';

describe('login factor hooks types', () => {
  test('useAuthenticatorMfa: an mfaToken in; ready at once, nothing to send or show', () => {
    const authenticator = useAuthenticatorMfa({ mfaToken: 't', clock: undefined, maxAttempts: 5 });
    expectTypeOf(authenticator).toEqualTypeOf<UseAuthenticatorMfaResult>();
    expectTypeOf(authenticator.step).toEqualTypeOf<KnownCodeSteps>();
    expectTypeOf(authenticator.auth).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(authenticator.rememberDevice).toEqualTypeOf<RememberDeviceOffer>();
    expectTypeOf(authenticator.verifyCode).parameter(0).toEqualTypeOf<LoginCodeInput>();
    expectTypeOf(authenticator).not.toHaveProperty('start');
    expectTypeOf(authenticator).not.toHaveProperty('details');
    expectTypeOf(authenticator).not.toHaveProperty('sendCode');
    useAuthenticatorMfa({
      mfaToken: 't',
      onVerified: (auth) => expectTypeOf(auth).toEqualTypeOf<AuthResponse>(),
    });
    // @ts-expect-error: the login's mfaToken is required
    useAuthenticatorMfa({});
    // @ts-expect-error: nothing is sent, so there is nothing to send on mount
    useAuthenticatorMfa({ mfaToken: 't', autoSend: false });
  });

  test('useSmsMfa: an mfaToken and the phone in; sendCode and where the code went out', () => {
    const sms = useSmsMfa({ mfaToken: 't', deviceId: 'd', autoSend: false });
    expectTypeOf(sms).toEqualTypeOf<UseSmsMfaResult>();
    expectTypeOf(sms.step).toEqualTypeOf<LoginSteps>();
    expectTypeOf(sms.sendCode).toEqualTypeOf<() => boolean>();
    expectTypeOf(sms.phoneNumber).toEqualTypeOf<string | null>();
    expectTypeOf(sms.auth).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(sms).not.toHaveProperty('details');
    expectTypeOf(sms).not.toHaveProperty('otcToken');
    expectTypeOf<UseSmsMfaOptions>().toHaveProperty('deviceId').toEqualTypeOf<string>();
    // @ts-expect-error: which phone to text is required
    useSmsMfa({ mfaToken: 't' });
    // @ts-expect-error: the code is required
    sms.verifyCode({ rememberDevice: true });
  });

  test('useWebAuthnMfa: an mfaToken and the key in; a press, never a typed code', () => {
    const key = useWebAuthnMfa({ mfaToken: 't', deviceId: 'd', autoStart: false });
    expectTypeOf(key).toEqualTypeOf<UseWebAuthnMfaResult>();
    expectTypeOf(key.step).toEqualTypeOf<LoginSteps>();
    expectTypeOf(key.authenticate).toEqualTypeOf<(input?: WebAuthnLoginInput) => boolean>();
    key.authenticate();
    key.authenticate({ rememberDevice: true });
    // @ts-expect-error: a passkey takes no code
    key.authenticate({ code: '123456' });
    expectTypeOf(key).not.toHaveProperty('verifyCode');
    expectTypeOf(key).not.toHaveProperty('start');
    expectTypeOf(key.auth).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf<UseWebAuthnMfaOptions>().toHaveProperty('deviceId').toEqualTypeOf<string>();
    // @ts-expect-error: which key is required
    useWebAuthnMfa({ mfaToken: 't' });
  });

  test('useRecoveryCode: the email in; redeem a code as typed, recovered out, no sign-in answer', () => {
    const recovery = useRecoveryCode({ email: 'e', onRecovered: () => undefined });
    expectTypeOf(recovery).toEqualTypeOf<UseRecoveryCodeResult>();
    expectTypeOf(recovery.step).toEqualTypeOf<KnownCodeSteps>();
    expectTypeOf(recovery.redeem).toEqualTypeOf<(code: string) => boolean>();
    expectTypeOf(recovery.recovered).toEqualTypeOf<boolean>();
    expectTypeOf(recovery).not.toHaveProperty('auth');
    expectTypeOf(recovery).not.toHaveProperty('result');
    expectTypeOf(recovery).not.toHaveProperty('verifyCode');
    expectTypeOf<UseRecoveryCodeOptions>()
      .toHaveProperty('onRecovered')
      .toEqualTypeOf<(() => void) | undefined>();
    // @ts-expect-error: the email is required
    useRecoveryCode({ mfaToken: 't' });
    // @ts-expect-error: the code as typed, a string
    recovery.redeem({ code: 'ABCD' });
  });

  test('useMfaLogin: the login answer in; the methods, the active one and the sign-in out', () => {
    const login = useMfaLogin(answer, { preferredKind: 'passkey', onVerified: () => undefined });
    expectTypeOf(login).toEqualTypeOf<UseMfaLoginResult>();
    expectTypeOf(login.methods).toEqualTypeOf<readonly MfaLoginMethod[]>();
    expectTypeOf(login.active).toEqualTypeOf<MfaLoginMethod | null>();
    expectTypeOf(login.choose).parameter(0).toEqualTypeOf<MfaLoginMethod['id']>();
    expectTypeOf(login.auth).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(login.needsEnrolment).toEqualTypeOf<boolean>();
    // Its onVerified fits every login factor hook's.
    expectTypeOf(login.onVerified).toExtend<NonNullable<MfaLoginFactorOptions['onVerified']>>();
    useMfaLogin(answer);
    // @ts-expect-error: only the kinds the kit knows
    useMfaLogin(answer, { preferredKind: 'fingerprint' });
    // @ts-expect-error: a method is chosen by its id (`sms:<deviceId>`, …), not any text
    login.choose('sms');
  });

  test('useRememberDeviceOffer: the mfaToken in, the offer out', () => {
    expectTypeOf(useRememberDeviceOffer('t')).toEqualTypeOf<RememberDeviceOffer>();
    expectTypeOf<RememberDeviceOffer>().toEqualTypeOf<{ allowed: boolean; days: number }>();
    // @ts-expect-error: the mfaToken is required
    useRememberDeviceOffer();
  });
});

describe('enrolment hooks types', () => {
  test('useEnrollAuthenticator: the QR code and, once verified, the recovery code', () => {
    const app = useEnrollAuthenticator({ mfaToken: 't' });
    expectTypeOf(app).toEqualTypeOf<UseEnrollAuthenticatorResult>();
    expectTypeOf(app.step).toEqualTypeOf<LoginSteps>();
    expectTypeOf(app.qrCode).toEqualTypeOf<string | null>();
    expectTypeOf(app.recoveryCode).toEqualTypeOf<string | null>();
    expectTypeOf(app.auth).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(app.verifyCode).parameter(0).toEqualTypeOf<LoginCodeInput>();
    expectTypeOf(app).not.toHaveProperty('start');
    // @ts-expect-error: the mfaToken is required
    useEnrollAuthenticator({});
  });

  test('useEnrollSms: the number submitted, then the code', () => {
    const phone = useEnrollSms({ mfaToken: 't' });
    expectTypeOf(phone).toEqualTypeOf<UseEnrollSmsResult>();
    expectTypeOf(phone.submitPhone).toEqualTypeOf<(phoneNumber: string) => void>();
    expectTypeOf(phone.changePhone).toEqualTypeOf<() => void>();
    expectTypeOf(phone.phoneNumber).toEqualTypeOf<string | null>();
    expectTypeOf(phone.recoveryCode).toEqualTypeOf<string | null>();
    // @ts-expect-error: the number is submitted, not given as an option
    useEnrollSms({ mfaToken: 't', phoneNumber: '+15550001111' });
  });

  test('useEnrollWebAuthn: a press with the kind of key', () => {
    const key = useEnrollWebAuthn({ mfaToken: 't' });
    expectTypeOf(key).toEqualTypeOf<UseEnrollWebAuthnResult>();
    expectTypeOf(key.enroll).parameter(0).toEqualTypeOf<WebAuthnEnrollInput>();
    key.enroll({ deviceType: 'Platform', rememberDevice: true });
    // @ts-expect-error: the kind of key is required
    key.enroll({});
    expectTypeOf(key).not.toHaveProperty('verifyCode');
    expectTypeOf(key.recoveryCode).toEqualTypeOf<string | null>();
  });
});

describe('account settings hooks types', () => {
  test('useAddAuthenticator: no options needed; start, the QR code, the recovery code', () => {
    const app = useAddAuthenticator();
    expectTypeOf(app).toEqualTypeOf<UseAddAuthenticatorResult>();
    expectTypeOf(app.start).toEqualTypeOf<() => boolean>();
    expectTypeOf(app.qrCode).toEqualTypeOf<string | null>();
    expectTypeOf(app.recoveryCode).toEqualTypeOf<string | null>();
    expectTypeOf(app.verifyCode).parameter(0).toEqualTypeOf<MfaCodeInput>();
    expectTypeOf(app).not.toHaveProperty('auth');
    useAddAuthenticator({ onDone: () => undefined, codeTtlMs: 60_000 });
    // @ts-expect-error: settings are the signed-in user's: no mfaToken
    useAddAuthenticator({ mfaToken: 't' });
    // @ts-expect-error: onDone receives nothing
    useAddAuthenticator({ onDone: (auth: AuthResponse) => auth });
  });

  test('useAddPhone: the number submitted, then the code', () => {
    const phone = useAddPhone({ onDone: () => undefined });
    expectTypeOf(phone).toEqualTypeOf<UseAddPhoneResult>();
    expectTypeOf(phone.submitPhone).toEqualTypeOf<(phoneNumber: string) => void>();
    expectTypeOf(phone.phoneNumber).toEqualTypeOf<string | null>();
    // @ts-expect-error: no login here, nothing to remember
    phone.verifyCode({ code: '123456', rememberDevice: true });
  });

  test('useAddWebAuthn: a press with the kind of key; nothing to resend', () => {
    const key = useAddWebAuthn();
    expectTypeOf(key).toEqualTypeOf<UseAddWebAuthnResult>();
    expectTypeOf(key.add).parameter(0).toEqualTypeOf<Omit<WebAuthnEnrollInput, 'rememberDevice'>>();
    expectTypeOf(key).not.toHaveProperty('resendCode');
    expectTypeOf(key).not.toHaveProperty('verifyCode');
    // @ts-expect-error: the kind of key is required
    key.add({});
  });

  test('useRemoveAuthenticator and useRemoveWebAuthn: the device in; a code, or a press', () => {
    const app = useRemoveAuthenticator({ deviceId: 'd' });
    expectTypeOf(app).toEqualTypeOf<UseRemoveAuthenticatorResult>();
    expectTypeOf(app.step).toEqualTypeOf<KnownCodeSteps>();
    expectTypeOf(app.verifyCode).parameter(0).toEqualTypeOf<MfaCodeInput>();
    const key = useRemoveWebAuthn({ deviceId: 'd', onDone: () => undefined });
    expectTypeOf(key).toEqualTypeOf<UseRemoveWebAuthnResult>();
    expectTypeOf(key.remove).toEqualTypeOf<() => boolean>();
    expectTypeOf(key).not.toHaveProperty('resendCode');
    expectTypeOf<MfaRemoveOptions>().toHaveProperty('deviceId').toEqualTypeOf<string>();
    // @ts-expect-error: which app is required
    useRemoveAuthenticator({});
    // @ts-expect-error: which key is required
    useRemoveWebAuthn({});
  });

  test('useRemovePhone: the device in; one press, pending and error out', () => {
    const phone = useRemovePhone({ deviceId: 'd', onDone: () => undefined });
    expectTypeOf(phone).toEqualTypeOf<UseRemovePhoneResult>();
    expectTypeOf(phone.remove).toEqualTypeOf<() => boolean>();
    expectTypeOf(phone.isPending).toEqualTypeOf<boolean>();
    expectTypeOf(phone.error).toEqualTypeOf<MfaApiError | null>();
    // @ts-expect-error: a one-press removal has no code flow to time
    useRemovePhone({ deviceId: 'd', codeTtlMs: 1 });
  });
});

describe('query hooks and the provider types', () => {
  test('useMfaStrategies and useMfaDevices are react-query results with MfaApiError', () => {
    expectTypeOf(useMfaStrategies()).toEqualTypeOf<
      UseQueryResult<MfaStrategiesResponse, MfaApiError>
    >();
    useMfaStrategies(answer);
    useMfaStrategies({ mfaStrategies: undefined });
    expectTypeOf(useMfaDevices({ enabled: false })).toEqualTypeOf<
      UseQueryResult<MfaDevices, MfaApiError>
    >();
    // @ts-expect-error: enabled is a boolean
    useMfaDevices({ enabled: 'yes' });
  });

  test('useMfaClient gives the provider’s client', () => {
    expectTypeOf(useMfaClient()).toEqualTypeOf<MfaClient>();
    expectTypeOf(useMfaClient).parameters.toEqualTypeOf<[]>();
  });

  test('useCodeField takes the field options and a ref, and gives prop objects', () => {
    const field = useCodeField({ length: 6, onComplete: (code) => code }, createRef());
    expectTypeOf(field).toEqualTypeOf<CodeFieldResult>();
    expectTypeOf(field.inputProps.value).toExtend<string>();
    expectTypeOf(field.isComplete).toEqualTypeOf<boolean>();
    expectTypeOf<UseCodeFieldOptions>()
      .toHaveProperty('onComplete')
      .toEqualTypeOf<((code: string) => void) | undefined>();
    // @ts-expect-error: the ref of the input is required
    useCodeField({ length: 6 });
  });
});
