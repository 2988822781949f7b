// Test support for the Chromium tests: waiting for what the page shows.
import { expect } from 'vitest';
import { ASYNC_UTIL_TIMEOUT_MS } from '../../../../tools/test-kit/async-timeout.js';

/** Resolves once `check` holds, polled every 20 ms; fails after the shared wait limit. */
export const until = (check: () => boolean) =>
  expect.poll(check, { timeout: ASYNC_UTIL_TIMEOUT_MS, interval: 20 }).toBe(true);
