import type { AuthResponse } from '../client/schemas.js';
import type { KnownCodeFactorSpec, LoginCodeInput } from './types.js';

/** The authenticator app at login: the code the app shows, checked against the user's apps. Nothing is sent. */
export const authenticatorMfaFactor: KnownCodeFactorSpec<
  { mfaToken: string },
  LoginCodeInput,
  AuthResponse
> = {
  kind: 'known-code',
  verify: {
    name: ['authenticator-mfa', 'verify'],
    request: (client, { mfaToken, code, rememberDevice }, options) =>
      client.authenticatorMfa.verify({ mfaToken, value: code, rememberDevice }, options),
  },
};
