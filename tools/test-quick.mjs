#!/usr/bin/env node
// `pnpm test:quick`: the inner loop, in well under two minutes. What changed since the branch left `main` (its
// merge base; committed, staged, unstaged and untracked files alike), or since `--base <ref>`:
//   - the whole workspace type-checked (incremental: tsc reuses node_modules/.cache/tsc from the last run),
//   - Prettier and ESLint (type-aware, cached in node_modules/.cache/eslint) on the changed files,
//   - `vitest run --changed`: the tests that import a changed file (all of them when a config or the lockfile
//     changed), in the projects that run in Node; with `--browser`, in the Chromium ones too.
// tsc uses one core, so it runs beside the other three, which run one after another. `pnpm test` remains the
// full check: builds, packed tarballs, budgets, the bench smoke and the end-to-end tests run only there.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { base: { type: 'string' }, browser: { type: 'boolean', default: false } },
});
/**
 * The Vitest projects that run in Node (jsdom included). The Chromium ones (browser, browser-react18, storybook)
 * take a browser each and most of a quick run's time: `--browser` adds them; `pnpm test` always runs them.
 */
const NODE_PROJECTS = ['core', 'mock', 'react', 'react18', 'ui', 'demo', 'tools'];

function git(...args) {
  const result = spawnSync('git', args, { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const base =
  values.base ??
  (git('rev-parse', '--verify', '--quiet', 'main') ? git('merge-base', 'HEAD', 'main') : null) ??
  'HEAD';
const changed = [
  ...new Set(
    [
      git('diff', '--name-only', '--diff-filter=d', base),
      git('ls-files', '--others', '--exclude-standard'),
    ]
      .filter(Boolean)
      .join('\n')
      .split('\n')
      .filter((file) => file && existsSync(file)),
  ),
];

const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const lintable = changed.filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file));

console.log(
  `test:quick: ${changed.length} file(s) changed since ${base === 'HEAD' ? 'HEAD' : base.slice(0, 10)}`,
);

/** Runs one command; resolves with its exit code, its output printed in one piece when it ends. */
function run(name, command, args) {
  return new Promise((resolve) => {
    const stepStarted = Date.now();
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      process.stdout.write(Buffer.concat(output));
      console.log(`${code === 0 ? '✓' : '✗'} ${name}: ${seconds(Date.now() - stepStarted)}\n`);
      resolve(code ?? 1);
    });
  });
}

async function inTurn() {
  if (changed.length === 0) return 0;
  let code = await run('prettier (changed files)', 'pnpm', [
    'exec',
    'prettier',
    '--check',
    '--ignore-unknown',
    ...changed,
  ]);
  if (lintable.length > 0) {
    code ||= await run('eslint (changed files)', 'pnpm', [
      'exec',
      'eslint',
      '--max-warnings',
      '0',
      '--no-warn-ignored',
      '--cache',
      '--cache-location',
      'node_modules/.cache/eslint/',
      ...lintable,
    ]);
  }
  code ||= await run('vitest (tests of the changed files)', 'pnpm', [
    'exec',
    'vitest',
    'run',
    '--changed',
    base,
    '--passWithNoTests',
    ...(values.browser ? [] : NODE_PROJECTS.flatMap((name) => ['--project', name])),
  ]);
  return code;
}

const codes = await Promise.all([run('typecheck', 'pnpm', ['typecheck']), inTurn()]);
const failed = codes.some((code) => code !== 0);
console.log(`test:quick ${failed ? 'failed' : 'passed'} in ${seconds(Date.now() - started)}`);
process.exit(failed ? 1 : 0);
