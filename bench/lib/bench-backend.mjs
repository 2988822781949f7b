// The mock backend each flow runs against, in Node. The steps before a flow (a login, a signed-in user) are
// the test kit's (`@mfa-kit/mock/testing`), made straight against the backend so they are not counted.
import { createMockBackend } from '@mfa-kit/mock';

/** A fresh mock with limits the bench's many runs stay inside (no resend wait, a high verify rate limit). */
export function createBenchBackend() {
  return createMockBackend({
    resendCooldownMs: 0,
    rateLimit: { limit: 100_000, windowMs: 60_000 },
  });
}
