import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumBrowser } from '../vitest.browser.js';
import { TEST_TIMEOUT_MS } from '../tools/test-kit/async-timeout.js';

const configDir = fileURLToPath(new URL('.', import.meta.url));

// Every story is a test: it renders, its play function runs, and axe checks the result (a11y.test
// 'error' in preview.tsx), in Debian's chromium. The addon applies preview.tsx itself.
export default defineProject({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [storybookTest({ configDir })],
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'storybook',
    testTimeout: TEST_TIMEOUT_MS,
    browser: chromiumBrowser(),
  },
});
