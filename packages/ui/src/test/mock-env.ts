// Test support for the drop-in forms: the mock's test environment on Vitest's lifecycle, with clients of
// @mfa-kit/core.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions } from '@mfa-kit/core';
import type { MockBackendOptions } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { serveMockEnv, signInDemoUser } from '@mfa-kit/mock/testing';
import type { MockEnv as KitMockEnv } from '@mfa-kit/mock/testing';
import { configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';

// jsdom's typed arrays are not Node's: jose (the mock's JWTs) would reject its own key. Nothing here
// needs jsdom's Uint8Array.
globalThis.Uint8Array = (Object.getPrototypeOf(new TextEncoder().encode('')) as Uint8Array)
  .constructor as Uint8ArrayConstructor;
// Two shared cores: room for the mock's answers (it signs JWTs) before a wait counts as failed.
configure({ asyncUtilTimeout: 10_000 });

export type MockEnv = KitMockEnv<MfaClient, MfaClientOptions>;

/** One mock backend for the file, on a manual clock, reset after each test; unhandled requests fail the test. */
export function setupMockEnv(options: MockBackendOptions = {}): MockEnv {
  const hooks = { beforeAll, afterEach, afterAll };
  const backend = { seed: 11, ...options };
  return serveMockEnv({ hooks, serve: setupMockServer, createClient: createMfaClient, backend });
}

/** A client signed in as the demo user (for the user routes); the sign-in is made on the backend, unrecorded. */
export async function signedInClient(env: MockEnv): Promise<MfaClient> {
  const { accessToken } = await signInDemoUser(env.backend);
  return env.client({ getAccessToken: () => accessToken });
}
