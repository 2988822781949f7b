// `pnpm check:next`: the Next.js example (apps/next) as a user's app gets the kit. Copies the app's source into a
// throwaway folder outside the workspace, npm-installs the packed packages there (`packed-packages.mjs`: the
// tarballs `pnpm check:packages` checked) with Next.js and the app's other dependencies at the versions
// apps/next/package.json pins, then runs the app's Playwright spec, whose web server builds the app there
// (`next build`) and serves it (`next start`) beside the mock.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { npmInstall, packTarballs, readJson, repo, run } from './packed-packages.mjs';

const source = join(repo, 'apps', 'next');
/** What `next build` needs of the app's dev dependencies; the rest (Playwright, the mock) serve the spec. */
const BUILD_TOOLS = ['typescript', '@types/node', '@types/react', '@types/react-dom'];

const started = Date.now();
const app = mkdtempSync(join(tmpdir(), 'mfa-kit-next-'));
const seconds = () => `${Math.round((Date.now() - started) / 1000)} s`;

try {
  const manifest = readJson(join(source, 'package.json'));
  const tarballs = packTarballs(app, ['core', 'react', 'ui']);
  const dependencies = Object.fromEntries(
    Object.entries(manifest.dependencies).map(([name, range]) => [name, tarballs[name] ?? range]),
  );
  const unpacked = Object.entries(dependencies).filter(([, range]) =>
    range.startsWith('workspace:'),
  );
  if (unpacked.length > 0)
    throw new Error(`apps/next depends on ${unpacked[0][0]}, which is not packed here.`);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      {
        name: 'mfa-kit-next-check',
        private: true,
        type: 'module',
        dependencies,
        devDependencies: Object.fromEntries(
          BUILD_TOOLS.map((name) => [name, manifest.devDependencies[name]]),
        ),
      },
      null,
      2,
    ),
  );
  for (const file of ['src', 'next.config.ts', 'tsconfig.json'])
    cpSync(join(source, file), join(app, file), { recursive: true });

  console.log(
    `npm install in ${app}: the packed core, react and ui, Next.js ${dependencies.next}, React`,
  );
  npmInstall(app);
  console.log(`Installed (${seconds()}). next build, next start and the spec (apps/next/e2e):`);
  process.stdout.write(
    // Playwright from the workspace (its browser is Debian's, as every suite here); the packages are built.
    run(join(source, 'node_modules', '.bin', 'playwright'), ['test'], source, {
      ...process.env,
      MFA_NEXT_APP_DIR: app,
      NEXT_TELEMETRY_DISABLED: '1',
    }),
  );
  console.log(
    `The Next.js example builds on the packed packages and passes its spec (${seconds()}).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(app, { recursive: true, force: true });
}
