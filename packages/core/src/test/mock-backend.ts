// Test support (not exported by the package): the client against @mfa-kit/mock served by msw/node, through
// the mock's test kit.
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { TEST_BASE_URL, loginDemoUser, sendEmailCode, serveMockEnv } from '@mfa-kit/mock/testing';
import type { MockEnv } from '@mfa-kit/mock/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';
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
export function useMockEnv(options: MockBackendOptions = {}): MockEnv<MfaClient, MfaClientOptions> {
  const hooks = { beforeAll, afterEach, afterAll };
  const backend = { seed: 7, ...options };
  return serveMockEnv({ hooks, serve: setupMockServer, createClient: createMfaClient, backend });
}

/** A client of the mock, configured as a new user's app is: no error-code map. */
export function mockClient(options: MfaClientOptions = {}): MfaClient {
  return createMfaClient({ baseUrl: TEST_BASE_URL, ...options });
}

/** The demo user at the verify step (set up on the backend, not through the client): what `verifyCode` needs. */
export async function reachEmailCode(backend: MockBackend) {
  const mfaToken = await loginDemoUser(backend);
  return { mfaToken, ...(await sendEmailCode(backend, mfaToken)) };
}
