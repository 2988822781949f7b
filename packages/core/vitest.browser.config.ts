import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { chromiumBrowser } from '../../vitest.browser.js';

// What no fake can show: the WebAuthn ceremonies in Chromium, against its virtual authenticator (CDP).
// The page is served from http://localhost, a secure context whose host can be a relying-party id.
export default defineProject({
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  test: {
    name: 'core-browser',
    include: ['src/**/*.browser.test.ts'],
    // A prompt that finds no key ends only when its timeout passes; a loaded 2-core machine is slow.
    testTimeout: 30_000,
    browser: chromiumBrowser(),
  },
});
