import type { EnrollMfaStartInput, WebAuthnAttestation } from '../client/enroll-mfa.js';
import type { AuthResponse, StartWebAuthnEnrollmentResponse } from '../client/schemas.js';
import { createWebAuthnCredential, preloadWebAuthnCeremonies } from '../webauthn/on-demand.js';
import type { CeremonyFactorSpec } from './types.js';

/** What the user chooses when adding a passkey or security key. */
export interface WebAuthnEnrollInput {
  /** `Platform`: a passkey in this device; `CrossPlatform`: a security key. */
  deviceType: 'Platform' | 'CrossPlatform';
  /** At login only: skip MFA on this device next time, when the policy allows. */
  rememberDevice?: boolean | undefined;
}

/**
 * Adding a passkey or security key during a login that requires MFA: fetches creation options, has the browser
 * create the credential (`navigator.credentials.create`), and sends it; the answer is the sign-in.
 */
export const enrollWebAuthnFactor: CeremonyFactorSpec<
  EnrollMfaStartInput,
  StartWebAuthnEnrollmentResponse,
  WebAuthnAttestation,
  WebAuthnEnrollInput,
  AuthResponse
> = {
  kind: 'ceremony',
  send: {
    name: ['enroll-mfa', 'start-webauthn'],
    request: (client, { mfaToken }, options) => {
      preloadWebAuthnCeremonies();
      return client.enrollMfa.startWebAuthn({ mfaToken }, options);
    },
  },
  ceremony: (challenge, { signal }) => createWebAuthnCredential(challenge.options, { signal }),
  verify: {
    name: ['enroll-mfa', 'verify-webauthn'],
    request: (
      client,
      { mfaToken, webauthnToken, credential, deviceType, rememberDevice },
      options,
    ) =>
      client.enrollMfa.verifyWebAuthn(
        { mfaToken, webauthnToken, deviceType, options: credential, rememberDevice },
        options,
      ),
  },
};
