import { defineConfig } from 'vitest/config';

// Each package owns its Vitest project(s); this file only lists them.
export default defineConfig({
  test: {
    projects: ['packages/*/vitest.config.ts', 'apps/*/vitest.config.ts', '.storybook/vitest.config.ts'],
  },
});
