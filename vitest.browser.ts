import { playwright } from '@vitest/browser-playwright';

import { chromiumArgs, chromiumPath } from './tools/chromium.js';

export { chromiumArgs, chromiumPath };

/**
 * Vitest browser-mode options for one project. Call it once per project: Vitest mutates the object,
 * so projects must not share one.
 */
export function chromiumBrowser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}
