import type { EnrollMfaStartInput } from '../client/enroll-mfa.js';
import type { AuthResponse, StartAuthenticatorEnrollmentResponse } from '../client/schemas.js';
import type { LoginCodeInput, SentCodeFactorSpec } from './types.js';

/** What a screen shows while an authenticator app is being added: the QR code to scan. */
export interface AuthenticatorSetupDetails {
  /** A PNG of the app's `otpauth://` URL, base64: show it as `data:image/png;base64,…`. */
  qrCode: string;
}

/** The QR code of an authenticator app being added, from the start answer. */
export const authenticatorSetupDetails = ({
  qrCode,
}: StartAuthenticatorEnrollmentResponse): AuthenticatorSetupDetails => ({ qrCode });

/**
 * Adding an authenticator app during a login that requires MFA (`mfaEnrolled: false`): fetches the QR code
 * (`send`), then checks the first code the app shows; the answer is the sign-in, with the `recoveryCode` to show
 * once.
 */
export const enrollAuthenticatorFactor: SentCodeFactorSpec<
  EnrollMfaStartInput,
  StartAuthenticatorEnrollmentResponse,
  LoginCodeInput,
  AuthResponse,
  AuthenticatorSetupDetails
> = {
  kind: 'sent-code',
  send: {
    name: ['enroll-mfa', 'start-authenticator'],
    request: (client, { mfaToken }, options) =>
      client.enrollMfa.startAuthenticator({ mfaToken }, options),
  },
  details: authenticatorSetupDetails,
  verify: {
    name: ['enroll-mfa', 'verify-authenticator'],
    request: (client, { mfaToken, code, rememberDevice }, options) =>
      client.enrollMfa.verifyAuthenticator({ mfaToken, token: code, rememberDevice }, options),
  },
};
