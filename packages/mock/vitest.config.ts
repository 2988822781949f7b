import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultServerConditions] },
  // Node-environment tests resolve through Vite's SSR environment, which keeps its own conditions.
  ssr: { resolve: { conditions: ['@mfa-kit/source', ...defaultServerConditions] } },
  test: {
    name: 'mock',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts'],
      tsconfig: './tsconfig.typecheck.json',
    },
  },
});
