// The bench measures our packages as they ship (dist). Builds them when dist is missing or older than src.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { repoDir } from './paths.mjs';

const PACKAGES = ['core', 'react', 'ui', 'mock'];
const IGNORED = /\.(test|test-d|stories|browser\.test|ssr\.test)\.tsx?$|__screenshots__|\/test\//;

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (IGNORED.test(file)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

function builtAt(pkg) {
  try {
    return statSync(path.join(repoDir, 'packages', pkg, 'dist', 'index.js')).mtimeMs;
  } catch {
    return 0;
  }
}

/** Returns the packages that had to be built (empty when every dist was current). */
export function ensureBuilt() {
  const stale = PACKAGES.filter(
    (pkg) => builtAt(pkg) < newestSource(path.join(repoDir, 'packages', pkg, 'src')),
  );
  if (stale.length === 0) return [];
  console.log(
    `building ${stale.map((pkg) => `@mfa-kit/${pkg}`).join(', ')} (dist missing or older than src)…`,
  );
  const filters = stale.flatMap((pkg) => ['--filter', `@mfa-kit/${pkg}`]);
  execFileSync('pnpm', [...filters, 'build'], {
    cwd: repoDir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return stale;
}
