// First step of `pnpm test`: make sure the browser tests have a browser before anything slow runs.
// Prints one line: the browser used, the install it starts, or what is missing and the command to fix it.
import { spawnSync } from 'node:child_process';
import {
  DEBIAN_CHROMIUM,
  findChromium,
  findOnPath,
  isExecutableFile,
  planBrowserSetup,
  thisMachine,
} from './chromium.js';

const plan = planBrowserSetup({
  found: findChromium(thisMachine),
  isExecutable: isExecutableFile,
  isRoot: process.getuid?.() === 0,
  aptGet: findOnPath('apt-get', process.env.PATH, isExecutableFile),
  canSudoWithoutPassword: () =>
    spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore', timeout: 5_000 }).status === 0,
});

if (plan.action === 'stop') {
  console.error(plan.line);
  process.exit(1);
}
console.log(plan.line);

if (plan.action === 'install') {
  for (const [command, ...args] of plan.commands) {
    // apt's output is shown only if it fails: a working install stays one line.
    const run = spawnSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    if (run.status !== 0) {
      console.error(run.stdout, run.stderr, run.error?.message ?? '');
      console.error(
        `\`${[command, ...args].join(' ')}\` failed (above): install chromium yourself, or set CHROMIUM_PATH.`,
      );
      process.exit(1);
    }
  }
  // Every suite falls back to Debian's path (tools/chromium.js), so this is the browser they launch.
  if (!isExecutableFile(DEBIAN_CHROMIUM)) {
    console.error(
      `apt-get installed chromium but ${DEBIAN_CHROMIUM} is missing: set CHROMIUM_PATH.`,
    );
    process.exit(1);
  }
}
