// Test utility (not exported by the package): the client against @mfa-kit/mock through msw/node.
import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaClient, MfaClientOptions } from './create-client.js';

export const MOCK_BASE_URL = 'https://app-xxx.frontegg.com/identity';

/**
 * One mock backend served by msw for this test file, reset after each test. Unhandled requests fail
 * the test, so a request to a path the mock does not serve cannot pass unnoticed.
 */
export function useMockBackend(options: MockBackendOptions = {}): MockBackend {
  const backend = createMockBackend({ seed: 7, ...options });
  const server = setupMockServer(backend);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    backend.reset();
    server.resetHandlers();
  });
  afterAll(() => server.close());
  return backend;
}

/** A client of the mock, configured as a new user's app is: no error-code map. */
export function mockClient(options: MfaClientOptions = {}): MfaClient {
  return createMfaClient({ baseUrl: MOCK_BASE_URL, ...options });
}

/** Password login of the demo user, then an emailed code: what the verify step needs. */
export async function reachEmailCode(client: MfaClient, backend: MockBackend) {
  const { mfaToken } = await client.auth.login({
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  if (!mfaToken) throw new Error('the mock did not ask for MFA');
  const { otcToken } = await client.emailMfa.sendCode({ mfaToken });
  const code = backend.outbox.latest({ channel: 'email', to: DEMO_USER.email })?.code;
  if (!code) throw new Error('no code in the outbox');
  return { mfaToken, otcToken, code };
}

/** The demo user's access token after a complete email-code sign-in. */
export async function signIn(client: MfaClient, backend: MockBackend): Promise<string> {
  const { accessToken } = await client.emailMfa.verifyCode(await reachEmailCode(client, backend));
  if (!accessToken) throw new Error('the mock issued no access token');
  return accessToken;
}

/** A code that is certainly not `code`. */
export const wrongCode = (code: string): string => (code === '000000' ? '111111' : '000000');
