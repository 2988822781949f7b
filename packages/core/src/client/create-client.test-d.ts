// Type tests of the public API, imported the way users import it.
import { describe, expectTypeOf, it } from 'vitest';
import { createMfaClient, isMfaApiError } from '../index.js';
import type {
  AuthResponse,
  DisableSmsInput,
  DisableSmsWithoutCodeInput,
  LoginInput,
  MfaApiError,
  MfaClient,
  MfaClientOptions,
  MfaDevices,
  MfaErrorKind,
  PreDisableSmsResponse,
  Region,
  RememberDevicePolicy,
  RequestOptions,
  SendEmailCodeResponse,
  VerifyEmailCodeInput,
} from '../index.js';

describe('createMfaClient', () => {
  it('takes optional options and returns an MfaClient', () => {
    expectTypeOf(createMfaClient).parameter(0).toEqualTypeOf<MfaClientOptions | undefined>();
    expectTypeOf(createMfaClient()).toEqualTypeOf<MfaClient>();
    expectTypeOf<Region>().toEqualTypeOf<'eu' | 'us' | 'ca' | 'au'>();
  });

  it('accepts the documented options, explicit undefined included', () => {
    createMfaClient({
      region: 'us',
      baseUrl: undefined,
      getAccessToken: () => Promise.resolve(null),
      userId: 'u',
      tenantId: undefined,
      fetch: globalThis.fetch,
      timeoutMs: 5_000,
      credentials: 'same-origin',
      headers: { 'x-app': 'demo' },
      errorCodeKinds: { 'ER-01110': 'invalid-code' },
    });
    // @ts-expect-error -- not a Frontegg region
    createMfaClient({ region: 'de' });
    // @ts-expect-error -- errorCodeKinds maps to kinds only
    createMfaClient({ errorCodeKinds: { 'ER-1': 'wrong' } });
    // @ts-expect-error -- the token getter returns a string or null
    createMfaClient({ getAccessToken: () => 42 });
  });
});

describe('MfaClient methods', () => {
  const client = createMfaClient();

  it('types each request and answer', () => {
    expectTypeOf(client.auth.login).parameter(0).toEqualTypeOf<LoginInput>();
    expectTypeOf(client.auth.login).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.emailMfa.sendCode).returns.resolves.toEqualTypeOf<SendEmailCodeResponse>();
    expectTypeOf(client.emailMfa.verifyCode).parameter(0).toEqualTypeOf<VerifyEmailCodeInput>();
    expectTypeOf(client.emailMfa.verifyCode).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(
      client.mfaPolicy.rememberDevice,
    ).returns.resolves.toEqualTypeOf<RememberDevicePolicy>();
    expectTypeOf(client.devices.list).returns.resolves.toEqualTypeOf<MfaDevices>();
    expectTypeOf(client.smsMfa.preDisable).returns.resolves.toEqualTypeOf<PreDisableSmsResponse>();
    expectTypeOf(client.smsMfa.disable)
      .parameter(0)
      .toEqualTypeOf<DisableSmsInput | DisableSmsWithoutCodeInput>();
    expectTypeOf(client.smsMfa.disable).returns.resolves.toBeVoid();
    expectTypeOf(client.mfaPolicy.strategies).returns.resolves.toEqualTypeOf<{
      strategies: { strategy: string; isActive: boolean }[];
    }>();
    expectTypeOf(
      client.enrollMfa.verifyAuthenticator,
    ).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.enrollMfa.verifySms).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.enrollMfa.verifyWebAuthn).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.manageMfa.startAuthenticator).returns.resolves.toEqualTypeOf<{
      qrCode: string;
    }>();
    // Optional in Frontegg's SDK (`@frontegg/redux-store` 7.119, `auth/MfaState/actions.js`) on all three.
    expectTypeOf(client.manageMfa.verifyAuthenticator).returns.resolves.toEqualTypeOf<{
      recoveryCode?: string | undefined;
    }>();
    expectTypeOf(client.manageMfa.verifySms).returns.resolves.toEqualTypeOf<{
      recoveryCode?: string | undefined;
    }>();
    expectTypeOf(client.manageMfa.verifyWebAuthn).returns.resolves.toEqualTypeOf<{
      recoveryCode?: string | undefined;
    }>();
    expectTypeOf(client.manageMfa.startWebAuthn)
      .parameter(0)
      .toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(client.manageMfa.disableWebAuthn).returns.resolves.toBeVoid();
  });

  it('takes an optional signal on every call', () => {
    expectTypeOf(client.emailMfa.sendCode).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    expectTypeOf(client.devices.list).parameter(0).toEqualTypeOf<RequestOptions | undefined>();
    void client.emailMfa.sendCode({ mfaToken: 't' }, { signal: new AbortController().signal });
    // @ts-expect-error -- the code is a string of digits, not a number
    void client.emailMfa.verifyCode({ mfaToken: 't', otcToken: 'o', code: 123456 });
    // @ts-expect-error -- disabling a device with a token needs its code
    void client.smsMfa.disable({ deviceId: 'd', otcToken: 'o' });
    void client.smsMfa.disable({ deviceId: 'd' });
    const attestation = { id: 'i', response: { clientDataJSON: 'c', attestationObject: 'a' } };
    const usbKey = { deviceType: 'usb', webauthnToken: 'w', options: attestation } as const;
    // @ts-expect-error -- a WebAuthn device is a Platform or a CrossPlatform one
    void client.manageMfa.verifyWebAuthn(usbKey);
  });

  it('shapes the answers as Frontegg documents them', () => {
    expectTypeOf<SendEmailCodeResponse>().toEqualTypeOf<{ otcToken: string }>();
    expectTypeOf<RememberDevicePolicy>().toEqualTypeOf<{
      isAllowedToRemember: boolean;
      mfaDeviceExpiration: number;
    }>();
    expectTypeOf<AuthResponse['mfaRequired']>().toEqualTypeOf<boolean>();
    expectTypeOf<AuthResponse['mfaToken']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AuthResponse['mfaDevices']>().toEqualTypeOf<MfaDevices | undefined>();
    expectTypeOf<MfaDevices['phones'][number]>().toEqualTypeOf<{
      id: string;
      phoneNumber: string;
    }>();
    expectTypeOf<PreDisableSmsResponse['phoneNumber']>().toEqualTypeOf<string | undefined>();
  });
});

describe('MfaApiError', () => {
  it('narrows with isMfaApiError and exposes a closed set of kinds', () => {
    const caught: unknown = new Error('x');
    if (isMfaApiError(caught)) {
      expectTypeOf(caught).toEqualTypeOf<MfaApiError>();
      expectTypeOf(caught.kind).toEqualTypeOf<MfaErrorKind>();
      expectTypeOf(caught.retryAfterMs).toEqualTypeOf<number | undefined>();
      expectTypeOf(caught.messages).toEqualTypeOf<readonly string[]>();
    }
    expectTypeOf<'timeout'>().toExtend<MfaErrorKind>();
    expectTypeOf<'teapot'>().not.toExtend<MfaErrorKind>();
  });
});
