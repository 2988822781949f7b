import { type MockBackend, type MockBackendOptions, createMockBackend } from '../backend';
import type { OutboxMessage } from '../outbox';
import { TEST_BASE_URL } from './call-mock';
import { latestCode } from './latest-code';
import { type MswRequestEvents, type RecordedRequest, recordRequests } from './request-log';
import { type TestClock, createTestClock } from './test-clock';

/** A test runner's lifecycle hooks (Vitest's, Jest's): passed in, so the kit depends on no runner. */
export interface TestHooks {
  beforeAll(run: () => unknown): void;
  afterEach(run: () => unknown): void;
  afterAll(run: () => unknown): void;
}

/** An msw server (`setupMockServer` of `@mfa-kit/mock/node`), as far as the environment needs one. */
export interface MockServer {
  listen(options: { onUnhandledRequest: 'error' }): void;
  resetHandlers(): void;
  close(): void;
  events: MswRequestEvents;
}

/** What {@link serveMockEnv} needs from its caller: the runner's hooks, msw, and the client under test. */
export interface MockEnvSetup<Client, ClientOptions extends object> {
  hooks: TestHooks;
  /** Makes the msw server, e.g. `setupMockServer` of `@mfa-kit/mock/node`. */
  serve: (backend: MockBackend) => MockServer;
  /** Makes a client, e.g. `createMfaClient` of `@mfa-kit/core`; called with `baseUrl: TEST_BASE_URL`. */
  createClient: (options: ClientOptions & { baseUrl: string }) => Client;
  /** As `createMockBackend`'s; its `now` is the environment's clock unless given. */
  backend?: MockBackendOptions;
}

/** One mock backend served to a test file, on a manual clock, with every request recorded. */
export interface MockEnv<Client, ClientOptions extends object> {
  /** The backend's clock; give it to the flows too (`clock: env.clock`), so both share one time. */
  clock: TestClock;
  backend: MockBackend;
  /** Every request sent to `TEST_BASE_URL` since the test started, in order. */
  requests: readonly RecordedRequest[];
  /** How many requests went to `path` (a `mockPaths` value; the query is ignored). */
  count(path: string): number;
  /** The JSON bodies sent to `path`, in order. */
  bodies(path: string): Promise<unknown[]>;
  /** The newest code the backend sent on `channel` (email by default). */
  latestCode(channel?: OutboxMessage['channel']): string;
  /**
   * A client of the backend, made with `options` and `TEST_BASE_URL` and nothing else: no error-code map unless
   * given, as in a new user's app.
   */
  client(options?: ClientOptions): Client;
}

/**
 * Serves a mock backend through msw for the tests that `hooks` belong to. A request the mock does not serve
 * fails the test; after each test the backend returns to its seeded state, handlers added with `server.use`
 * go, and the request log is emptied.
 */
export function serveMockEnv<Client, ClientOptions extends object>({
  hooks,
  serve,
  createClient,
  backend: backendOptions = {},
}: MockEnvSetup<Client, ClientOptions>): MockEnv<Client, ClientOptions> {
  const clock = createTestClock();
  const backend = createMockBackend({ now: clock.now, ...backendOptions });
  const server = serve(backend);
  const log = recordRequests(server.events);
  hooks.beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  hooks.afterEach(() => {
    backend.reset();
    server.resetHandlers();
    log.clear();
  });
  hooks.afterAll(() => server.close());
  return {
    clock,
    backend,
    requests: log.requests,
    count: (path) => log.count(path),
    bodies: (path) => log.bodies(path),
    latestCode: (channel) => latestCode(backend, channel),
    client: (options) =>
      createClient({ baseUrl: TEST_BASE_URL, ...options } as ClientOptions & { baseUrl: string }),
  };
}
