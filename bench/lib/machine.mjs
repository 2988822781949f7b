// What machine and which versions a run was on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { benchDir } from './paths.mjs';
import { CHROMIUM_PATH } from './browser.mjs';

/** Every compared package plus the tools, versions read from their own package.json. */
export const VERSIONED_PACKAGES = [
  '@mfa-kit/ui',
  '@mfa-kit/core',
  '@mfa-kit/react',
  '@mfa-kit/mock',
  'input-otp',
  'react-otp-input',
  '@radix-ui/react-one-time-password-field',
  '@ark-ui/react',
  '@frontegg/rest-api',
  '@frontegg/react',
  'react',
  'react-dom',
  '@tanstack/react-query',
  'react-hook-form',
  '@hookform/resolvers',
  'zod',
  'esbuild',
  'playwright-core',
];

// Reached through @frontegg/react and @ark-ui/react (not our dependencies): read from where they resolve.
const TRANSITIVE = [
  ['@frontegg/js', '@frontegg/react'],
  ['@frontegg/redux-store', '@frontegg/react'],
  ['react-router-dom', '@frontegg/react'],
  ['@zag-js/pin-input', '@ark-ui/react'],
];

function versionFrom(base, name) {
  const require = createRequire(base);
  try {
    return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
  } catch {
    // './package.json' not exported: walk up from the entry instead
  }
  let dir = path.dirname(require.resolve(name));
  // Walk up from the resolved entry to the package's own package.json.
  for (;;) {
    try {
      const json = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      if (json.name === name) return json.version;
    } catch {
      // not here; keep walking
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json found for ${name}`);
    dir = parent;
  }
}

export function readVersions() {
  const base = path.join(benchDir, 'package.json');
  const versions = {};
  for (const name of VERSIONED_PACKAGES) versions[name] = versionFrom(base, name);
  for (const [name, via] of TRANSITIVE) {
    const viaEntry = createRequire(base).resolve(`${via}/package.json`);
    versions[`${name} (via ${via})`] = versionFrom(viaEntry, name);
  }
  return versions;
}

export function readMachine(browserVersion) {
  const cpus = os.cpus();
  let chromium = browserVersion;
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    // keep the version playwright reported
  }
  return {
    nproc: os.availableParallelism?.() ?? cpus.length,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}
