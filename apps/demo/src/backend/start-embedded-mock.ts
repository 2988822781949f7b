// Loaded lazily (its own chunk): the fake Frontegg backend and msw's service worker, only when no
// VITE_MFA_BASE_URL is set. Nothing here is in the sign-in route's bundle.
import { type MockBackend, type MockBackendOptions, createMockBackend } from '@mfa-kit/mock';
import { startMockWorker } from '@mfa-kit/mock/browser';

/** What the end-to-end tests may reach: the demo's own mock, nothing of the app's session. */
export interface MfaDemoTestHook {
  backend: MockBackend;
}

declare global {
  interface Window {
    /** Test-only: set when the embedded mock runs, so Playwright can inspect the fake backend. */
    __mfaDemo?: MfaDemoTestHook;
  }
}

/** Starts the mock in this page and resolves once msw answers requests. */
export async function startEmbeddedMock(
  options: Pick<MockBackendOptions, 'errorCodeStyle' | 'qrCodeFormat'>,
): Promise<MockBackend> {
  if (!('serviceWorker' in navigator)) {
    throw new Error(
      'this browser gives the page no service worker (private window, or not https/localhost). Run `pnpm mock:serve` and set VITE_MFA_BASE_URL instead.',
    );
  }
  const backend = createMockBackend(options);
  await startMockWorker(backend, {
    serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    quiet: true,
  });
  window.__mfaDemo = { backend };
  return backend;
}
