import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { TEST_TIMEOUT_MS } from '../../tools/test-kit/async-timeout.js';

// Unit tests in jsdom. The root 'browser' project (vitest.browser.config.ts) runs *.browser.test.tsx in
// chromium, with the other packages' browser tests.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  // The server-rendering test (node environment) resolves through Vite's SSR environment: sources there too.
  ssr: { resolve: { conditions: ['@mfa-kit/source', ...defaultServerConditions] } },
  test: {
    name: 'ui',
    testTimeout: TEST_TIMEOUT_MS,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    exclude: ['src/**/*.browser.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // One jsdom and one module graph for every file, not a fresh pair per file (issue #19: CPU 109 s → 42 s).
    // Testing Library's cleanup empties the document after each test; each file starts its own mock.
    isolate: false,
    // The type tests (src/**/*.test-d.ts[x]) are checked once, by `pnpm typecheck` (the root tsconfig includes
    // packages/*/src): a Vitest typecheck here would run a second tsc over the same files with the same options.
  },
});
