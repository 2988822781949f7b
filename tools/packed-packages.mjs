// The four kit packages as a user's `npm install` gets them, for the checks that install them into a throwaway app
// outside the workspace (`check:install`, `check:next`): no workspace links, no source condition.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGES = ['core', 'react', 'ui', 'mock'];

/** Runs a command; on failure, throws with everything it printed. */
export function run(command, args, cwd, env = process.env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(
      `\`${command} ${args.join(' ')}\` failed in ${cwd}:\n${result.stdout}${result.stderr}${result.error ?? ''}`,
    );
  }
  return result.stdout;
}

export function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Whether a tarball exists and is newer than the package's manifest, README, CHANGELOG and every built file. */
function isFresh(tarball, packageDir) {
  if (!existsSync(tarball)) return false;
  const packedAt = statSync(tarball).mtimeMs;
  const inputs = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']
    .map((name) => join(packageDir, name))
    .concat(
      readdirSync(join(packageDir, 'dist'), { recursive: true }).map((name) =>
        join(packageDir, 'dist', name),
      ),
    );
  return inputs.every((file) => !existsSync(file) || statSync(file).mtimeMs <= packedAt);
}

/**
 * Puts the packages' tarballs in `app`/tarballs: the ones `pnpm check:packages` packed since the last build (what
 * publint and attw checked), else packed now. Returns each package's dependency spec for the app's package.json,
 * `{ '@mfa-kit/core': 'file:tarballs/mfa-kit-core-0.1.0.tgz', … }`.
 */
export function packTarballs(app, packages = PACKAGES) {
  const tarballs = {};
  for (const dir of packages) {
    const packageDir = join(repo, 'packages', dir);
    if (!existsSync(join(packageDir, 'dist'))) {
      throw new Error(`packages/${dir}/dist is missing: run \`pnpm build\` first.`);
    }
    const { name, version } = readJson(join(packageDir, 'package.json'));
    const file = `${name.slice(1).replace('/', '-')}-${version}.tgz`;
    const packed = join(packageDir, 'node_modules', '.pack', 'package.tgz');
    if (isFresh(packed, packageDir)) {
      mkdirSync(join(app, 'tarballs'), { recursive: true });
      copyFileSync(packed, join(app, 'tarballs', file));
    } else {
      run('pnpm', ['pack', '--pack-destination', join(app, 'tarballs')], packageDir);
    }
    tarballs[name] = `file:tarballs/${file}`;
  }
  return tarballs;
}

/** npm install in `app`, from the cache where it can: the tarballs and the versions its package.json pins. */
export function npmInstall(app) {
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
}
