// Test support for the drop-in forms: @mfa-kit/mock served by msw/node on a manual clock shared with
// the flows, a client configured as the docs say, the providers, and a log of every request.
import { createMfaClient } from '@mfa-kit/core';
import type { MfaClient, MfaClientOptions, OtpFlowClock } from '@mfa-kit/core';
import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';
import type { MockBackend, MockBackendOptions, OutboxMessage } from '@mfa-kit/mock';
import { setupMockServer } from '@mfa-kit/mock/node';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { StrictMode } from 'react';
import type { ReactElement } from 'react';
import { afterAll, afterEach, beforeAll } from 'vitest';

// jsdom's typed arrays are not Node's: jose (the mock's JWTs) would reject its own key. Nothing here
// needs jsdom's Uint8Array.
globalThis.Uint8Array = (Object.getPrototypeOf(new TextEncoder().encode('')) as Uint8Array)
  .constructor as Uint8ArrayConstructor;
// Two shared cores: room for the mock's answers (it signs JWTs) before a wait counts as failed.
configure({ asyncUtilTimeout: 10_000 });

export const BASE_URL = 'https://app-test.frontegg.com/identity';

export const PATHS = {
  sendEmailCode: '/resources/auth/v1/user/mfa/emailcode',
  verifyEmailCode: '/resources/auth/v1/user/mfa/emailcode/verify',
  policy: '/resources/configurations/v1/mfa-policy/allow-remember-device',
  devices: '/resources/users/v1/mfa/devices',
  preDisable: (deviceId: string) => `/resources/users/v1/mfa/sms/${deviceId}/disable`,
  disable: (deviceId: string) => `/resources/users/v1/mfa/sms/${deviceId}/disable/verify`,
} as const;

/** A clock whose time moves only when told, running due timers in order as it goes. */
export interface TestClock extends OtpFlowClock {
  advance(ms: number): void;
}

export function createTestClock(start = Date.UTC(2030, 0, 1)): TestClock {
  let now = start;
  let lastId = 0;
  const timers = new Map<number, { at: number; callback: () => void }>();
  return {
    now: () => now,
    setTimeout(callback, delayMs) {
      timers.set(++lastId, { at: now + Math.max(0, delayMs), callback });
      return lastId;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    advance(ms) {
      const end = now + ms;
      for (;;) {
        const [due] = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at);
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].callback();
      }
      now = end;
    },
  };
}

export interface SeenRequest {
  method: string;
  path: string;
  body: Promise<unknown>;
  /** The request itself, for its abort signal. */
  request: Request;
}

export interface MockEnv {
  clock: TestClock;
  backend: MockBackend;
  requests: SeenRequest[];
  /** Requests to `path` so far. */
  count(path: string): number;
  /** JSON bodies sent to `path`, in order. */
  bodies(path: string): Promise<unknown[]>;
  client(options?: MfaClientOptions): MfaClient;
  /** The latest code the mock sent on `channel`. */
  latestCode(channel?: OutboxMessage['channel']): string;
}

/** One mock backend for the file, reset after each test; unhandled requests fail the test. */
export function setupMockEnv(options: MockBackendOptions = {}): MockEnv {
  const clock = createTestClock();
  const backend = createMockBackend({ seed: 11, now: () => clock.now(), ...options });
  const server = setupMockServer(backend);
  const requests: SeenRequest[] = [];
  server.events.on('request:start', ({ request }) => {
    const path = new URL(request.url).pathname.replace(new URL(BASE_URL).pathname, '');
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
  const count = (path: string) => requests.filter((seen) => seen.path === path).length;
  return {
    clock,
    backend,
    requests,
    count,
    bodies: (path) =>
      Promise.all(requests.filter((seen) => seen.path === path).map((seen) => seen.body)),
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

/** The demo user's password login: the mfaToken of the email step. */
export async function loginDemoUser(client: MfaClient): Promise<string> {
  const { mfaToken } = await client.auth.login({
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  if (!mfaToken) throw new Error('the mock did not ask for MFA');
  return mfaToken;
}

/** A client signed in as the demo user (for the user routes). */
export async function signedInClient(env: MockEnv): Promise<MfaClient> {
  const client = env.client();
  const mfaToken = await loginDemoUser(client);
  const { otcToken } = await client.emailMfa.sendCode({ mfaToken });
  const { accessToken } = await client.emailMfa.verifyCode({
    mfaToken,
    otcToken,
    code: env.latestCode(),
  });
  if (!accessToken) throw new Error('the mock issued no access token');
  env.requests.length = 0;
  env.backend.outbox.clear();
  return env.client({ getAccessToken: () => accessToken });
}

/** A code that is certainly not `code`. */
export const wrongCode = (code: string): string => (code === '000000' ? '111111' : '000000');

/** Renders `ui` inside QueryClientProvider + MfaProvider (and StrictMode when asked). */
export function renderWithMfa(
  ui: ReactElement,
  { client, strict = false }: { client: MfaClient; strict?: boolean },
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (node: ReactElement) => {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <MfaProvider client={client}>{node}</MfaProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  const view = render(wrap(ui));
  return { ...view, queryClient, rerender: (next: ReactElement) => view.rerender(wrap(next)) };
}
