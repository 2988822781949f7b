import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser.js';

// What jsdom cannot show: real caret and selection, clipboard, autofill-style input events, layout.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'ui-browser',
    include: ['src/**/*.browser.test.{ts,tsx}'],
    browser: chromiumBrowser(),
  },
});
