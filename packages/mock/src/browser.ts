import { type SetupWorker, setupWorker } from 'msw/browser';
import { type MockBackend, createMockBackend } from './backend';

/** Options for {@link startMockWorker}. */
export interface StartMockWorkerOptions {
  /** Where the app serves msw's `mockServiceWorker.js` (default `/mockServiceWorker.js`). */
  serviceWorkerUrl?: string;
  /** Silence msw's console banner and request logs. */
  quiet?: boolean;
}

/**
 * Starts msw's service worker in the browser, answering from `backend` (a fresh one by default); other requests
 * pass through. The app must serve `mockServiceWorker.js` (see `mockServiceWorkerPath()` in `@mfa-kit/mock/node`).
 */
export async function startMockWorker(
  backend: MockBackend = createMockBackend(),
  options: StartMockWorkerOptions = {},
): Promise<SetupWorker> {
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
    quiet: options.quiet ?? false,
    onUnhandledRequest: 'bypass',
  });
  return worker;
}
