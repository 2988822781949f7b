// The mock the app calls, run by the test process (so a spec reads its outbox), and a page that fails its test on
// any console error or warning (React's hydration mismatches among them) and any uncaught error.
import { type MockBackend, createMockBackend } from '@mfa-kit/mock';
import { startMockHttpServer } from '@mfa-kit/mock/server';
import { test as base, expect } from '@playwright/test';

export { expect };

/** Set in playwright.config.ts: the port the build's `NEXT_PUBLIC_MFA_BASE_URL` names. */
export interface MockOptions {
  mockPort: number;
}

export const test = base.extend<{ problems: string[] }, MockOptions & { mock: MockBackend }>({
  mockPort: [4184, { option: true, scope: 'worker' }],
  mock: [
    async ({ mockPort }, use) => {
      const backend = createMockBackend();
      const server = await startMockHttpServer({ backend, port: mockPort });
      await use(backend);
      await server.close();
    },
    // Every page calls it, whether or not the test reads it.
    { scope: 'worker', auto: true },
  ],
  problems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console.${message.type()}: ${message.text()} (${message.location().url})`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'console errors, warnings and uncaught errors').toEqual([]);
    },
    { auto: true },
  ],
});
