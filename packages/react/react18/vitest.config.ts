import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { TEST_TIMEOUT_MS } from '../../../tools/test-kit/async-timeout.js';

// The @mfa-kit/react hook tests again, under React 18: 'react' and 'react-dom' (and their subpaths) resolve to
// this fixture's 18.3.1 copies. The libraries that import React are inlined, so they go through the same alias
// instead of Node finding the workspace's React 19 next to them.
const fixtureRequire = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(fixtureRequire.resolve(`${name}/package.json`));
// Testing-library has no `exports`: point at its ES module, whose imports the alias can see (its CommonJS
// `require`s would not be).
const testingLibrary = path.join(
  path.dirname(
    createRequire(new URL('../package.json', import.meta.url)).resolve(
      '@testing-library/react/package.json',
    ),
  ),
  'dist/@testing-library/react.esm.js',
);

export default defineProject({
  resolve: {
    conditions: ['@mfa-kit/source', ...defaultClientConditions],
    alias: [
      { find: /^react(\/.*)?$/, replacement: `${packageDir('react')}$1` },
      { find: /^react-dom(\/.*)?$/, replacement: `${packageDir('react-dom')}$1` },
      { find: /^@testing-library\/react$/, replacement: testingLibrary },
    ],
  },
  test: {
    name: 'react18',
    testTimeout: TEST_TIMEOUT_MS,
    environment: 'jsdom',
    dir: fileURLToPath(new URL('../src', import.meta.url)),
    include: ['**/*.test.{ts,tsx}'],
    setupFiles: ['../src/test/setup.ts', './expect-react-18.ts'],
    // As in the 'react' project: one jsdom and one module graph for every file (issue #19).
    isolate: false,
    // The type tests, and through them the hooks' source, against React 18's types (see tsconfig.json).
    typecheck: { enabled: true, include: ['**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
    server: {
      deps: {
        inline: [
          /@tanstack\/react-query/,
          /@testing-library\/react/,
          /react-hook-form/,
          /@hookform\/resolvers/,
        ],
      },
    },
  },
});
