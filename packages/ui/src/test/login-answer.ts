// Test and story support: a seeded user's password login on a mock backend, as the app's client gets it.
import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import type { MockBackend } from '@mfa-kit/mock';
import { TEST_BASE_URL } from '@mfa-kit/mock/testing';

/**
 * The answer of `user`'s password login (`mfaRequired`, `mfaToken`, `mfaDevices`), straight to `backend` (no
 * network), so the requests a test or story records are only its own.
 */
export function loginAnswer(
  backend: MockBackend,
  user: { email: string; password: string },
  baseUrl: string = TEST_BASE_URL,
): Promise<AuthResponse> {
  const client = createMfaClient({
    baseUrl,
    fetch: (input, init) => backend.handle(new Request(input, init)),
  });
  return client.auth.login({ email: user.email, password: user.password });
}
