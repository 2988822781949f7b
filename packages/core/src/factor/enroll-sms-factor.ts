import type { StartSmsEnrollmentInput } from '../client/enroll-mfa.js';
import type { AuthResponse, StartSmsEnrollmentResponse } from '../client/schemas.js';
import type { LoginCodeInput, SentCodeFactorSpec } from './types.js';

/**
 * Adding a phone during a login that requires MFA: texts a code to the number the user entered (E.164, checked
 * before anything is sent), then checks it; the answer is the sign-in.
 */
export const enrollSmsFactor: SentCodeFactorSpec<
  StartSmsEnrollmentInput,
  StartSmsEnrollmentResponse,
  LoginCodeInput,
  AuthResponse
> = {
  kind: 'sent-code',
  send: {
    name: ['enroll-mfa', 'start-sms'],
    request: (client, { mfaToken, phoneNumber }, options) =>
      client.enrollMfa.startSms({ mfaToken, phoneNumber }, options),
  },
  verify: {
    name: ['enroll-mfa', 'verify-sms'],
    request: (client, { mfaToken, otcToken, code, rememberDevice }, options) =>
      client.enrollMfa.verifySms({ mfaToken, otcToken, code, rememberDevice }, options),
  },
};
