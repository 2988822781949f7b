import type { KnownCodeFactorSpec, MfaCodeInput } from './types.js';

/**
 * Removing an authenticator app in account settings: confirmed with a code the app shows now, or with a
 * recovery code (`code` is either, as typed).
 */
export const removeAuthenticatorFactor: KnownCodeFactorSpec<
  { deviceId: string },
  MfaCodeInput,
  void
> = {
  kind: 'known-code',
  verify: {
    name: ['manage-mfa', 'disable-authenticator'],
    request: (client, { deviceId, code }, options) =>
      client.manageMfa.disableAuthenticator({ deviceId, token: code }, options),
    changesDevices: true,
  },
};
