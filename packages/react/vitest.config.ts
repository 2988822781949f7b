import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';

// Hook tests in jsdom against @mfa-kit/mock over msw/node.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    // The type tests (src/**/*.test-d.ts[x]) are checked once, by `pnpm typecheck` (the root tsconfig includes
    // packages/*/src): a Vitest typecheck here would run a second tsc over the same files with the same options.
  },
});
