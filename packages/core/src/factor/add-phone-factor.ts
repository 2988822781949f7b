import type { StartUserSmsInput } from '../client/manage-mfa.js';
import type {
  StartSmsEnrollmentResponse,
  VerifyUserEnrollmentResponse,
} from '../client/schemas.js';
import type { MfaCodeInput, SentCodeFactorSpec } from './types.js';

/**
 * Adding a phone in account settings: texts a code to the number (E.164), then checks it; the answer may hold a
 * `recoveryCode` to show once.
 */
export const addPhoneFactor: SentCodeFactorSpec<
  StartUserSmsInput,
  StartSmsEnrollmentResponse,
  MfaCodeInput,
  VerifyUserEnrollmentResponse
> = {
  kind: 'sent-code',
  send: {
    name: ['manage-mfa', 'start-sms'],
    request: (client, { phoneNumber }, options) =>
      client.manageMfa.startSms({ phoneNumber }, options),
  },
  verify: {
    name: ['manage-mfa', 'verify-sms'],
    request: (client, { otcToken, code }, options) =>
      client.manageMfa.verifySms({ otcToken, code }, options),
    changesDevices: true,
  },
};
