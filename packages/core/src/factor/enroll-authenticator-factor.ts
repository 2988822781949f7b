import type { EnrollMfaStartInput } from '../client/enroll-mfa.js';
import type { AuthResponse, StartAuthenticatorEnrollmentResponse } from '../client/schemas.js';
import { qrCodeImageSource } from './qr-code-image.js';
import type { LoginCodeInput, SentCodeFactorSpec } from './types.js';

/** What a screen shows while an authenticator app is being added: the QR code to scan. */
export interface AuthenticatorSetupDetails {
  /**
   * The QR code of the app's `otpauth://` URL as an image source (a `data:image/…` URL, whichever shape the
   * server sent: see {@link qrCodeImageSource}): `<img src={qrCode}>`.
   */
  qrCode: string;
}

/**
 * The QR code of an authenticator app being added, from the start answer; one the page could not show fails
 * the start (`invalid-response`), so the screen offers to try again rather than a broken image.
 */
export const authenticatorSetupDetails = ({
  qrCode,
}: StartAuthenticatorEnrollmentResponse): AuthenticatorSetupDetails => ({
  qrCode: qrCodeImageSource(qrCode),
});

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
