import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumArgs, chromiumBrowser, chromiumPath } from './vitest.browser.js';

// The packages' Chromium tests (*.browser.test.ts[x]) in one project, so they share one browser and one Vite
// server instead of starting a pair per package (issue #19). What each package proves there:
// - core: the WebAuthn ceremonies against Chromium's virtual authenticator (CDP). The page is served from
//   http://localhost, a secure context whose host can be a relying-party id.
// - ui: what jsdom cannot show: real caret and selection, clipboard, autofill-style input events, layout, colour
//   contrast. The page is tall enough that Vitest never scales the test frame down, so screenshots
//   (test-results/screenshots) are taken at full size and clicks land where expected.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  // Found only once ui's SSR test starts its worker: optimised mid-run, it would reload the page and leave the worker
  // with a second copy of React (every render failing on a null dispatcher).
  optimizeDeps: { include: ['react-dom/server'] },
  test: {
    name: 'browser',
    include: ['packages/*/src/**/*.browser.test.{ts,tsx}'],
    // Axe over a whole gallery in Chromium, or a passkey prompt that finds no key (it ends only when its own
    // timeout passes), takes seconds on a loaded 2-core machine; only failures wait longer.
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
