import type { Endpoint, RequestOptions } from './http.js';
import { digits, flag, text } from './inputs.js';
import { authResponseSchema } from './schemas.js';
import type { AuthResponse } from './schemas.js';

/** Completes login with the code the user's authenticator app shows. */
export interface VerifyAuthenticatorCodeInput {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  /** The 6-digit code from the app, digits only. Frontegg's field name, kept as the SDK sends it. */
  value: string;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/** The authenticator-app (TOTP) second factor during login. */
export interface AuthenticatorMfaApi {
  /**
   * Checks the code against the user's authenticator apps and completes login
   * (`POST /resources/auth/v1/user/mfa/verify`, what Frontegg's login box calls).
   */
  verify: (input: VerifyAuthenticatorCodeInput, options?: RequestOptions) => Promise<AuthResponse>;
}

/**
 * `authenticatorMfa.verify`. The spec marks this route deprecated and documents no answer body; Frontegg's SDK
 * still calls it and reads the login answer from it, so the answer is checked as one.
 */
export const verifyAuthenticatorCode: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/verify',
  body: { value: digits, mfaToken: text, rememberDevice: flag },
  schema: authResponseSchema,
  checksCode: true,
};
