// What `pnpm publish` would send, read from the tarballs `pnpm check:packages` packs (one per package, at
// packages/<name>/node_modules/.pack/package.tgz, where publint and attw read them too): every file is one a user
// needs (dist, bin, README, LICENSE, CHANGELOG; no sources, tests or stories), every entry point's files are in
// it, the packed package.json names no source condition, workspace protocol or private flag, and the four
// packages carry one version (the changesets `fixed` group) and depend on each other at it.
// With `--plan` it also prints what `changeset version` would make of the pending changesets. Publishes nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const PACKAGES = ['core', 'react', 'ui', 'mock'];
/** What a packed package may hold besides what its `files` field lists. */
const ALWAYS = ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'];
/** What it must not: sources, tests, stories, configs, build caches. */
const FORBIDDEN =
  /(^|\/)(src|test|__tests__|node_modules)\/|\.(test|test-d|stories)\.[cm]?[jt]sx?$|tsconfig[^/]*\.json$|\.tsbuildinfo$|\.config\.[cm]?[jt]s$/;

function run(command, args, cwd = repo) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` failed:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** Every file an `exports` map (after publishConfig) or `bin` names, without the leading `./`. */
function namedFiles(manifest) {
  const files = [];
  const walk = (target) => {
    if (typeof target === 'string') files.push(target.replace(/^\.\//, ''));
    else if (target && typeof target === 'object') Object.values(target).forEach(walk);
  };
  walk(manifest.exports);
  walk(manifest.bin);
  return files;
}

const problems = [];
const packed = [];
for (const dir of PACKAGES) {
  const tarball = join(repo, 'packages', dir, 'node_modules', '.pack', 'package.tgz');
  if (!existsSync(tarball)) {
    problems.push(`packages/${dir}: no tarball at ${tarball}: run \`pnpm check:packages\` first`);
    continue;
  }
  const files = run('tar', ['-tzf', tarball])
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^package\//, ''));
  const manifestText = run('tar', ['-xzf', tarball, '-O', 'package/package.json']);
  const manifest = JSON.parse(manifestText);
  const source = JSON.parse(readFileSync(join(repo, 'packages', dir, 'package.json'), 'utf8'));
  const name = manifest.name;

  const allowed = [...ALWAYS, ...(source.files ?? [])];
  for (const file of files) {
    if (FORBIDDEN.test(file)) problems.push(`${name}: ships ${file}`);
    else if (!allowed.some((entry) => file === entry || file.startsWith(`${entry}/`))) {
      problems.push(`${name}: ships ${file}, which neither its \`files\` nor npm's defaults list`);
    }
  }
  for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', ...namedFiles(manifest)]) {
    if (!files.includes(file)) problems.push(`${name}: ${file} is not in the tarball`);
  }
  if (manifestText.includes('@mfa-kit/source')) {
    problems.push(`${name}: the packed package.json names the @mfa-kit/source condition`);
  }
  if (manifestText.includes('workspace:')) {
    problems.push(`${name}: the packed package.json keeps a workspace: version`);
  }
  if (manifest.private) problems.push(`${name}: private`);
  packed.push({ name, manifest, files });
}

// One version for the fixed group, and the packages depend on each other at it.
const versions = new Set(packed.map(({ manifest }) => manifest.version));
if (versions.size > 1) {
  problems.push(
    `the packages carry different versions (${packed.map(({ name, manifest }) => `${name}@${manifest.version}`).join(', ')}); they are released together`,
  );
}
for (const { name, manifest } of packed) {
  for (const [dependency, range] of Object.entries({
    ...manifest.dependencies,
    ...manifest.peerDependencies,
  })) {
    const internal = packed.find((other) => other.name === dependency);
    if (internal && !range.includes(internal.manifest.version)) {
      problems.push(
        `${name}: depends on ${dependency}@${range}, not on ${internal.manifest.version}`,
      );
    }
  }
}

for (const { name, manifest, files } of packed) {
  console.log(`  ${name}@${manifest.version}: ${files.length} files`);
}

if (process.argv.includes('--plan')) {
  // What the pending changesets would release (`changeset status` compares with the base branch).
  const scratch = mkdtempSync(join(tmpdir(), 'mfa-kit-release-'));
  try {
    const output = join(scratch, 'plan.json');
    const status = spawnSync('pnpm', ['exec', 'changeset', 'status', `--output=${output}`], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (existsSync(output)) {
      const plan = JSON.parse(readFileSync(output, 'utf8'));
      const releases = plan.releases.filter((release) => release.type !== 'none');
      console.log(
        releases.length === 0
          ? '\nNo pending changesets: nothing would be released.'
          : `\nThe pending changesets (${plan.changesets.length}) would release:\n${releases
              .map((r) => `  ${r.name} ${r.oldVersion} → ${r.newVersion} (${r.type})`)
              .join('\n')}`,
      );
    } else {
      console.log(`\nchangeset status:\n${status.stdout}${status.stderr}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (problems.length > 0) {
  console.error(`\nThe packed packages are not ready to publish:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`\n${packed.length} packages would publish as packed (nothing was published).`);
}
