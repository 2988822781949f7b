#!/usr/bin/env node
// `pnpm bench`: bundle cost, work per keystroke, correctness and requests per flow, in one run, on one
// machine. `--smoke`: one repetition, results to bench/.out/. Non-zero exit on any harness failure or a size
// over its budget (lib/budgets.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, CHROMIUM_ARGS } from './lib/browser.mjs';
import { checkBudgets } from './lib/budgets.mjs';
import { ensureBuilt } from './lib/ensure-built.mjs';
import { measureEnrolmentAndSettingsFlows } from './lib/enrolment-and-settings-flows.mjs';
import { checkClientBundle, exceedsMinimum, measureFlows, openFlowsPage } from './lib/flows.mjs';
import { buildHarness } from './lib/harness-build.mjs';
import { runKeystrokes } from './lib/keystroke-run.mjs';
import { measureLoginStep } from './lib/login-step-size.mjs';
import { measureSettings } from './lib/settings-size.mjs';
import { measureStepUpFlows } from './lib/step-up-flows.mjs';
import { readMachine, readVersions } from './lib/machine.mjs';
import { benchDir, outDir } from './lib/paths.mjs';
import { renderReport } from './lib/report.mjs';
import { startBenchServer } from './lib/server.mjs';
import { measureSizes, SIZE_BUILD_OPTIONS } from './lib/sizes.mjs';

const { values: options } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    repetitions: { type: 'string' },
  },
});
// 25 repetitions (150 typed keys per kit) keep the full run under 5 minutes on the 2-core machine.
const repetitions = Number(options.repetitions ?? (options.smoke ? 1 : 25));
if (!Number.isInteger(repetitions) || repetitions < 1) {
  console.error(`--repetitions must be a positive integer, got ${options.repetitions}`);
  process.exit(2);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const failures = [];

ensureBuilt();
await mkdir(outDir, { recursive: true });

console.log(`[${elapsed()}] bundle cost…`);
const sizes = [...(await measureSizes()), await measureLoginStep()];
const settingsSize = await measureSettings();
const budgets = checkBudgets(sizes);
for (const budget of budgets.filter((item) => !item.ok)) {
  failures.push(`over budget: ${budget.name}: ${budget.measured} B > ${budget.limit} B`);
}

console.log(`[${elapsed()}] harness pages…`);
await buildHarness();
let backend = null;
const server = await startBenchServer({ root: outDir, getBackend: () => backend });
const browser = await launchBrowser();
let results;
try {
  const browserContext = await browser.newContext({ viewport: { width: 900, height: 600 } });
  await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.origin,
  });
  const pageErrors = [];
  browserContext.on('page', (page) =>
    page.on('pageerror', (error) => pageErrors.push(error.message)),
  );

  console.log(
    `[${elapsed()}] work per keystroke and correctness (${repetitions} repetition${repetitions === 1 ? '' : 's'})…`,
  );
  const keystrokes = await runKeystrokes(browserContext, server.origin, {
    repetitions,
    warmUp: !options.smoke,
  });

  console.log(`[${elapsed()}] requests per flow…`);
  const context = {
    server,
    origin: server.origin,
    setBackend: (next) => {
      backend = next;
    },
    page: await openFlowsPage(browserContext, server.origin),
  };
  const flows = [
    ...(await measureFlows(context)),
    ...(await measureEnrolmentAndSettingsFlows(context)),
    ...(await measureStepUpFlows(context)),
  ];
  const clientChecks = {};
  for (const size of sizes.filter((entry) => entry.group === 'client')) {
    clientChecks[size.id] = await checkClientBundle(context, size.file.replace(/^\.out\//, ''));
  }

  for (const flow of flows) {
    // A flow whose minimum is none (a fresh step-up) must send none; any other must reach the mock.
    if (flow.requests === 0 && flow.minimum > 0)
      failures.push(`${flow.flow}: no request reached the mock`);
    else if (exceedsMinimum(flow))
      failures.push(
        `${flow.flow}: ${flow.requests} requests, over the API minimum of ${flow.minimum} (${flow.log.join(', ')})`,
      );
  }
  for (const [id, check] of Object.entries(clientChecks)) {
    if (!check.ok)
      failures.push(
        `${id}: the measured bundle did not make the four calls (${check.error ?? check.requests.join(', ')})`,
      );
  }
  failures.push(...keystrokes.failures, ...pageErrors.map((message) => `page error: ${message}`));

  results = {
    date: new Date().toISOString(),
    mode: options.smoke ? 'smoke' : 'full',
    repetitions,
    durationSeconds: 0,
    machine: readMachine(browser.version()),
    chromiumArgs: CHROMIUM_ARGS,
    versions: readVersions(),
    sizeBuildOptions: { ...SIZE_BUILD_OPTIONS, gzipLevel: 9 },
    sizes,
    settingsSize,
    budgets,
    keystrokes: keystrokes.results,
    correctness: keystrokes.correctness,
    flows,
    clientChecks,
    failures,
  };
} finally {
  await browser.close();
  await server.close();
}

results.durationSeconds = Math.round((Date.now() - started) / 100) / 10;
const report = renderReport(results);
const target = options.smoke ? outDir : benchDir;
await writeFile(path.join(target, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
await writeFile(path.join(target, 'RESULTS.md'), report.markdown);
console.log(`\n${report.terminal}`);
console.log(
  `\nwrote ${path.relative(process.cwd(), path.join(target, 'RESULTS.md'))} and results.json in ${elapsed()}`,
);
if (failures.length > 0) {
  console.error(`\nbench failures:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
