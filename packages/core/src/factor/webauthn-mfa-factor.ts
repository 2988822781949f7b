import type { StartWebAuthnInput, WebAuthnAssertion } from '../client/webauthn-mfa.js';
import type { AuthResponse, StartWebAuthnResponse } from '../client/schemas.js';
import { getWebAuthnAssertion, preloadWebAuthnCeremonies } from '../webauthn/on-demand.js';
import type { CeremonyFactorSpec } from './types.js';

/** What the user chooses at a passkey or security-key step: only whether to be remembered. */
export interface WebAuthnLoginInput {
  /** Skip MFA on this device next time; offer it only when the tenant's policy allows. */
  rememberDevice?: boolean | undefined;
}

/**
 * A passkey or security key at login: fetches a challenge for one device (`deviceId`), has the browser sign it
 * (`navigator.credentials.get`), and sends the assertion. A challenge serves one ceremony: after a failure, start
 * again for a new one.
 */
export const webAuthnMfaFactor: CeremonyFactorSpec<
  StartWebAuthnInput,
  StartWebAuthnResponse,
  WebAuthnAssertion,
  WebAuthnLoginInput,
  AuthResponse
> = {
  kind: 'ceremony',
  send: {
    name: ['webauthn-mfa', 'start'],
    request: (client, { mfaToken, deviceId }, options) => {
      preloadWebAuthnCeremonies();
      return client.webauthnMfa.start({ mfaToken, deviceId }, options);
    },
  },
  ceremony: (challenge, { signal }) => getWebAuthnAssertion(challenge.options, { signal }),
  verify: {
    name: ['webauthn-mfa', 'verify'],
    request: (client, { mfaToken, deviceId, webauthnToken, credential, rememberDevice }, options) =>
      client.webauthnMfa.verify(
        { mfaToken, deviceId, webauthnToken, options: credential, rememberDevice },
        options,
      ),
  },
};
