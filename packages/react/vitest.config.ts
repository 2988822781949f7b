import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';

// Hook tests in jsdom against @mfa-kit/mock over msw/node; type tests (*.test-d.ts[x]) in the same run.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'react',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.{ts,tsx}'],
      tsconfig: './tsconfig.test-d.json',
    },
  },
});
