import { describe, expectTypeOf, test } from 'vitest';
import type { MfaClient } from '../client/create-client.js';
import type { RequestOptions } from '../client/http.js';
import type { AuthResponse, SendEmailCodeResponse } from '../client/schemas.js';
import { disableSmsMfaFactor } from './disable-sms-mfa-factor.js';
import type { DisableSmsMfaDetails } from './disable-sms-mfa-factor.js';
import { emailMfaFactor } from './email-mfa-factor.js';
import type { EmailCodeInput } from './email-mfa-factor.js';
import { createMfaFactorSession } from './session.js';
import type {
  CeremonyFactorSpec,
  KnownCodeFactorSpec,
  MfaCodeInput,
  MfaFactorDetails,
  MfaFactorInput,
  MfaFactorParams,
  MfaFactorResult,
  MfaFactorSpec,
  MfaFactorStep,
  SentCodeFactorSpec,
} from './types.js';

declare const client: MfaClient;

// The authenticator-app and WebAuthn calls as CONTRACT.md describes them; the client gets them in the next
// issues. Declared here only to show the spec shapes can express them.
declare const verifyTotp: (
  input: { value: string; mfaToken: string; rememberDevice?: boolean | undefined },
  options?: RequestOptions,
) => Promise<AuthResponse>;
interface WebAuthnChallenge {
  webauthnToken: string;
  options: { challenge: string; allowCredentials?: { id: string; type: 'public-key' }[] };
}
interface WebAuthnAssertion {
  id: string;
  response: {
    clientDataJSON: string;
    authenticatorData: string;
    signature: string;
    userHandle: string;
  };
}
declare const preVerifyWebAuthn: (
  input: { deviceId: string; mfaToken: string },
  options?: RequestOptions,
) => Promise<WebAuthnChallenge>;
declare const verifyWebAuthn: (
  input: {
    deviceId: string;
    mfaToken: string;
    webauthnToken: string;
    options: WebAuthnAssertion;
    rememberDevice?: boolean | undefined;
  },
  options?: RequestOptions,
) => Promise<AuthResponse>;
declare const signChallenge: (
  options: WebAuthnChallenge['options'],
  signal: AbortSignal,
) => Promise<WebAuthnAssertion>;

