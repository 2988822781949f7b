import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { TEST_TIMEOUT_MS } from '../../tools/test-kit/async-timeout.js';

// Hook tests in jsdom against @mfa-kit/mock over msw/node.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'react',
    testTimeout: TEST_TIMEOUT_MS,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // One jsdom and one module graph for every file, not a fresh pair per file: creating them was most of the
    // project's CPU (issue #19: 62 s → 16 s). Testing Library's cleanup empties the document after each test.
    isolate: false,
    // The type tests (src/**/*.test-d.ts[x]) are checked once, by `pnpm typecheck` (the root tsconfig includes
    // packages/*/src): a Vitest typecheck here would run a second tsc over the same files with the same options.
  },
});
