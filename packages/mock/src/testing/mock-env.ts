import { type MockBackend, type MockBackendOptions, createMockBackend } from '../backend';
import type { OutboxMessage } from '../outbox';
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

/** One mock backend served to a test file, on a manual clock, with every request recorded. */
export interface MockEnv {
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
}

/**
 * Serves a mock backend (options as `createMockBackend`'s, its `now` the environment's clock) through
 * `serve` for the tests that `hooks` belong to. A request the mock does not serve fails the test; after each
 * test the backend returns to its seeded state, handlers added with `server.use` go, and the log is emptied.
 */
export function serveMockEnv(
  hooks: TestHooks,
  serve: (backend: MockBackend) => MockServer,
  options: MockBackendOptions = {},
): MockEnv {
  const clock = createTestClock();
  const backend = createMockBackend({ now: clock.now, ...options });
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
  };
}
