// Test support: @mfa-kit/mock served by msw/node, a client configured as the docs say, and a hook renderer
// with the providers. Every request is recorded, so tests can count them.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions } from '@mfa-kit/core';
import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions, OutboxMessage } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { MfaProvider } from '../mfa-provider.js';
import { createTestClock } from './test-clock.js';
import type { TestClock } from './test-clock.js';

export const BASE_URL = 'https://app-test.frontegg.com/identity';

export const PATHS = {
  login: '/resources/auth/v1/user',
  sendEmailCode: '/resources/auth/v1/user/mfa/emailcode',
  verifyEmailCode: '/resources/auth/v1/user/mfa/emailcode/verify',
  policy: '/resources/configurations/v1/mfa-policy/allow-remember-device',
  devices: '/resources/users/v1/mfa/devices',
  preDisable: (deviceId: string) => `/resources/users/v1/mfa/sms/${deviceId}/disable`,
  disable: (deviceId: string) => `/resources/users/v1/mfa/sms/${deviceId}/disable/verify`,
} as const;

/** One request seen by msw: its path below the base URL, its JSON body, and the request (for its signal). */
export interface SeenRequest {
  method: string;
  path: string;
  body: Promise<unknown>;
  request: Request;
}

export interface MockEnv {
  clock: TestClock;
  backend: MockBackend;
  /** Every request since the test started, in order. */
  requests: SeenRequest[];
  /** How many requests went to `path` (exact, query string ignored). */
  count(path: string): number;
  /** A client of the mock, configured as a new user's app is (no error-code map unless given). */
  client(options?: MfaClientOptions): MfaClient;
  /** The latest code sent to the demo user (email by default). */
  latestCode(channel?: OutboxMessage['channel']): string;
}

/**
 * Serves one mock backend for this file (or describe block), on a manual clock shared with the flows. The
 * backend is reset and the request log cleared after each test; unhandled requests fail the test.
 */
export function setupMockEnv(options: MockBackendOptions = {}): MockEnv {
  const clock = createTestClock();
  const backend = createMockBackend({ seed: 7, now: () => clock.now(), ...options });
  const server = setupMockServer(backend);
  const requests: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname.replace(new URL(BASE_URL).pathname, '');
    // Read from a clone now: the mock consumes the original.
    const body = request.method === 'GET' ? Promise.resolve(undefined) : request.clone().json();
    requests.push({ method: request.method, path, body, request });
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    backend.reset();
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
  return {
    clock,
    backend,
    requests,
    count: (path) => requests.filter((seen) => seen.path === path).length,
    client: (clientOptions = {}) =>
      createMfaClient({
        baseUrl: BASE_URL,
        ...clientOptions,
      }),
    latestCode: (channel = 'email') => {
      const message = backend.outbox.latest({ channel });
      if (!message) throw new Error(`no ${channel} message in the mock outbox`);
      return message.code;
    },
  };
}

/** A password login of the demo user: the mfaToken the email step needs. */
export async function loginDemoUser(client: MfaClient): Promise<string> {
  const { mfaToken } = await client.auth.login({
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  if (!mfaToken) throw new Error('the mock did not ask for MFA');
  return mfaToken;
}

/** A complete sign-in of the demo user through the client: the access token of the user routes. */
export async function signInDemoUser(env: MockEnv): Promise<string> {
  const client = env.client();
  const mfaToken = await loginDemoUser(client);
  const { otcToken } = await client.emailMfa.sendCode({ mfaToken });
  const { accessToken } = await client.emailMfa.verifyCode({
    mfaToken,
    otcToken,
    code: env.latestCode(),
  });
  if (!accessToken) throw new Error('the mock issued no access token');
  return accessToken;
}

/** A code that is certainly not `code`. */
export const wrongCode = (code: string): string => (code === '000000' ? '111111' : '000000');

/** A QueryClient as an app would make one, quiet in tests. */
export const newQueryClient = (): QueryClient => new QueryClient();

export interface RenderMfaHookOptions<TProps> {
  client: MfaClient;
  queryClient?: QueryClient | undefined;
  strict?: boolean | undefined;
  initialProps?: TProps;
}

/** A wrapper with QueryClientProvider + MfaProvider (and StrictMode when asked), for `render` and `renderHook`. */
export function mfaProviders({
  client,
  queryClient,
  strict = false,
}: {
  client: MfaClient;
  queryClient: QueryClient;
  strict?: boolean | undefined;
}) {
  return function Providers({ children }: { children: ReactNode }) {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <MfaProvider client={client}>{children}</MfaProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

/** Renders `hook` inside the providers. */
export function renderMfaHook<TProps, TResult>(
  hook: (props: TProps) => TResult,
  {
    client,
    queryClient = newQueryClient(),
    strict = false,
    initialProps,
  }: RenderMfaHookOptions<TProps>,
) {
  const wrapper = mfaProviders({ client, queryClient, strict });
  return {
    queryClient,
    ...renderHook(hook, { wrapper, ...(initialProps === undefined ? {} : { initialProps }) }),
  };
}
