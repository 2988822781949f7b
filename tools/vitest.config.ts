import { defineProject } from 'vitest/config';
import { TEST_TIMEOUT_MS } from './test-kit/async-timeout.js';

// The repository's own Node tools (browser resolution for `pnpm test`).
export default defineProject({
  test: {
    name: 'tools',
    testTimeout: TEST_TIMEOUT_MS,
    environment: 'node',
    include: ['*.test.ts'],
  },
});
