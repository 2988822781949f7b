import type { SendEmailCodeInput } from '../client/email-mfa.js';
import type { AuthResponse, SendEmailCodeResponse } from '../client/schemas.js';
import type { LoginCodeInput, SentCodeFactorSpec } from './types.js';

/** What the user enters at the email step. */
export type EmailCodeInput = LoginCodeInput;

/** The email code of a login: emails a code (the answer's `otcToken` stays in the session), checks it. */
export const emailMfaFactor: SentCodeFactorSpec<
  SendEmailCodeInput,
  SendEmailCodeResponse,
  EmailCodeInput,
  AuthResponse
> = {
  kind: 'sent-code',
  send: {
    name: ['email-mfa', 'send-code'],
    request: (client, { mfaToken }, options) => client.emailMfa.sendCode({ mfaToken }, options),
  },
  verify: {
    name: ['email-mfa', 'verify-code'],
    request: (client, { mfaToken, otcToken, code, rememberDevice }, options) =>
      client.emailMfa.verifyCode({ mfaToken, otcToken, code, rememberDevice }, options),
  },
};
