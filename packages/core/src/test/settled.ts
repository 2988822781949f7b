// Test support (not exported by the package): waiting for a factor session's call to end.
import { expect, vi } from 'vitest';
import { ASYNC_UTIL_TIMEOUT_MS } from '../../../../tools/test-kit/async-timeout.js';

/** Resolves once `session` has no call in flight; fails after the shared wait limit. */
export const settled = (session: { getSnapshot: () => { flow: { isPending: boolean } } }) =>
  vi.waitFor(() => expect(session.getSnapshot().flow.isPending).toBe(false), {
    timeout: ASYNC_UTIL_TIMEOUT_MS,
  });
