import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tools/chromium.js';

// MFA_E2E_PORT: a second work tree runs its own specs beside this one's (outside CI a running server is reused).
const port = Number(process.env.MFA_E2E_PORT) || 4173;

// End to end against the production build (`vite preview`), in Debian's chromium: no test tool downloads a browser here.
export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    // A failure keeps its trace's DOM snapshots, not its filmstrip: recording the screen for every test (Chromium
    // encodes a JPEG per frame) was a third of the suite's CPU time, 614 against 420 CPU-s (issue #19).
    trace: { mode: 'retain-on-failure', screenshots: false },
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [...chromiumArgs],
    },
  },
  webServer: {
    command: `pnpm build && pnpm exec vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}/sign-in`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
