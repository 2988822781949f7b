import type { Endpoint, RequestOptions } from './http.js';
import { digits, flag, text } from './inputs.js';
import { authResponseSchema, sendEmailCodeResponseSchema } from './schemas.js';
import type { AuthResponse, SendEmailCodeResponse } from './schemas.js';

/** Asks for an email code during login. */
export interface SendEmailCodeInput {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
}

/** Completes login with the emailed code. */
export interface VerifyEmailCodeInput {
  mfaToken: string;
  /** From the latest `sendCode` answer. */
  otcToken: string;
  /** What the user typed: digits only. */
  code: string;
  /** Ask the server to skip MFA on this device next time (offer it only when the policy allows). */
  rememberDevice?: boolean | undefined;
}

/** The email-code second factor during login. */
export interface EmailMfaApi {
  /**
   * Emails a code to the user (`POST /resources/auth/v1/user/mfa/emailcode`). Sending again is how
   * to resend: each answer carries a new `otcToken`.
   */
  sendCode: (input: SendEmailCodeInput, options?: RequestOptions) => Promise<SendEmailCodeResponse>;
  /** Checks the code and completes login (`POST /resources/auth/v1/user/mfa/emailcode/verify`). */
  verifyCode: (input: VerifyEmailCodeInput, options?: RequestOptions) => Promise<AuthResponse>;
}

/** `emailMfa.sendCode`. */
export const sendEmailCode: Endpoint<SendEmailCodeResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/emailcode',
  body: { mfaToken: text },
  schema: sendEmailCodeResponseSchema,
};

/** `emailMfa.verifyCode`. JSON leaves an undefined `rememberDevice` out of the body. */
export const verifyEmailCode: Endpoint<AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/mfa/emailcode/verify',
  body: { otcToken: text, code: digits, mfaToken: text, rememberDevice: flag },
  schema: authResponseSchema,
  checksCode: true,
};
