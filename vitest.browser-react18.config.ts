import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumBrowser } from './vitest.browser.js';

const fixture = fileURLToPath(new URL('./packages/react/react18/', import.meta.url));

// ui's server-rendering table again, in Chromium under React 18.3 (issue #21): that one file, not every browser
// test. The project's root is the React 18 fixture and `dedupe` resolves react and react-dom from the root for
// every importer (ui, react-query, react-hook-form, the SSR worker). They stay bare names, so Vite pre-bundles the
// fixture's CommonJS copies as it does React 19 in 'browser' (an alias to their folders would skip pre-bundling,
// as the jsdom project 'react18' can afford: Node loads CommonJS).
export default defineProject({
  resolve: {
    conditions: ['@mfa-kit/source', ...defaultClientConditions],
    dedupe: ['react', 'react-dom'],
  },
  // As in 'browser': found only once the SSR worker starts, it would be optimised mid-run and reload the page.
  optimizeDeps: { include: ['react-dom/server'] },
  test: {
    name: 'browser-react18',
    root: fixture,
    dir: fileURLToPath(new URL('./packages/ui/src/', import.meta.url)),
    include: ['ssr.browser.test.tsx'],
    setupFiles: [`${fixture}expect-react-18.ts`],
    testTimeout: 60_000,
    browser: chromiumBrowser(),
  },
});
