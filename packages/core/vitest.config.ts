import { defaultServerConditions } from 'vite';
import { defineProject } from 'vitest/config';

export default defineProject({
  // Workspace packages (@mfa-kit/mock in tests) resolve to their source.
  resolve: { conditions: ['@mfa-kit/source', ...defaultServerConditions] },
  // Node-environment tests resolve through Vite's SSR environment, which keeps its own conditions.
  ssr: { resolve: { conditions: ['@mfa-kit/source', ...defaultServerConditions] } },
  test: {
    name: 'core',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // Chromium's: the 'core-browser' project (vitest.browser.config.ts).
    exclude: ['src/**/*.browser.test.ts'],
    typecheck: {
      enabled: true,
      include: ['src/**/*.test-d.ts'],
      tsconfig: './tsconfig.test-d.json',
    },
  },
});
