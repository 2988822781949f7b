// One type test per shipped factor spec (the recipe in ARCHITECTURE.md, "Adding a factor", step 3): what the
// app gives (params), what the user enters (input), what a screen may show (details), the verify's answer
// (result), and what must not type-check. All against the specs as exported, never stand-ins.
import { describe, expectTypeOf, test } from 'vitest';
import type { MfaClient } from '../client/create-client.js';
import type { WebAuthnAttestation } from '../client/enroll-mfa.js';
import type {
  AuthResponse,
  PreDisableSmsResponse,
  SendEmailCodeResponse,
  SendSmsCodeResponse,
  StartAuthenticatorEnrollmentResponse,
  StartSmsEnrollmentResponse,
  StartWebAuthnEnrollmentResponse,
  StartWebAuthnResponse,
  VerifyAuthenticatorEnrollmentResponse,
  VerifyUserEnrollmentResponse,
} from '../client/schemas.js';
import type { WebAuthnAssertion } from '../client/webauthn-mfa.js';
import { addAuthenticatorFactor } from './add-authenticator-factor.js';
import { addPhoneFactor } from './add-phone-factor.js';
import { addWebAuthnFactor } from './add-webauthn-factor.js';
import { removePhoneWithCodeFactor } from './remove-phone-with-code-factor.js';
import type { RemovePhoneWithCodeDetails } from './remove-phone-with-code-factor.js';
import { emailMfaFactor } from './email-mfa-factor.js';
import type { EmailCodeInput } from './email-mfa-factor.js';
import { enrollAuthenticatorFactor } from './enroll-authenticator-factor.js';
import type { AuthenticatorSetupDetails } from './enroll-authenticator-factor.js';
import { enrollSmsFactor } from './enroll-sms-factor.js';
import { enrollWebAuthnFactor } from './enroll-webauthn-factor.js';
import type { WebAuthnEnrollInput } from './enroll-webauthn-factor.js';
import { recoveryCodeFactor } from './recovery-code-factor.js';
import { removeAuthenticatorFactor } from './remove-authenticator-factor.js';
import { removeWebAuthnFactor } from './remove-webauthn-factor.js';
import { createMfaFactorSession } from './session.js';
import { smsMfaFactor } from './sms-mfa-factor.js';
import type { SmsCodeDetails } from './sms-mfa-factor.js';
import { authenticatorMfaFactor } from './authenticator-mfa-factor.js';
import { webAuthnMfaFactor } from './webauthn-mfa-factor.js';
import type { WebAuthnLoginInput } from './webauthn-mfa-factor.js';
import type {
  KnownCodeFactorSpec,
  LoginCodeInput,
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

type SentCodeSteps = 'idle' | 'sending' | 'code-sent' | 'verifying' | 'verified' | 'failed';
type KnownCodeSteps = 'idle' | 'ready' | 'verifying' | 'verified' | 'failed';
/** What a spec's verify request receives. */
type VerifyVariables<TSpec extends MfaFactorSpec> = Parameters<TSpec['verify']['request']>[1];

describe('login factors', () => {
  test('email: the mfaToken in, a code (and remember-device) from the user, an AuthResponse out', () => {
    expectTypeOf(emailMfaFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof emailMfaFactor>>().toEqualTypeOf<{ mfaToken: string }>();
    expectTypeOf<MfaFactorInput<typeof emailMfaFactor>>().toEqualTypeOf<EmailCodeInput>();
    expectTypeOf<MfaFactorResult<typeof emailMfaFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof emailMfaFactor>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof emailMfaFactor>>().toEqualTypeOf<SentCodeSteps>();
    // The send's otcToken reaches the verify, not the screen.
    expectTypeOf<VerifyVariables<typeof emailMfaFactor>>().toEqualTypeOf<
      { mfaToken: string } & SendEmailCodeResponse & EmailCodeInput
    >();

    const session = createMfaFactorSession(emailMfaFactor, { client, params: { mfaToken: 'm' } });
    session.verify({ code: '123456', rememberDevice: true });
    // @ts-expect-error: the code is required
    session.verify({ rememberDevice: true });
    // @ts-expect-error: the code is text
    session.verify({ code: 123456 });
    // @ts-expect-error: the email factor takes an mfaToken, not a deviceId
    createMfaFactorSession(emailMfaFactor, { client, params: { deviceId: 'd' } });
    expectTypeOf(session.getSnapshot().result).toEqualTypeOf<AuthResponse | null>();
    expectTypeOf(session.getSnapshot()).not.toHaveProperty('otcToken');
  });

  test('SMS: the mfaToken and the phone in, a code from the user, where it went shown', () => {
    expectTypeOf(smsMfaFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof smsMfaFactor>>().toEqualTypeOf<{
      deviceId: string;
      mfaToken: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof smsMfaFactor>>().toEqualTypeOf<LoginCodeInput>();
    expectTypeOf<MfaFactorResult<typeof smsMfaFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof smsMfaFactor>>().toEqualTypeOf<SmsCodeDetails>();
    expectTypeOf<SmsCodeDetails>().toEqualTypeOf<{ phoneNumber: string | null }>();
    expectTypeOf<MfaFactorStep<typeof smsMfaFactor>>().toEqualTypeOf<SentCodeSteps>();
    expectTypeOf<VerifyVariables<typeof smsMfaFactor>>().toExtend<{
      deviceId: string;
      otcToken: string;
    }>();
    expectTypeOf<VerifyVariables<typeof smsMfaFactor>>().toEqualTypeOf<
      { deviceId: string; mfaToken: string } & SendSmsCodeResponse & LoginCodeInput
    >();

    const session = createMfaFactorSession(smsMfaFactor, {
      client,
      params: { mfaToken: 'm', deviceId: 'd' },
    });
    expectTypeOf(session.getSnapshot().details).toEqualTypeOf<SmsCodeDetails | null>();
    // @ts-expect-error: the phone to text is required
    createMfaFactorSession(smsMfaFactor, { client, params: { mfaToken: 'm' } });
  });

  test('authenticator app (TOTP): a known code, no send, nothing to show, the code sent as `value`', () => {
    expectTypeOf(authenticatorMfaFactor).toExtend<
      KnownCodeFactorSpec<{ mfaToken: string }, LoginCodeInput, AuthResponse>
    >();
    expectTypeOf(authenticatorMfaFactor.kind).toEqualTypeOf<'known-code'>();
    expectTypeOf(authenticatorMfaFactor).not.toHaveProperty('send');
    expectTypeOf<MfaFactorParams<typeof authenticatorMfaFactor>>().toEqualTypeOf<{
      mfaToken: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof authenticatorMfaFactor>>().toEqualTypeOf<LoginCodeInput>();
    expectTypeOf<MfaFactorResult<typeof authenticatorMfaFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof authenticatorMfaFactor>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof authenticatorMfaFactor>>().toEqualTypeOf<KnownCodeSteps>();
    // Params and input only: nothing was sent.
    expectTypeOf<VerifyVariables<typeof authenticatorMfaFactor>>().toEqualTypeOf<
      { mfaToken: string } & LoginCodeInput
    >();

    const session = createMfaFactorSession(authenticatorMfaFactor, {
      client,
      params: { mfaToken: 'm' },
    });
    session.verify({ code: '123456' });
    // @ts-expect-error: the API's name for the code (`value`) is the spec's business, not the caller's
    session.verify({ value: '123456' });
    const withSend: KnownCodeFactorSpec<object, MfaCodeInput, void> = {
      ...authenticatorMfaFactor,
      // @ts-expect-error: a known code has nothing to send
      send: authenticatorMfaFactor.verify,
    };
    expectTypeOf(withSend).toBeObject();
  });

  test('WebAuthn: a ceremony; the mfaToken and the key in, only remember-device from the user', () => {
    expectTypeOf(webAuthnMfaFactor.kind).toEqualTypeOf<'ceremony'>();
    expectTypeOf<MfaFactorParams<typeof webAuthnMfaFactor>>().toEqualTypeOf<{
      deviceId: string;
      mfaToken: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof webAuthnMfaFactor>>().toEqualTypeOf<WebAuthnLoginInput>();
    expectTypeOf<WebAuthnLoginInput>().toEqualTypeOf<{ rememberDevice?: boolean | undefined }>();
    expectTypeOf<MfaFactorResult<typeof webAuthnMfaFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof webAuthnMfaFactor>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof webAuthnMfaFactor>>().toEqualTypeOf<SentCodeSteps>();
    // The browser signs the challenge's options; the verify gets the challenge and the assertion.
    expectTypeOf(webAuthnMfaFactor.ceremony).parameter(0).toEqualTypeOf<StartWebAuthnResponse>();
    expectTypeOf(webAuthnMfaFactor.ceremony).returns.resolves.toEqualTypeOf<WebAuthnAssertion>();
    expectTypeOf<VerifyVariables<typeof webAuthnMfaFactor>>().toEqualTypeOf<
      { deviceId: string; mfaToken: string } & StartWebAuthnResponse &
        WebAuthnLoginInput & { credential: WebAuthnAssertion }
    >();

    const session = createMfaFactorSession(webAuthnMfaFactor, {
      client,
      params: { mfaToken: 'm', deviceId: 'd' },
    });
    session.verify({ rememberDevice: true });
    session.verify({});
    // @ts-expect-error: a ceremony takes no typed code
    session.verify({ code: '123456' });
    // @ts-expect-error: the credential is the ceremony's, never the caller's
    session.verify({ credential: {} as WebAuthnAssertion });
  });

  test('recovery code: the email in, the code as issued from the user, nothing out (no session)', () => {
    expectTypeOf(recoveryCodeFactor.kind).toEqualTypeOf<'known-code'>();
    expectTypeOf<MfaFactorParams<typeof recoveryCodeFactor>>().toEqualTypeOf<{ email: string }>();
    expectTypeOf<MfaFactorInput<typeof recoveryCodeFactor>>().toEqualTypeOf<MfaCodeInput>();
    expectTypeOf<MfaFactorResult<typeof recoveryCodeFactor>>().toEqualTypeOf<void>();
    expectTypeOf<MfaFactorDetails<typeof recoveryCodeFactor>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof recoveryCodeFactor>>().toEqualTypeOf<KnownCodeSteps>();

    const session = createMfaFactorSession(recoveryCodeFactor, { client, params: { email: 'e' } });
    // @ts-expect-error: spending a recovery code offers no remembered device: MFA is gone
    session.verify({ code: 'ABCD-EFGH', rememberDevice: true });
    // @ts-expect-error: the recovery code is redeemed by email, not at the login's mfaToken
    createMfaFactorSession(recoveryCodeFactor, { client, params: { mfaToken: 'm' } });
  });
});

describe('factors added during a login (enrolment)', () => {
  test('authenticator app: the mfaToken in, the QR code shown, the sign-in out', () => {
    expectTypeOf(enrollAuthenticatorFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof enrollAuthenticatorFactor>>().toEqualTypeOf<{
      mfaToken: string;
    }>();
    expectTypeOf<
      MfaFactorInput<typeof enrollAuthenticatorFactor>
    >().toEqualTypeOf<LoginCodeInput>();
    expectTypeOf<MfaFactorResult<typeof enrollAuthenticatorFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<
      MfaFactorDetails<typeof enrollAuthenticatorFactor>
    >().toEqualTypeOf<AuthenticatorSetupDetails>();
    expectTypeOf<AuthenticatorSetupDetails>().toEqualTypeOf<{ qrCode: string }>();
    expectTypeOf<VerifyVariables<typeof enrollAuthenticatorFactor>>().toEqualTypeOf<
      { mfaToken: string } & StartAuthenticatorEnrollmentResponse & LoginCodeInput
    >();
    createMfaFactorSession(enrollAuthenticatorFactor, {
      client,
      // @ts-expect-error: the number is the SMS enrolment's
      params: { mfaToken: 'm', phoneNumber: '+1' },
    });
  });

  test('phone: the mfaToken and the number in, nothing shown, the sign-in out', () => {
    expectTypeOf(enrollSmsFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof enrollSmsFactor>>().toEqualTypeOf<{
      mfaToken: string;
      phoneNumber: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof enrollSmsFactor>>().toEqualTypeOf<LoginCodeInput>();
    expectTypeOf<MfaFactorResult<typeof enrollSmsFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof enrollSmsFactor>>().toEqualTypeOf<null>();
    expectTypeOf<VerifyVariables<typeof enrollSmsFactor>>().toEqualTypeOf<
      { mfaToken: string; phoneNumber: string } & StartSmsEnrollmentResponse & LoginCodeInput
    >();
    // @ts-expect-error: the number to text is required
    createMfaFactorSession(enrollSmsFactor, { client, params: { mfaToken: 'm' } });
  });

  test('passkey or security key: the mfaToken in, the kind of key from the user, the sign-in out', () => {
    expectTypeOf(enrollWebAuthnFactor.kind).toEqualTypeOf<'ceremony'>();
    expectTypeOf<MfaFactorParams<typeof enrollWebAuthnFactor>>().toEqualTypeOf<{
      mfaToken: string;
    }>();
    expectTypeOf<
      MfaFactorInput<typeof enrollWebAuthnFactor>
    >().toEqualTypeOf<WebAuthnEnrollInput>();
    expectTypeOf<WebAuthnEnrollInput['deviceType']>().toEqualTypeOf<'Platform' | 'CrossPlatform'>();
    expectTypeOf<MfaFactorResult<typeof enrollWebAuthnFactor>>().toEqualTypeOf<AuthResponse>();
    expectTypeOf<MfaFactorDetails<typeof enrollWebAuthnFactor>>().toEqualTypeOf<null>();
    expectTypeOf(enrollWebAuthnFactor.ceremony)
      .parameter(0)
      .toEqualTypeOf<StartWebAuthnEnrollmentResponse>();
    expectTypeOf(
      enrollWebAuthnFactor.ceremony,
    ).returns.resolves.toEqualTypeOf<WebAuthnAttestation>();

    const session = createMfaFactorSession(enrollWebAuthnFactor, {
      client,
      params: { mfaToken: 'm' },
    });
    session.verify({ deviceType: 'Platform', rememberDevice: true });
    // @ts-expect-error: which kind of key is required
    session.verify({ rememberDevice: true });
    // @ts-expect-error: only the two kinds Frontegg knows
    session.verify({ deviceType: 'Phone' });
  });
});

describe('account settings factors', () => {
  test('adding an authenticator app: no params, the QR code shown, the recovery code out', () => {
    expectTypeOf(addAuthenticatorFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof addAuthenticatorFactor>>().toEqualTypeOf<
      Record<string, never>
    >();
    expectTypeOf<MfaFactorInput<typeof addAuthenticatorFactor>>().toEqualTypeOf<MfaCodeInput>();
    expectTypeOf<
      MfaFactorResult<typeof addAuthenticatorFactor>
    >().toEqualTypeOf<VerifyAuthenticatorEnrollmentResponse>();
    // Optional, as Frontegg's SDK reads it (@frontegg/redux-store 7.119): an answer may carry none.
    expectTypeOf<VerifyAuthenticatorEnrollmentResponse['recoveryCode']>().toEqualTypeOf<
      string | undefined
    >();
    expectTypeOf<
      MfaFactorDetails<typeof addAuthenticatorFactor>
    >().toEqualTypeOf<AuthenticatorSetupDetails>();
    expectTypeOf(addAuthenticatorFactor.verify.changesDevices).toEqualTypeOf<boolean | undefined>();

    const session = createMfaFactorSession(addAuthenticatorFactor, { client, params: {} });
    // @ts-expect-error: the signed-in user's settings have no login to remember a device for
    session.verify({ code: '123456', rememberDevice: true });
    // @ts-expect-error: the signed-in user needs no mfaToken
    createMfaFactorSession(addAuthenticatorFactor, { client, params: { mfaToken: 'm' } });
  });

  test('adding a phone: the number in, a code from the user, maybe a recovery code out', () => {
    expectTypeOf(addPhoneFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof addPhoneFactor>>().toEqualTypeOf<{ phoneNumber: string }>();
    expectTypeOf<MfaFactorInput<typeof addPhoneFactor>>().toEqualTypeOf<MfaCodeInput>();
    expectTypeOf<
      MfaFactorResult<typeof addPhoneFactor>
    >().toEqualTypeOf<VerifyUserEnrollmentResponse>();
    expectTypeOf<MfaFactorDetails<typeof addPhoneFactor>>().toEqualTypeOf<null>();
    expectTypeOf<VerifyVariables<typeof addPhoneFactor>>().toEqualTypeOf<
      { phoneNumber: string } & StartSmsEnrollmentResponse & MfaCodeInput
    >();
    // @ts-expect-error: the number is required
    createMfaFactorSession(addPhoneFactor, { client, params: {} });
  });

  test('adding a passkey or security key: no params, the kind of key from the user, maybe a recovery code out', () => {
    expectTypeOf(addWebAuthnFactor.kind).toEqualTypeOf<'ceremony'>();
    expectTypeOf<MfaFactorParams<typeof addWebAuthnFactor>>().toEqualTypeOf<
      Record<string, never>
    >();
    expectTypeOf<MfaFactorInput<typeof addWebAuthnFactor>>().toEqualTypeOf<
      Omit<WebAuthnEnrollInput, 'rememberDevice'>
    >();
    expectTypeOf<
      MfaFactorResult<typeof addWebAuthnFactor>
    >().toEqualTypeOf<VerifyUserEnrollmentResponse>();
    expectTypeOf<MfaFactorDetails<typeof addWebAuthnFactor>>().toEqualTypeOf<null>();
    expectTypeOf(addWebAuthnFactor.ceremony).returns.resolves.toEqualTypeOf<WebAuthnAttestation>();

    const session = createMfaFactorSession(addWebAuthnFactor, { client, params: {} });
    session.verify({ deviceType: 'CrossPlatform' });
    // @ts-expect-error: no login here: nothing to remember
    session.verify({ deviceType: 'CrossPlatform', rememberDevice: true });
  });

  test('turning off an SMS device: the deviceId in, a code from the user, where it went shown', () => {
    expectTypeOf(removePhoneWithCodeFactor.kind).toEqualTypeOf<'sent-code'>();
    expectTypeOf<MfaFactorParams<typeof removePhoneWithCodeFactor>>().toEqualTypeOf<{
      deviceId: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof removePhoneWithCodeFactor>>().toEqualTypeOf<MfaCodeInput>();
    expectTypeOf<MfaFactorResult<typeof removePhoneWithCodeFactor>>().toEqualTypeOf<void>();
    expectTypeOf<
      MfaFactorDetails<typeof removePhoneWithCodeFactor>
    >().toEqualTypeOf<RemovePhoneWithCodeDetails>();
    expectTypeOf<VerifyVariables<typeof removePhoneWithCodeFactor>>().toEqualTypeOf<
      { deviceId: string } & PreDisableSmsResponse & MfaCodeInput
    >();

    const sms = createMfaFactorSession(removePhoneWithCodeFactor, {
      client,
      params: { deviceId: 'd' },
    });
    expectTypeOf(sms.getSnapshot().details).toEqualTypeOf<RemovePhoneWithCodeDetails | null>();
    // @ts-expect-error: the device is required
    createMfaFactorSession(removePhoneWithCodeFactor, { client, params: {} });
  });

  test('removing an authenticator app: the deviceId in, a current or recovery code, nothing out', () => {
    expectTypeOf(removeAuthenticatorFactor.kind).toEqualTypeOf<'known-code'>();
    expectTypeOf<MfaFactorParams<typeof removeAuthenticatorFactor>>().toEqualTypeOf<{
      deviceId: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof removeAuthenticatorFactor>>().toEqualTypeOf<MfaCodeInput>();
    expectTypeOf<MfaFactorResult<typeof removeAuthenticatorFactor>>().toEqualTypeOf<void>();
    expectTypeOf<MfaFactorDetails<typeof removeAuthenticatorFactor>>().toEqualTypeOf<null>();
    expectTypeOf<MfaFactorStep<typeof removeAuthenticatorFactor>>().toEqualTypeOf<KnownCodeSteps>();
    // @ts-expect-error: which app to remove is required
    createMfaFactorSession(removeAuthenticatorFactor, { client, params: {} });
  });

  test('removing a passkey or security key: the deviceId in, nothing from the user, nothing out', () => {
    expectTypeOf(removeWebAuthnFactor.kind).toEqualTypeOf<'ceremony'>();
    expectTypeOf<MfaFactorParams<typeof removeWebAuthnFactor>>().toEqualTypeOf<{
      deviceId: string;
    }>();
    expectTypeOf<MfaFactorInput<typeof removeWebAuthnFactor>>().toEqualTypeOf<
      Record<string, never>
    >();
    expectTypeOf<MfaFactorResult<typeof removeWebAuthnFactor>>().toEqualTypeOf<void>();
    expectTypeOf<MfaFactorDetails<typeof removeWebAuthnFactor>>().toEqualTypeOf<null>();
    // Removal signs with the key (an assertion), it does not create one.
    expectTypeOf(removeWebAuthnFactor.ceremony).returns.resolves.toEqualTypeOf<WebAuthnAssertion>();

    const session = createMfaFactorSession(removeWebAuthnFactor, {
      client,
      params: { deviceId: 'd' },
    });
    session.verify({});
    // @ts-expect-error: a removal takes no code
    session.verify({ code: '123456' });
  });
});

describe('every shipped spec', () => {
  test('is an MfaFactorSpec of the kind ARCHITECTURE.md gives it', () => {
    const specs = [
      emailMfaFactor,
      smsMfaFactor,
      authenticatorMfaFactor,
      webAuthnMfaFactor,
      recoveryCodeFactor,
      enrollAuthenticatorFactor,
      enrollSmsFactor,
      enrollWebAuthnFactor,
      addAuthenticatorFactor,
      addPhoneFactor,
      addWebAuthnFactor,
      removePhoneWithCodeFactor,
      removeAuthenticatorFactor,
      removeWebAuthnFactor,
    ] as const;
    expectTypeOf(specs).items.toExtend<MfaFactorSpec>();
    expectTypeOf(specs).toHaveProperty('length').toEqualTypeOf<14>();
  });

  test('a sent code has to be sent, and its verify sees only what params, send and input give', () => {
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
      send: emailMfaFactor.send,
      verify: {
        name: ['x'],
        // @ts-expect-error: nothing gives a deviceId to this verify
        request: (_c, _variables: { deviceId: string }) => Promise.resolve(),
      },
    };
    expectTypeOf([unsent, wrongVariables]).toBeArray();
  });
});
