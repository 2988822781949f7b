import { describe, expect, it } from 'vitest';
import { findChromium, planBrowserSetup, type FoundBrowser } from './chromium.js';

/** A machine whose only executables are `files`. */
function host({
  env = {},
  files = [],
  playwright,
}: {
  env?: Record<string, string>;
  files?: string[];
  playwright?: string;
}) {
  return {
    env,
    isExecutable: (file: string) => files.includes(file),
    playwrightChromium: () => playwright,
  };
}

const PLAYWRIGHT = '/home/me/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

describe('findChromium', () => {
  it('takes CHROMIUM_PATH as given, before anything installed', () => {
    const found = findChromium(
      host({
        env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
        files: ['/usr/bin/chromium', PLAYWRIGHT],
        playwright: PLAYWRIGHT,
      }),
    );
    expect(found).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
  });

  it("prefers an installed Playwright chromium to PATH, and skips one that isn't installed", () => {
    const onPath = { env: { PATH: '/usr/bin' }, playwright: PLAYWRIGHT };
    expect(findChromium(host({ ...onPath, files: ['/usr/bin/chromium', PLAYWRIGHT] }))).toEqual({
      path: PLAYWRIGHT,
      source: "Playwright's chromium",
    });
    expect(findChromium(host({ ...onPath, files: ['/usr/bin/chromium'] }))).toEqual({
      path: '/usr/bin/chromium',
      source: 'chromium on PATH',
    });
  });

  it('looks up the commands in order, each through every PATH directory', () => {
    const found = findChromium(
      host({
        env: { PATH: '/usr/local/bin::/usr/bin' },
        files: [
          '/usr/bin/google-chrome',
          '/usr/bin/chromium-browser',
          '/usr/local/bin/google-chrome',
        ],
      }),
    );
    expect(found).toEqual({
      path: '/usr/bin/chromium-browser',
      source: 'chromium-browser on PATH',
    });
    expect(
      findChromium(host({ env: { PATH: '/usr/bin' }, files: ['/usr/bin/google-chrome-stable'] })),
    ).toEqual({ path: '/usr/bin/google-chrome-stable', source: 'google-chrome-stable on PATH' });
  });

  it('finds nothing without PATH, or with the browser outside it', () => {
    expect(findChromium(host({ files: ['/usr/bin/chromium'] }))).toBeUndefined();
    expect(
      findChromium(host({ env: { PATH: '/opt/node/bin' }, files: ['/usr/bin/chromium'] })),
    ).toBeUndefined();
  });
});

describe('planBrowserSetup', () => {
  const facts = {
    found: undefined as FoundBrowser | undefined,
    isExecutable: (file: string) => file === '/usr/bin/chromium',
    isRoot: false,
    aptGet: '/usr/bin/apt-get' as string | undefined,
    canSudoWithoutPassword: () => false,
  };

  it('uses the browser found, naming it and how it was found', () => {
    const found = { path: '/usr/bin/chromium', source: 'chromium on PATH' };
    expect(planBrowserSetup({ ...facts, found })).toEqual({
      action: 'use',
      line: 'Browser tests: /usr/bin/chromium (chromium on PATH).',
    });
  });

  it('stops on a CHROMIUM_PATH that is not there rather than use or install another browser', () => {
    const plan = planBrowserSetup({
      ...facts,
      isRoot: true,
      found: { path: '/opt/missing/chrome', source: 'CHROMIUM_PATH' },
    });
    expect(plan.action).toBe('stop');
    expect(plan.line).toMatch(/^CHROMIUM_PATH=\/opt\/missing\/chrome is not an executable file/);
  });

  it('installs with apt-get as root, without asking sudo', () => {
    let sudoAsked = false;
    const plan = planBrowserSetup({
      ...facts,
      isRoot: true,
      canSudoWithoutPassword: () => (sudoAsked = true),
    });
    expect(plan).toEqual({
      action: 'install',
      line: expect.stringMatching(
        /^No Chromium for the browser tests \(.*\): installing Debian's chromium \(apt-get install -y chromium\)/,
      ) as string,
      commands: [
        ['env', 'DEBIAN_FRONTEND=noninteractive', '/usr/bin/apt-get', 'update', '-qq'],
        [
          'env',
          'DEBIAN_FRONTEND=noninteractive',
          '/usr/bin/apt-get',
          'install',
          '-y',
          '-qq',
          'chromium',
        ],
      ],
    });
    expect(sudoAsked).toBe(false);
  });

  it('installs through passwordless sudo when not root', () => {
    const plan = planBrowserSetup({ ...facts, canSudoWithoutPassword: () => true });
    expect(plan.action).toBe('install');
    expect(plan.line).toContain('(sudo apt-get install -y chromium)');
    expect(
      plan.action === 'install' && plan.commands.map((command) => command.slice(0, 2)),
    ).toEqual([
      ['sudo', '-n'],
      ['sudo', '-n'],
    ]);
  });

  it('stops with the sudo command when sudo would ask for a password', () => {
    const plan = planBrowserSetup(facts);
    expect(plan.action).toBe('stop');
    expect(plan.line).toMatch(
      /^No Chromium for the browser tests \(CHROMIUM_PATH unset, no Playwright chromium, none of chromium, chromium-browser, google-chrome, google-chrome-stable on PATH\): run `sudo apt-get install -y chromium`, or set CHROMIUM_PATH/,
    );
  });

  it('stops without apt-get, even as root, naming CHROMIUM_PATH', () => {
    const plan = planBrowserSetup({ ...facts, isRoot: true, aptGet: undefined });
    expect(plan.action).toBe('stop');
    expect(plan.line).toMatch(
      /: install Chromium or Chrome, or set CHROMIUM_PATH=\/path\/to\/chromium\.$/,
    );
  });

  it('prints one line in every outcome', () => {
    for (const plan of [
      planBrowserSetup(facts),
      planBrowserSetup({ ...facts, isRoot: true }),
      planBrowserSetup({ ...facts, found: { path: '/x', source: 'CHROMIUM_PATH' } }),
    ]) {
      expect(plan.line).not.toContain('\n');
    }
  });
});
