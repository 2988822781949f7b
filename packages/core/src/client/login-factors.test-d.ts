// Type tests of the login factors' calls, imported the way users import them.
import { describe, expectTypeOf, it } from 'vitest';
import { createMfaClient } from '../index.js';
import type {
  AuthResponse,
  RedeemRecoveryCodeInput,
  SendSmsCodeInput,
  SendSmsCodeResponse,
  StartWebAuthnInput,
  StartWebAuthnResponse,
  VerifySmsCodeInput,
  VerifyAuthenticatorCodeInput,
  VerifyWebAuthnInput,
  WebAuthnAssertion,
  WebAuthnRequestOptions,
} from '../index.js';

const client = createMfaClient();

describe('login factors', () => {
  it('types each request and answer', () => {
    expectTypeOf(client.authenticatorMfa.verify)
      .parameter(0)
      .toEqualTypeOf<VerifyAuthenticatorCodeInput>();
    expectTypeOf(client.authenticatorMfa.verify).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.smsMfa.sendCode).parameter(0).toEqualTypeOf<SendSmsCodeInput>();
    expectTypeOf(client.smsMfa.sendCode).returns.resolves.toEqualTypeOf<SendSmsCodeResponse>();
    expectTypeOf(client.smsMfa.verifyCode).parameter(0).toEqualTypeOf<VerifySmsCodeInput>();
    expectTypeOf(client.smsMfa.verifyCode).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.webauthnMfa.start).parameter(0).toEqualTypeOf<StartWebAuthnInput>();
    expectTypeOf(client.webauthnMfa.start).returns.resolves.toEqualTypeOf<StartWebAuthnResponse>();
    expectTypeOf(client.webauthnMfa.verify).parameter(0).toEqualTypeOf<VerifyWebAuthnInput>();
    expectTypeOf(client.webauthnMfa.verify).returns.resolves.toEqualTypeOf<AuthResponse>();
    expectTypeOf(client.recoveryCode.redeem).parameter(0).toEqualTypeOf<RedeemRecoveryCodeInput>();
    expectTypeOf(client.recoveryCode.redeem).returns.resolves.toBeVoid();
  });

  it('takes the fields Frontegg names, codes as strings', () => {
    void client.authenticatorMfa.verify({ mfaToken: 't', value: '123456', rememberDevice: true });
    // @ts-expect-error -- the authenticator code is a string of digits
    void client.authenticatorMfa.verify({ mfaToken: 't', value: 123456 });
    // @ts-expect-error -- an SMS code at login names the phone it went to
    void client.smsMfa.verifyCode({ mfaToken: 't', otcToken: 'o', code: '1' });
    // @ts-expect-error -- a recovery code needs the email it belongs to
    void client.recoveryCode.redeem({ recoveryCode: 'r' });
  });

  it('hands the WebAuthn options to the browser as they are, and takes its answer back', () => {
    expectTypeOf<WebAuthnRequestOptions>().toExtend<PublicKeyCredentialRequestOptionsJSON>();
    expectTypeOf<StartWebAuthnResponse['webauthnToken']>().toEqualTypeOf<string>();
    // `credential.toJSON()` is typed `any` by the DOM: an object of the JSON form fits, userHandle left out.
    const fromBrowser = {
      id: 'c',
      rawId: 'c',
      type: 'public-key',
      response: { clientDataJSON: 'a', authenticatorData: 'b', signature: 's' },
      clientExtensionResults: {},
    };
    expectTypeOf(fromBrowser).toExtend<WebAuthnAssertion>();
    expectTypeOf<WebAuthnAssertion['response']['userHandle']>().toEqualTypeOf<
      string | null | undefined
    >();
  });
});
