// The one browser every suite here uses is resolved in this file: no test tool may download its own.
// Plain JavaScript, so Node scripts (bench, measurements, ensure-browser) and TypeScript configs share the
// one definition.
import { accessSync, constants, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/** Where Debian's `chromium` package puts the browser (and where `tools/ensure-browser.js` installs it). */
export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Browser commands looked up on `PATH`, in order of preference. */
export const CHROMIUM_COMMANDS = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
];

/**
 * The first executable `name` in the directories of `pathVariable`.
 * @param {string} name
 * @param {string | undefined} pathVariable
 * @param {(file: string) => boolean} isExecutable
 * @returns {string | undefined}
 */
export function findOnPath(name, pathVariable, isExecutable) {
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/**
 * The browser to test with: `CHROMIUM_PATH` as given (an explicit choice is never second-guessed), then a
 * Playwright-managed chromium if it is installed, then the first of `CHROMIUM_COMMANDS` on `PATH`.
 * @param {{
 *   env: Record<string, string | undefined>,
 *   isExecutable: (file: string) => boolean,
 *   playwrightChromium: () => string | undefined,
 * }} host
 * @returns {{ path: string, source: string } | undefined}
 */
export function findChromium({ env, isExecutable, playwrightChromium }) {
  if (env.CHROMIUM_PATH) return { path: env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
  const managed = playwrightChromium();
  if (managed && isExecutable(managed)) return { path: managed, source: "Playwright's chromium" };
  for (const name of CHROMIUM_COMMANDS) {
    const found = findOnPath(name, env.PATH, isExecutable);
    if (found) return { path: found, source: `${name} on PATH` };
  }
  return undefined;
}

/**
 * What `pnpm test` does before its first check: use the browser found, install Debian's chromium when
 * this machine may do so without asking, or stop with the command that fixes it. Each plan carries the
 * one line to print.
 * @param {{
 *   found: { path: string, source: string } | undefined,
 *   isExecutable: (file: string) => boolean,
 *   isRoot: boolean,
 *   aptGet: string | undefined,
 *   canSudoWithoutPassword: () => boolean,
 * }} facts
 * @returns {{ action: 'use' | 'stop', line: string } | { action: 'install', line: string, commands: string[][] }}
 */
export function planBrowserSetup({ found, isExecutable, isRoot, aptGet, canSudoWithoutPassword }) {
  if (found?.source === 'CHROMIUM_PATH' && !isExecutable(found.path)) {
    return {
      action: 'stop',
      line: `CHROMIUM_PATH=${found.path} is not an executable file: point it at a Chromium or Chrome binary, or unset it.`,
    };
  }
  if (found) return { action: 'use', line: `Browser tests: ${found.path} (${found.source}).` };

  const missing = `No Chromium for the browser tests (CHROMIUM_PATH unset, no Playwright chromium, none of ${CHROMIUM_COMMANDS.join(', ')} on PATH)`;
  if (!aptGet) {
    return {
      action: 'stop',
      line: `${missing}: install Chromium or Chrome, or set CHROMIUM_PATH=/path/to/chromium.`,
    };
  }
  if (!isRoot && !canSudoWithoutPassword()) {
    return {
      action: 'stop',
      line: `${missing}: run \`sudo apt-get install -y chromium\`, or set CHROMIUM_PATH=/path/to/chromium.`,
    };
  }
  // sudo resets the environment, so the no-prompts setting travels as an argument of `env`.
  const asAdmin = [
    ...(isRoot ? [] : ['sudo', '-n']),
    'env',
    'DEBIAN_FRONTEND=noninteractive',
    aptGet,
  ];
  return {
    action: 'install',
    line: `${missing}: installing Debian's chromium (${isRoot ? '' : 'sudo '}apt-get install -y chromium), about a minute.`,
    commands: [
      [...asAdmin, 'update', '-qq'],
      [...asAdmin, 'install', '-y', '-qq', 'chromium'],
    ],
  };
}

/** @param {string} file */
export function isExecutableFile(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Where `playwright install chromium` would have put its build, whether or not it did. */
function playwrightChromiumPath() {
  try {
    /** @type {typeof import('playwright-core')} */
    const playwright = createRequire(import.meta.url)('playwright-core');
    return playwright.chromium.executablePath();
  } catch {
    // No Playwright build for this platform.
    return undefined;
  }
}

/** What this machine offers, for `findChromium`. */
export const thisMachine = {
  env: process.env,
  isExecutable: isExecutableFile,
  playwrightChromium: playwrightChromiumPath,
};

/**
 * The browser every suite launches. With none found it names Debian's path, so a launch error says where
 * the browser was expected; `pnpm test` runs `tools/ensure-browser.js` first, which installs it there.
 */
export const chromiumPath = findChromium(thisMachine)?.path ?? DEBIAN_CHROMIUM;

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
