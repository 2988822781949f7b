import type { VerifyWebAuthnEnrollmentFields } from './enroll-mfa.js';
import type { Endpoint, RequestOptions } from './http.js';
import { deviceType, digits, phoneNumber, text } from './inputs.js';
import {
  smsCodeSentSchema,
  startAuthenticatorEnrollmentSchema,
  startWebAuthnEnrollmentSchema,
  startWebAuthnResponseSchema,
  verifyUserEnrollmentSchema,
} from './schemas.js';
import type {
  StartAuthenticatorEnrollmentResponse,
  StartSmsEnrollmentResponse,
  StartWebAuthnEnrollmentResponse,
  StartWebAuthnResponse,
  VerifyAuthenticatorEnrollmentResponse,
  VerifyUserEnrollmentResponse,
} from './schemas.js';
import { assertion, attestation } from './webauthn-credentials.js';
import type { WebAuthnAssertion } from './webauthn-mfa.js';

/** Adds the authenticator app the QR code set up. */
export interface VerifyUserAuthenticatorInput {
  /** The 6-digit code the app now shows, digits only. */
  token: string;
}

/** Texts a code to the phone being added. */
export interface StartUserSmsInput {
  /** In international (E.164) form, e.g. `+15551234567`. */
  phoneNumber: string;
}

/** Adds the phone with the code it received. */
export interface VerifyUserSmsInput {
  /** From the `startSms` answer. */
  otcToken: string;
  /** What the user typed: digits only. */
  code: string;
}

/** Removes an authenticator app. */
export interface DisableAuthenticatorInput {
  /** `MfaAuthenticatorApp.id` from `devices.list()`. */
  deviceId: string;
  /** A code the app shows now, or one of the user's unused recovery codes. */
  token: string;
}

/** Names the passkey or security key to remove. */
export interface StartWebAuthnRemovalInput {
  /** `MfaWebAuthnDevice.id` from `devices.list()`. */
  deviceId: string;
}

/** Removes the passkey or security key that signed the removal's challenge. */
export interface DisableWebAuthnInput {
  deviceId: string;
  /** From the `startWebAuthnRemoval` answer. */
  webauthnToken: string;
  /** The assertion of that key (`credential.toJSON()` fits). */
  options: WebAuthnAssertion;
}

/**
 * The signed-in user's second factors from account settings (user-token routes): add an authenticator app,
 * a phone or a passkey, remove an app or a passkey. Removing a phone is `smsMfa.preDisable`/`disable`.
 */
export interface ManageMfaApi {
  /** Starts adding an authenticator app (`POST /resources/users/v1/mfa/authenticator/enroll`). */
  startAuthenticator: (options?: RequestOptions) => Promise<StartAuthenticatorEnrollmentResponse>;
  /**
   * Checks the app's first code and adds it (`POST /resources/users/v1/mfa/authenticator/enroll/verify`);
   * the answer's `recoveryCode`, when there is one, must be shown once.
   */
  verifyAuthenticator: (
    input: VerifyUserAuthenticatorInput,
    options?: RequestOptions,
  ) => Promise<VerifyAuthenticatorEnrollmentResponse>;
  /** Texts a code to the phone (`POST /resources/users/v1/mfa/sms/enroll`); calling it again resends. */
  startSms: (
    input: StartUserSmsInput,
    options?: RequestOptions,
  ) => Promise<StartSmsEnrollmentResponse>;
  /**
   * Checks the texted code and adds the phone (`POST /resources/users/v1/mfa/sms/enroll/verify`); the answer's
   * `recoveryCode`, when there is one, must be shown once (`{}` when the server sent no body).
   */
  verifySms: (
    input: VerifyUserSmsInput,
    options?: RequestOptions,
  ) => Promise<VerifyUserEnrollmentResponse>;
  /**
   * Starts adding a passkey or security key (`POST /resources/users/v1/mfa/webauthn/enroll`; outside the
   * published spec, Frontegg SDK only).
   */
  startWebAuthn: (options?: RequestOptions) => Promise<StartWebAuthnEnrollmentResponse>;
  /**
   * Adds the credential the browser created (`POST /resources/users/v1/mfa/webauthn/enroll/verify`;
   * outside the published spec); the answer's `recoveryCode`, when there is one, must be shown once (`{}`
   * when the server sent no body).
   */
  verifyWebAuthn: (
    input: VerifyWebAuthnEnrollmentFields,
    options?: RequestOptions,
  ) => Promise<VerifyUserEnrollmentResponse>;
  /**
   * Removes an authenticator app (`POST /resources/users/v1/mfa/authenticator/{deviceId}/disable/verify`).
   * A spent recovery code or a wrong code is refused as `invalid-code`.
   */
  disableAuthenticator: (
    input: DisableAuthenticatorInput,
    options?: RequestOptions,
  ) => Promise<void>;
  /**
   * Asks for a challenge the key must sign to be removed (`POST /resources/users/v1/mfa/webauthn/{deviceId}/disable`;
   * outside the published spec): pass `options` to `navigator.credentials.get`.
   */
  startWebAuthnRemoval: (
    input: StartWebAuthnRemovalInput,
    options?: RequestOptions,
  ) => Promise<StartWebAuthnResponse>;
  /**
   * Removes the key (`POST /resources/users/v1/mfa/webauthn/{deviceId}/disable/verify`; outside the
   * published spec).
   */
  disableWebAuthn: (input: DisableWebAuthnInput, options?: RequestOptions) => Promise<void>;
}

