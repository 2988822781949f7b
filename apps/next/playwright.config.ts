import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tools/chromium.js';
import type { MockOptions } from './e2e/fixtures';

// Beside the demo's specs, which `pnpm test` runs at the same time on MFA_E2E_PORT itself (default 4173): this app
// on that port + 10, the mock it calls on + 11.
const base = Number(process.env.MFA_E2E_PORT) || 4173;
const port = base + 10;
const mockPort = base + 11;
// Where the app is built and served: by `pnpm check:next`, the folder where it installed the packed packages; by
// default this one, on the workspace's packages (their `dist`, which the app's `e2e` script builds first).
const appDir = process.env.MFA_NEXT_APP_DIR;
const next = 'node_modules/.bin/next';

// The production build (`next build`, `next start`) in Debian's chromium, as the demo's specs.
export default defineConfig<MockOptions>({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  // One mock server, on a port the build has inlined: one worker.
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    mockPort,
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs] },
  },
  webServer: {
    command: `${next} build && ${next} start --port ${port}`,
    cwd: appDir ?? '.',
    env: {
      NEXT_PUBLIC_MFA_BASE_URL: `http://127.0.0.1:${mockPort}/identity`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    url: `http://localhost:${port}/sign-in`,
    // A check never reuses a server: it tests the build it just made.
    reuseExistingServer: !process.env.CI && !appDir,
    timeout: 300_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
