#!/usr/bin/env node
// `pnpm test`: every check, as few times as each is needed, side by side where the cores allow. Each step is a
// root script (`pnpm <script>`) that also runs on its own. A step starts once the steps it needs have passed and
// a core is not yet claimed by the steps running: the run is as short as its CPU work allows (issue #19: total
// CPU-seconds ÷ cores is the floor) only if no core sits idle. Each step's output is printed in one piece when it
// ends. The first failure stops the run (the steps still running are ended) and exits 1. At the end: each step's
// wall time, and the load average before and after, for issue #19's profile.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';

/**
 * The checks, longest first: a step waiting for a core waits behind those listed before it, and the run cannot
 * end before its longest step does. `needs`: the steps whose result this one uses (or must not run without).
 * `weight`: the cores it keeps busy on average (CPU time ÷ wall time in issue #19's profile): tsc, ESLint and
 * Prettier use one; Vitest's one worker leaves its main process (transforms, the browsers' Vite servers) part of
 * the other core; Playwright's two workers wait on their pages much of the time. So e2e and test:unit start
 * together, and the single-threaded steps fill the cores as those two leave them.
 */
const STEPS = [
  // Stops within seconds, with the fix, when there is no browser: before anything slow.
  { name: 'browser', command: 'node tools/ensure-browser.js', weight: 1 },
  // The demo serves the packages from source, and the specs load the mock from source too (the demo's e2e script
  // sets the @mfa-kit/source condition): no package build, only the demo's own (Playwright's webServer).
  { name: 'e2e', command: 'pnpm e2e', needs: ['browser'], weight: 1 },
  { name: 'test:unit', command: 'pnpm test:unit', needs: ['browser'], weight: 1.3 },
  { name: 'lint', command: 'pnpm lint', needs: ['browser'], weight: 1 },
  { name: 'build', command: 'pnpm build', needs: ['browser'], weight: 1 },
  // Mostly waits on its pages: it runs beside the others rather than last.
  { name: 'bench:smoke', command: 'pnpm bench:smoke', needs: ['build'], weight: 0.5 },
  // What follows reads the packages' dist.
  { name: 'check:packages', command: 'pnpm check:packages', needs: ['build'], weight: 1 },
  // The tarballs check:packages packed: what would be published. check:next installs them into the Next.js example,
  // builds it and runs its spec: 50 to 65 CPU-seconds in four runs (npm install about 25, next build 17, the spec's
  // browser and servers the rest), one core's worth on average, as check:install.
  { name: 'check:next', command: 'pnpm check:next', needs: ['check:packages'], weight: 1 },
  { name: 'check:install', command: 'pnpm check:install', needs: ['check:packages'], weight: 1 },
  { name: 'release:check', command: 'pnpm release:check', needs: ['check:packages'], weight: 1 },
  { name: 'typecheck', command: 'pnpm typecheck', needs: ['browser'], weight: 1 },
  { name: 'format:check', command: 'pnpm format:check', needs: ['browser'], weight: 1 },
  { name: 'api:check', command: 'pnpm api:check', needs: ['build'], weight: 1 },
  { name: 'size', command: 'pnpm size', needs: ['build'], weight: 1 },
  // The budget figures the docs state are the size-limit configs' own.
  { name: 'check:doc-budgets', command: 'pnpm check:doc-budgets', needs: ['browser'], weight: 1 },
];

const cores = Math.max(1, Number(process.env.MFA_TEST_CORES) || availableParallelism());
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const load = () => loadavg()[0].toFixed(2);
const loadAtStart = load();

const state = new Map(STEPS.map((step) => [step.name, { status: 'waiting' }]));
const running = new Map();
let failed = null;

const isDone = (name) => state.get(name).status === 'passed';
const busy = () =>
  [...running.values()].reduce((sum, { step }) => sum + Math.min(step.weight, cores), 0);

function start(step) {
  const child = spawn(step.command, {
    shell: true,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
    },
  });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  const entry = { step, child, output, startedAt: Date.now(), startLoad: load() };
  running.set(step.name, entry);
  state.get(step.name).status = 'running';
  console.log(`▶ ${step.name} (${step.command})`);
  child.on('close', (code, signal) => finish(entry, code, signal));
}

function finish(entry, code, signal) {
  const { step, output, startedAt, startLoad } = entry;
  running.delete(step.name);
  if (failed && signal) {
    // Ended by us after another step failed.
    state.get(step.name).status = 'stopped';
    schedule();
    return;
  }
  const wall = Date.now() - startedAt;
  const passed = code === 0;
  Object.assign(state.get(step.name), {
    status: passed ? 'passed' : 'failed',
    wall,
    load: `${startLoad} → ${load()}`,
  });
  process.stdout.write(`\n── ${step.name} ${'─'.repeat(Math.max(3, 60 - step.name.length))}\n`);
  process.stdout.write(Buffer.concat(output));
  console.log(
    `${passed ? '✓' : '✗'} ${step.name}: ${seconds(wall)}${passed ? '' : ` (exit ${code ?? signal})`}`,
  );
  if (!passed && !failed) {
    failed = step.name;
    for (const other of running.values()) {
      try {
        process.kill(-other.child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
  schedule();
}

function schedule() {
  if (failed) {
    if (running.size === 0) report(1);
    return;
  }
  for (const step of STEPS) {
    if (state.get(step.name).status !== 'waiting') continue;
    if (!(step.needs ?? []).every(isDone)) continue;
    // Something always runs; beyond that, a step waits while every core is claimed. In the order listed.
    if (running.size > 0 && busy() >= cores) break;
    start(step);
  }
  if (running.size === 0) report(0);
}

function report(exitCode) {
  console.log(
    `\n${exitCode === 0 ? 'Every check passed' : `Stopped: ${failed} failed`} in ${seconds(Date.now() - started)} on ${cores} core(s); load average ${loadAtStart} at the start, ${load()} at the end.`,
  );
  for (const step of STEPS) {
    const { status, wall, load: stepLoad } = state.get(step.name);
    if (wall !== undefined)
      console.log(
        `  ${step.name.padEnd(16)} ${seconds(wall).padStart(8)}  ${status}, load ${stepLoad}`,
      );
    else
      console.log(
        `  ${step.name.padEnd(16)} ${''.padStart(8)}  ${status === 'waiting' ? 'not run' : status}`,
      );
  }
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const { child } of running.values()) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    process.exit(130);
  });
}

schedule();
