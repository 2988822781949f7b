// Test support: the mock's test environment bound to Vitest's lifecycle, with clients configured as the docs say.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions } from '@mfa-kit/core';
import type { MockBackendOptions } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { TEST_BASE_URL, serveMockEnv } from '@mfa-kit/mock/testing';
import type { MockEnv as KitMockEnv } from '@mfa-kit/mock/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';

export interface MockEnv extends KitMockEnv {
  /** A client of the mock, configured as a new user's app is (no error-code map unless given). */
  client(options?: MfaClientOptions): MfaClient;
}

/**
 * Serves one mock backend for this file (or describe block), on a manual clock to share with the flows. The
 * backend is reset and the request log emptied after each test; unhandled requests fail the test.
 */
export function setupMockEnv(options: MockBackendOptions = {}): MockEnv {
  const env = serveMockEnv({ beforeAll, afterEach, afterAll }, setupMockServer, {
    seed: 7,
    ...options,
  });
  return {
    ...env,
    client: (clientOptions = {}) => createMfaClient({ baseUrl: TEST_BASE_URL, ...clientOptions }),
  };
}
