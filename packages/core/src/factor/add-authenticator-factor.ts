import type {
  StartAuthenticatorEnrollmentResponse,
  VerifyAuthenticatorEnrollmentResponse,
} from '../client/schemas.js';
import { authenticatorSetupDetails } from './enroll-authenticator-factor.js';
import type { AuthenticatorSetupDetails } from './enroll-authenticator-factor.js';
import type { MfaCodeInput, SentCodeFactorSpec } from './types.js';

/**
 * Adding an authenticator app in account settings: fetches the QR code, then checks the first code the app
 * shows; the answer may hold a `recoveryCode` to show once.
 */
export const addAuthenticatorFactor: SentCodeFactorSpec<
  Record<string, never>,
  StartAuthenticatorEnrollmentResponse,
  MfaCodeInput,
  VerifyAuthenticatorEnrollmentResponse,
  AuthenticatorSetupDetails
> = {
  kind: 'sent-code',
  send: {
    name: ['manage-mfa', 'start-authenticator'],
    request: (client, _params, options) => client.manageMfa.startAuthenticator(options),
  },
  details: authenticatorSetupDetails,
  verify: {
    name: ['manage-mfa', 'verify-authenticator'],
    request: (client, { code }, options) =>
      client.manageMfa.verifyAuthenticator({ token: code }, options),
    changesDevices: true,
  },
};
