import { defineProject } from 'vitest/config';

// The repository's own Node tools (browser resolution for `pnpm test`).
export default defineProject({
  test: {
    name: 'tools',
    environment: 'node',
    include: ['*.test.ts'],
  },
});
