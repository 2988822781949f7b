// Test support (not exported by the package): the client against @mfa-kit/mock served by msw/node, through
// the workspace's one test kit.
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import { TEST_BASE_URL, loginDemoUser, sendEmailCode } from '@mfa-kit/mock/testing';
import { setupMockEnv } from '../../../../tools/test-kit/mock-env.js';
import type { MockEnv } from '../../../../tools/test-kit/mock-env.js';
import { createMfaClient } from '../client/create-client.js';
import type { MfaClient, MfaClientOptions } from '../client/create-client.js';

/**
 * One mock backend served by msw for this test file (or describe block), reset after each test. Unhandled
 * requests fail the test, so a request to a path the mock does not serve cannot pass unnoticed.
 */
export function useMockBackend(options: MockBackendOptions = {}): MockBackend {
  return useMockEnv(options).backend;
}

/** As {@link useMockBackend}, with the whole environment: its `clock` is the backend's time (e.g. for TOTP codes). */
export const useMockEnv: (options?: MockBackendOptions) => MockEnv = setupMockEnv;

/** A client of the mock, configured as a new user's app is: no error-code map. */
export function mockClient(options: MfaClientOptions = {}): MfaClient {
  return createMfaClient({ baseUrl: TEST_BASE_URL, ...options });
}

/** The demo user at the verify step (set up on the backend, not through the client): what `verifyCode` needs. */
export async function reachEmailCode(backend: MockBackend) {
  const mfaToken = await loginDemoUser(backend);
  return { mfaToken, ...(await sendEmailCode(backend, mfaToken)) };
}
