// Test support: the mock's test environment on Vitest's lifecycle, with clients of @mfa-kit/core.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions } from '@mfa-kit/core';
import type { MockBackendOptions } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { serveMockEnv } from '@mfa-kit/mock/testing';
import type { MockEnv as KitMockEnv } from '@mfa-kit/mock/testing';
import { afterAll, afterEach, beforeAll } from 'vitest';

export type MockEnv = KitMockEnv<MfaClient, MfaClientOptions>;

/**
 * Serves one mock backend for this file (or describe block), on a manual clock to share with the flows. The
 * backend is reset and the request log emptied after each test; unhandled requests fail the test.
 */
export function setupMockEnv(options: MockBackendOptions = {}): MockEnv {
  const hooks = { beforeAll, afterEach, afterAll };
  const backend = { seed: 7, ...options };
  return serveMockEnv({ hooks, serve: setupMockServer, createClient: createMfaClient, backend });
}
