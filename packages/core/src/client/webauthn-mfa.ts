import type { Endpoint, RequestOptions } from './http.js';
import { flag, text } from './inputs.js';
import { authResponseSchema, startWebAuthnResponseSchema } from './schemas.js';
import type { AuthResponse, StartWebAuthnResponse } from './schemas.js';
import { assertion } from './webauthn-credentials.js';

/** Asks for a WebAuthn challenge for one passkey or security key during login. */
export interface StartWebAuthnInput {
  /** `MfaWebAuthnDevice.id` from the login answer's `mfaDevices.webauthn`. */
  deviceId: string;
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
}

/**
 * What `navigator.credentials.get` gave, in JSON form (base64url strings): `credential.toJSON()` fits.
 * Only the fields below are sent.
 */
export interface WebAuthnAssertion {
  /** The credential id. */
  id: string;
  response: {
    clientDataJSON: string;
    authenticatorData: string;
    signature: string;
    /** Missing for a credential that is not discoverable: then sent as `null`, as Frontegg's SDK does. */
    userHandle?: string | null | undefined;
  };
}

/** Completes login with the browser's answer to the challenge. */
export interface VerifyWebAuthnInput {
  /** The same device the challenge was started for. */
  deviceId: string;
  mfaToken: string;
  /** From the `start` answer. */
  webauthnToken: string;
  /** The assertion (Frontegg's field name for it). */
  options: WebAuthnAssertion;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/** The WebAuthn second factor during login: a passkey or a security key. */
export interface WebAuthnMfaApi {
  /**
   * Starts a challenge for the device (`POST /resources/auth/v1/user/mfa/webauthn/{deviceId}`): pass
   * `options` to `PublicKeyCredential.parseRequestOptionsFromJSON`, then to `navigator.credentials.get`.
   */
  start: (input: StartWebAuthnInput, options?: RequestOptions) => Promise<StartWebAuthnResponse>;
  /**
   * Checks the assertion and completes login
   * (`POST /resources/auth/v1/user/mfa/webauthn/{deviceId}/verify`).
   */
  verify: (input: VerifyWebAuthnInput, options?: RequestOptions) => Promise<AuthResponse>;
}

/** `webauthnMfa.start`. */
export const startWebAuthn: Endpoint<StartWebAuthnResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/webauthn/{deviceId}',
  body: { mfaToken: text },
  schema: startWebAuthnResponseSchema,
};

/**
 * `webauthnMfa.verify`. Not a code check: nothing was typed, so a refused assertion is no mistyped code
 * to correct or to keep from being sent again; it stays a `bad-request` with the server's words, and
 * the way forward is a new `start`.
 */
export const verifyWebAuthn: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/webauthn/{deviceId}/verify',
  body: { webauthnToken: text, options: assertion, mfaToken: text, rememberDevice: flag },
  schema: authResponseSchema,
};
