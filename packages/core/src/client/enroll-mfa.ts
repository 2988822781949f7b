import type { Endpoint, RequestOptions } from './http.js';
import { deviceType, digits, flag, phoneNumber, text } from './inputs.js';
import {
  authResponseSchema,
  smsCodeSentSchema,
  startAuthenticatorEnrollmentSchema,
  startWebAuthnEnrollmentSchema,
} from './schemas.js';
import type {
  AuthResponse,
  StartAuthenticatorEnrollmentResponse,
  StartSmsEnrollmentResponse,
  StartWebAuthnEnrollmentResponse,
} from './schemas.js';
import { attestation } from './webauthn-credentials.js';

/** A login that must add a second factor first (`mfaRequired` with `mfaEnrolled: false`). */
export interface EnrollMfaStartInput {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
}

/** Completes the login by adding the authenticator app the QR code set up. */
export interface VerifyAuthenticatorEnrollmentInput {
  mfaToken: string;
  /** The 6-digit code the app now shows, digits only. */
  token: string;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/** Texts a code to the phone being added. */
export interface StartSmsEnrollmentInput {
  mfaToken: string;
  /** In international (E.164) form, e.g. `+15551234567`. */
  phoneNumber: string;
}

/** Completes the login by adding the phone with the code it received. */
export interface VerifySmsEnrollmentInput {
  mfaToken: string;
  /** From the `startSms` answer. */
  otcToken: string;
  /** What the user typed: digits only. */
  code: string;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/**
 * What `navigator.credentials.create` gave, in JSON form (base64url strings): `credential.toJSON()` fits.
 * Only the fields below are sent.
 */
export interface WebAuthnAttestation {
  /** The new credential's id. */
  id: string;
  response: {
    clientDataJSON: string;
    attestationObject: string;
    /** How the key can be reached (`internal`, `usb`, `hybrid`, ...), when the browser says; not sent. */
    transports?: string[];
  };
  /**
   * `platform` (built into the device: Frontegg's `Platform`) or `cross-platform` (a security key:
   * `CrossPlatform`), when the browser says; not sent.
   */
  authenticatorAttachment?: string;
}

/** What adding a passkey or security key sends, at login or from account settings. */
export interface VerifyWebAuthnEnrollmentFields {
  /** `Platform`: a passkey in this device; `CrossPlatform`: a security key. */
  deviceType: 'Platform' | 'CrossPlatform';
  /** From the start answer. */
  webauthnToken: string;
  /** The attestation (Frontegg's field name for it). */
  options: WebAuthnAttestation;
}

/** Completes the login by adding the passkey or security key the browser created. */
export interface VerifyWebAuthnEnrollmentInput extends VerifyWebAuthnEnrollmentFields {
  mfaToken: string;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/**
 * Adding a second factor during a login that requires one: each `verify…` completes the login with a
 * full AuthResponse whose `recoveryCode` must be shown to the user once.
 */
export interface EnrollMfaApi {
  /** Starts adding an authenticator app (`POST /resources/auth/v1/user/mfa/authenticator/enroll`). */
  startAuthenticator: (
    input: EnrollMfaStartInput,
    options?: RequestOptions,
  ) => Promise<StartAuthenticatorEnrollmentResponse>;
  /** Checks the app's first code (`POST /resources/auth/v1/user/mfa/authenticator/enroll/verify`). */
  verifyAuthenticator: (
    input: VerifyAuthenticatorEnrollmentInput,
    options?: RequestOptions,
  ) => Promise<AuthResponse>;
  /**
   * Texts a code to the phone (`POST /resources/auth/v1/user/mfa/sms/enroll`); calling it again resends.
   */
  startSms: (
    input: StartSmsEnrollmentInput,
    options?: RequestOptions,
  ) => Promise<StartSmsEnrollmentResponse>;
  /** Checks the texted code (`POST /resources/auth/v1/user/mfa/sms/enroll/verify`). */
  verifySms: (input: VerifySmsEnrollmentInput, options?: RequestOptions) => Promise<AuthResponse>;
  /**
   * Starts adding a passkey or security key (`POST /resources/auth/v1/user/mfa/webauthn/enroll`): pass
   * `options` to `PublicKeyCredential.parseCreationOptionsFromJSON`, then to `navigator.credentials.create`.
   */
  startWebAuthn: (
    input: EnrollMfaStartInput,
    options?: RequestOptions,
  ) => Promise<StartWebAuthnEnrollmentResponse>;
  /** Checks the new credential (`POST /resources/auth/v1/user/mfa/webauthn/enroll/verify`). */
  verifyWebAuthn: (
    input: VerifyWebAuthnEnrollmentInput,
    options?: RequestOptions,
  ) => Promise<AuthResponse>;
}

/** `enrollMfa.startAuthenticator`. */
export const startAuthenticatorEnrollment: Endpoint<StartAuthenticatorEnrollmentResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/authenticator/enroll',
  body: { mfaToken: text },
  schema: startAuthenticatorEnrollmentSchema,
};

/** `enrollMfa.verifyAuthenticator`. */
export const verifyAuthenticatorEnrollment: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/authenticator/enroll/verify',
  body: { token: digits, mfaToken: text, rememberDevice: flag },
  schema: authResponseSchema,
  checksCode: true,
};

/** `enrollMfa.startSms`: the spec's body is `{ phoneNumber }`; Frontegg's SDK adds the `mfaToken`. */
export const startSmsEnrollment: Endpoint<StartSmsEnrollmentResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/sms/enroll',
  body: { phoneNumber, mfaToken: text },
  schema: smsCodeSentSchema,
};

/** `enrollMfa.verifySms`: the spec's body is `{ otcToken, code }`; the SDK adds the rest. */
export const verifySmsEnrollment: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/sms/enroll/verify',
  body: { otcToken: text, code: digits, mfaToken: text, rememberDevice: flag },
  schema: authResponseSchema,
  checksCode: true,
};

/** `enrollMfa.startWebAuthn`. */
export const startWebAuthnEnrollment: Endpoint<StartWebAuthnEnrollmentResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/webauthn/enroll',
  body: { mfaToken: text },
  schema: startWebAuthnEnrollmentSchema,
};

/** `enrollMfa.verifyWebAuthn`: no typed code, so a refused attestation stays a `bad-request`. */
export const verifyWebAuthnEnrollment: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/webauthn/enroll/verify',
  body: {
    deviceType,
    webauthnToken: text,
    options: attestation,
    mfaToken: text,
    rememberDevice: flag,
  },
  schema: authResponseSchema,
};