// User-token routes, each sending `frontegg-user-id` when configured (vendor-token use). Paths and fields are
// written out in each endpoint: a bundler keeps a module-level spread or template literal, and with it every
// endpoint and zod, in bundles that use none (the flow store alone).

/** `manageMfa.startAuthenticator`: the spec takes no body. */
export const startUserAuthenticator: Endpoint<StartAuthenticatorEnrollmentResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/authenticator/enroll',
  schema: startAuthenticatorEnrollmentSchema,
};

/**
 * `manageMfa.verifyAuthenticator`: the spec requires `recoveryCode`, `@frontegg/redux-store` 7.119
 * (`auth/MfaState/actions.js`, `__getMfaStateAfterEnroll`) reads it as optional, and so does the schema.
 */
export const verifyUserAuthenticator: Endpoint<VerifyAuthenticatorEnrollmentResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/authenticator/enroll/verify',
  body: { token: digits },
  schema: verifyUserEnrollmentSchema,
  checksCode: true,
};

/** `manageMfa.startSms`: the spec documents no answer body; Frontegg's SDK reads the `otcToken` from it. */
export const startUserSms: Endpoint<StartSmsEnrollmentResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/sms/enroll',
  body: { phoneNumber },
  schema: smsCodeSentSchema,
};

/**
 * `manageMfa.verifySms`: the spec documents no answer body, but `@frontegg/redux-store` 7.119
 * (`auth/MfaState/actions.js`, `enrollMfaSms`) reads an optional `recoveryCode` from it (its
 * `mocks/auth-mocks/mfaActions.mocks.js` answers `{ token, recoveryCode }`): no body or that one.
 */
export const verifyUserSms: Endpoint<VerifyUserEnrollmentResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/sms/enroll/verify',
  body: { otcToken: text, code: digits },
  schema: verifyUserEnrollmentSchema,
  bodyOptional: true,
  checksCode: true,
};

/** Outside the published spec (Frontegg SDK only). `manageMfa.startWebAuthn`: no body, as the SDK sends. */
export const startUserWebAuthn: Endpoint<StartWebAuthnEnrollmentResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/webauthn/enroll',
  schema: startWebAuthnEnrollmentSchema,
  outsideSpec: true,
};

/**
 * Outside the published spec (Frontegg SDK only). `manageMfa.verifyWebAuthn`: `@frontegg/redux-store` 7.119
 * (`auth/MfaState/actions.js`, `enrollMfaWebAuthn`) reads an optional `recoveryCode` from the answer: no body
 * or that one.
 */
export const verifyUserWebAuthn: Endpoint<VerifyUserEnrollmentResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/webauthn/enroll/verify',
  body: { deviceType, webauthnToken: text, options: attestation },
  schema: verifyUserEnrollmentSchema,
  bodyOptional: true,
  outsideSpec: true,
};

/** `manageMfa.disableAuthenticator`: a TOTP or a recovery code, so any text; no answer body. */
export const disableAuthenticator: Endpoint<void> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/authenticator/{deviceId}/disable/verify',
  body: { token: text },
  checksCode: true,
};

/** Outside the published spec (Frontegg SDK only). `manageMfa.startWebAuthnRemoval`: no body. */
export const startWebAuthnRemoval: Endpoint<StartWebAuthnResponse> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/webauthn/{deviceId}/disable',
  schema: startWebAuthnResponseSchema,
  outsideSpec: true,
};

/** Outside the published spec (Frontegg SDK only). `manageMfa.disableWebAuthn`: no answer body is read. */
export const disableWebAuthn: Endpoint<void> = {
  method: 'POST',
  bearer: true,
  vendorHeaders: ['userId'],
  path: '/resources/users/v1/mfa/webauthn/{deviceId}/disable/verify',
  body: { webauthnToken: text, options: assertion },
  outsideSpec: true,
};
