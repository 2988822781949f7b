import { defineConfig } from 'vitest/config';

// Each package owns its Vitest project(s); this file only lists them.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      // The packages' Chromium tests, in one project so they share one browser.
      'vitest.browser.config.ts',
      // ui's server-rendering table again, in Chromium under React 18.
      'vitest.browser-react18.config.ts',
      // The React hook tests again, under React 18.
      'packages/react/react18/vitest.config.ts',
      'apps/*/vitest.config.ts',
      '.storybook/vitest.config.ts',
      'tools/vitest.config.ts',
    ],
  },
});
