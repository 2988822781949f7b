// Test support (not exported by the package): the login factors beyond the email code, against @mfa-kit/mock.
import { totpCode } from '@mfa-kit/mock';
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

/** A 6-digit code the app set up with `secret` does not show around `timestamp` (±1 step). */
export async function wrongTotp(secret: string, timestamp: number = Date.now()): Promise<string> {
  const shown = await Promise.all(
    [-30_000, 0, 30_000].map((shift) => totpCode(secret, timestamp + shift)),
  );
  let candidate = 0;
  while (shown.includes(String(candidate).padStart(6, '0'))) candidate += 1;
  return String(candidate).padStart(6, '0');
}
