import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumArgs, chromiumBrowser, chromiumPath } from '../../vitest.browser.js';

// What jsdom cannot show: real caret and selection, clipboard, autofill-style input events, layout,
// colour contrast. The page is tall enough that Vitest never scales the test frame down, so
// screenshots (test-results/screenshots) are taken at full size and clicks land where expected.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'ui-browser',
    include: ['src/**/*.browser.test.{ts,tsx}'],
    // Axe over a whole gallery in Chromium takes seconds on a loaded 2-core machine; only failures wait longer.
    testTimeout: 60_000,
    browser: {
      ...chromiumBrowser(),
      provider: playwright({
        launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
        contextOptions: { viewport: { width: 1280, height: 1600 } },
      }),
    },
  },
});
