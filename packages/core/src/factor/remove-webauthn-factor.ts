import type { WebAuthnAssertion } from '../client/webauthn-mfa.js';
import type { StartWebAuthnResponse } from '../client/schemas.js';
import { getWebAuthnAssertion, preloadWebAuthnCeremonies } from '../webauthn/on-demand.js';
import type { CeremonyFactorSpec } from './types.js';

/** Removing a passkey or security key in account settings: confirmed by signing a challenge with that key. */
export const removeWebAuthnFactor: CeremonyFactorSpec<
  { deviceId: string },
  StartWebAuthnResponse,
  WebAuthnAssertion,
  Record<string, never>,
  void
> = {
  kind: 'ceremony',
  send: {
    name: ['manage-mfa', 'start-webauthn-removal'],
    request: (client, { deviceId }, options) => {
      preloadWebAuthnCeremonies();
      return client.manageMfa.startWebAuthnRemoval({ deviceId }, options);
    },
  },
  ceremony: (challenge, { signal }) => getWebAuthnAssertion(challenge.options, { signal }),
  verify: {
    name: ['manage-mfa', 'disable-webauthn'],
    request: (client, { deviceId, webauthnToken, credential }, options) =>
      client.manageMfa.disableWebAuthn({ deviceId, webauthnToken, options: credential }, options),
    changesDevices: true,
  },
};
