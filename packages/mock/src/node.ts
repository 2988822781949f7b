import { createRequire } from 'node:module';
import { type SetupServer, setupServer } from 'msw/node';
import { type MockBackend, createMockBackend } from './backend';

/**
 * An msw server for Node tests, answering from `backend` (a fresh one by default). Call `listen()` yourself,
 * e.g. `listen({ onUnhandledRequest: 'error' })` in `beforeAll`.
 */
export function setupMockServer(backend: MockBackend = createMockBackend()): SetupServer {
  return setupServer(...backend.handlers);
}

/**
 * Absolute path of msw's `mockServiceWorker.js`, for copying into a web app's public directory (the same file
 * `npx msw init <dir>` writes).
 */
export function mockServiceWorkerPath(): string {
  return createRequire(import.meta.url).resolve('msw/mockServiceWorker.js');
}
