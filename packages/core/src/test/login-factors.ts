// Test support (not exported by the package): the login factors beyond the email code, against @mfa-kit/mock.
import type { MfaClient } from '../client/create-client.js';

/** Password login of a seeded user: the `mfaToken` its second-factor step needs. */
export async function reachSecondFactor(
  client: MfaClient,
  user: { email: string; password: string },
): Promise<string> {
  const { mfaToken } = await client.auth.login({ email: user.email, password: user.password });
  if (!mfaToken) throw new Error('the mock did not ask for MFA');
  return mfaToken;
}
