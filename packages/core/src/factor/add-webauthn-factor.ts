import type { WebAuthnAttestation } from '../client/enroll-mfa.js';
import type {
  StartWebAuthnEnrollmentResponse,
  VerifyUserEnrollmentResponse,
} from '../client/schemas.js';
import { createWebAuthnCredential, preloadWebAuthnCeremonies } from '../webauthn/on-demand.js';
import type { WebAuthnEnrollInput } from './enroll-webauthn-factor.js';
import type { CeremonyFactorSpec } from './types.js';

/**
 * Adding a passkey or security key in account settings: creation options, the browser's credential, verify; the
 * answer may hold a `recoveryCode` to show once.
 */
export const addWebAuthnFactor: CeremonyFactorSpec<
  Record<string, never>,
  StartWebAuthnEnrollmentResponse,
  WebAuthnAttestation,
  Omit<WebAuthnEnrollInput, 'rememberDevice'>,
  VerifyUserEnrollmentResponse
> = {
  kind: 'ceremony',
  send: {
    name: ['manage-mfa', 'start-webauthn'],
    request: (client, _params, options) => {
      preloadWebAuthnCeremonies();
      return client.manageMfa.startWebAuthn(options);
    },
  },
  ceremony: (challenge, { signal }) => createWebAuthnCredential(challenge.options, { signal }),
  verify: {
    name: ['manage-mfa', 'verify-webauthn'],
    request: (client, { webauthnToken, credential, deviceType }, options) =>
      client.manageMfa.verifyWebAuthn({ webauthnToken, deviceType, options: credential }, options),
    changesDevices: true,
  },
};
