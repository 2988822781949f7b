import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';
import type { UserConfig } from 'vite';

/** Third-party modules that the workspace packages import in the browser. */
const KIT_DEPENDENCIES = [
  '@hookform/resolvers/zod',
  '@tanstack/react-query',
  '@mfa-kit/mock > jose',
  '@mfa-kit/mock > @simplewebauthn/server',
  'msw',
  'msw/browser',
  'react-hook-form',
  'zod/mini',
  'zod/v4/core',
];

/** What a static build adds: quiet output. */
const staticBuild: UserConfig = {
  logLevel: 'warn',
  build: {
    // Storybook's own preview (React, docs, the addons) is one large chunk; the kit's budgets are
    // measured per package with size-limit, not here.
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      checks: { bundlerTimings: false },
      onLog(level, log, handler) {
        // react-query's "use client" banners mean nothing in a client-only bundle.
        if (log.code !== 'MODULE_LEVEL_DIRECTIVE') handler(level, log);
      },
    },
  },
};

// One Storybook for every package. Workspace packages resolve to their sources (the '@mfa-kit/source'
// export condition), so a story shows the code as it is, with no build first.
const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // The demo's public folder holds msw's service worker (kept current by msw's `workerDirectory`), served at
  // the root it controls.
  staticDirs: ['../apps/demo/public'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig, { configType }) =>
    mergeConfig(viteConfig, {
      resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
      // The kit's sources are not pre-scanned like node_modules; naming their dependencies up front
      // keeps Vite from finding one mid-run and reloading the page under a running test.
      optimizeDeps: { include: KIT_DEPENDENCIES },
      ...(configType === 'PRODUCTION' ? staticBuild : {}),
    }),
};

export default config;
