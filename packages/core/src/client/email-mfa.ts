import type { ClientContext, RequestOptions } from './http.js';
import { digits, flag, pick, text } from './inputs.js';
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

/** The `emailMfa` area of a client. */
export function createEmailMfaApi({ send }: ClientContext): EmailMfaApi {
  const path = '/resources/auth/v1/user/mfa/emailcode';
  return {
    async sendCode(input, options) {
      const body = pick(input, { mfaToken: text });
      return send({ method: 'POST', path, body, schema: sendEmailCodeResponseSchema }, options);
    },
    async verifyCode(input, options) {
      // JSON leaves an undefined rememberDevice out of the body.
      const body = pick(input, {
        otcToken: text,
        code: digits,
        mfaToken: text,
        rememberDevice: flag,
      });
      return send(
        { method: 'POST', path: `${path}/verify`, body, schema: authResponseSchema },
        options,
      );
    },
  };
}
