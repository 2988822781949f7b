// Debian's chromium is the one browser every suite here uses: no test tool may download its own.
// Plain JavaScript, so Node scripts (bench, measurements) and TypeScript configs share the one definition.

/** Where the browser is; `CHROMIUM_PATH` overrides Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, sandbox-free, and silent on this machine's closed network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
