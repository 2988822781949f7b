import react from '@vitejs/plugin-react';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { TEST_TIMEOUT_MS } from '../../tools/test-kit/async-timeout.js';

// Unit tests of the demo's own pieces (router, session, tools) in jsdom; the pages are covered end to end
// by Playwright (e2e/, `pnpm e2e`), which this project leaves alone.
export default defineProject({
  plugins: [react()],
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'demo',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    // The simulated slow answer alone takes 3 s; a loaded machine must not turn that into a failure.
    testTimeout: TEST_TIMEOUT_MS,
    // One jsdom and one module graph for every file, not a fresh pair per file: creating them was most of the
    // project's CPU (issue #19: 33 s → 14 s).
    isolate: false,
  },
});