describe('the shipped factors', () => {
  test('email: the mfaToken in, a code (and remember-device) from the user, an AuthResponse out', () => {
    expectTypeOf<MfaFactorParams<typeof emailMfaFactor>>().toEqualTypeOf<{ mfaToken: string }>();
    expectTypeOf<MfaFactorInput<typeof emailMfaFactor>>().toEqualTypeOf<EmailCodeInput>();
    expectTypeOf<MfaFactorResult<typeof emailMfaFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof emailMfaFactor>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof emailMfaFactor>>().toEqualTypeOf<
      'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed'
    >();
  });

  test('SMS disable: the deviceId in, a code from the user, where it went shown', () => {
    expectTypeOf<MfaFactorParams<typeof disableSmsMfaFactor>>().toEqualTypeOf<{
      deviceId: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof disableSmsMfaFactor>>().toEqualTypeOf<MfaCodeInput>();
    expectTypeOf<MfaFactorResult<typeof disableSmsMfaFactor>>().toEqualTypeOf<void>();
    expectTypeOf<
      MfaFactorDetails<typeof disableSmsMfaFactor>
    >().toEqualTypeOf<DisableSmsMfaDetails>();
  });

  test('a session takes the factor’s params and input, and shows its details and result', () => {
    const session = createMfaFactorSession(emailMfaFactor, { client, params: { mfaToken: 'm' } });
    session.verify({ code: '123456', rememberDevice: true });
    // @ts-expect-error: the code is required
    session.verify({ rememberDevice: true });
    expectTypeOf(session.getSnapshot().result).toEqualTypeOf<AuthResponse | null>();
    // @ts-expect-error: the email factor takes an mfaToken, not a deviceId
    createMfaFactorSession(emailMfaFactor, { client, params: { deviceId: 'd' } });
    const sms = createMfaFactorSession(disableSmsMfaFactor, { client, params: { deviceId: 'd' } });
    expectTypeOf(sms.getSnapshot().details).toEqualTypeOf<DisableSmsMfaDetails | null>();
    expectTypeOf(session.getSnapshot()).not.toHaveProperty('otcToken');
  });
});

describe('the spec shapes', () => {
  test('a sent-code factor needs a send, and its verify sees only what params, send and input give', () => {
    const send = {
      name: ['email-mfa', 'send-code'],
      request: (_client: MfaClient, _params: { mfaToken: string }) =>
        Promise.resolve({ otcToken: 'o' }),
    };
    const spec: SentCodeFactorSpec<
      { mfaToken: string },
      SendEmailCodeResponse,
      MfaCodeInput,
      AuthResponse
    > = {
      kind: 'sent-code',
      send,
      verify: {
        name: ['email-mfa', 'verify-code'],
        request: (c, { mfaToken, otcToken, code }, options) =>
          c.emailMfa.verifyCode({ mfaToken, otcToken, code }, options),
      },
    };
    expectTypeOf(spec).toExtend<MfaFactorSpec>();

    // @ts-expect-error: a sent code has to be sent
    const unsent: SentCodeFactorSpec<{ mfaToken: string }, object, MfaCodeInput, void> = {
      kind: 'sent-code',
      verify: { name: ['x'], request: () => Promise.resolve() },
    };
    const wrongVariables: SentCodeFactorSpec<
      { mfaToken: string },
      SendEmailCodeResponse,
      MfaCodeInput,
      void
    > = {
      kind: 'sent-code',
      send,
      verify: {
        name: ['x'],
        // @ts-expect-error: nothing gives a deviceId to this verify
        request: (_c, _variables: { deviceId: string }) => Promise.resolve(),
      },
    };
    expectTypeOf([unsent, wrongVariables]).toBeArray();
  });

  test('an authenticator app (TOTP) is a known code: no send, the code mapped to the API’s `value`', () => {
    const totp: KnownCodeFactorSpec<
      { mfaToken: string },
      MfaCodeInput & { rememberDevice?: boolean | undefined },
      AuthResponse
    > = {
      kind: 'known-code',
      verify: {
        name: ['authenticator-mfa', 'verify'],
        request: (_c, { mfaToken, code, rememberDevice }, options) =>
          verifyTotp({ value: code, mfaToken, rememberDevice }, options),
      },
    };
    expectTypeOf(totp).toExtend<MfaFactorSpec>();
    expectTypeOf<MfaFactorDetails<typeof totp>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof totp>>().toEqualTypeOf<
      'idle' | 'ready' | 'verifying' | 'verified' | 'failed'
    >();
    const withSend: KnownCodeFactorSpec<object, MfaCodeInput, void> = {
      ...totp,
      // @ts-expect-error: a known code has nothing to send
      send: totp.verify,
    };
    expectTypeOf(withSend).toBeObject();
  });

  test('WebAuthn at login is a ceremony: challenge, navigator.credentials.get, verify with the credential', () => {
    const webauthn: CeremonyFactorSpec<
      { mfaToken: string; deviceId: string },
      WebAuthnChallenge,
      WebAuthnAssertion,
      { rememberDevice?: boolean | undefined },
      AuthResponse
    > = {
      kind: 'ceremony',
      send: {
        name: ['webauthn-mfa', 'challenge'],
        request: (_c, { deviceId, mfaToken }, options) =>
          preVerifyWebAuthn({ deviceId, mfaToken }, options),
      },
      ceremony: (challenge, { signal }) => signChallenge(challenge.options, signal),
      verify: {
        name: ['webauthn-mfa', 'verify'],
        request: (_c, { deviceId, mfaToken, webauthnToken, credential, rememberDevice }, options) =>
          verifyWebAuthn(
            { deviceId, mfaToken, webauthnToken, options: credential, rememberDevice },
            options,
          ),
      },
    };
    expectTypeOf(webauthn).toExtend<MfaFactorSpec>();
    expectTypeOf<MfaFactorParams<typeof webauthn>>().toEqualTypeOf<{
      mfaToken: string;
      deviceId: string;
    }>();
    // The user only chooses whether to be remembered: the ceremony supplies the rest.
    expectTypeOf<MfaFactorInput<typeof webauthn>>().toEqualTypeOf<{
      rememberDevice?: boolean | undefined;
    }>();
    const session = createMfaFactorSession(webauthn, {
      client,
      params: { mfaToken: 'm', deviceId: 'd' },
    });
    session.verify({ rememberDevice: true });
    session.verify({});
    // @ts-expect-error: a ceremony takes no typed code
    session.verify({ code: '123456' });
  });
});
