import { createMfaClient } from '@mfa-kit/core';
import { MFA_BASE_URL } from './config';
import { session } from './session';

/** One client for the app: it keeps no state of its own, so the server's copy (never called) is harmless. */
export const mfaClient = createMfaClient({
  baseUrl: MFA_BASE_URL,
  getAccessToken: session.accessToken,
});
