#!/usr/bin/env node
/* eslint-disable no-console -- a command-line report: printing the figures is its job. */
// Budgets of the demo (issue 5, section 4), printed for the maintainers' notes:
//  1. gzip size of the JS the sign-in + MFA route needs: the entry chunk and its static imports, read from
//     Vite's manifest; the lazy chunks (msw + @mfa-kit/mock, the demo tools) are listed apart and not counted.
//  2. the MFA step's first render after the navigation from sign-in, measured in Chromium with the
//     Performance API marks the app sets (router: `route-change:/verify`; verify page: `mfa-step:first-render`
//     at the commit, `mfa-step:first-frame` in the next animation frame).
// Usage: pnpm --filter @mfa-kit/demo measure [-- --runs 15]
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, preview } from 'vite';
import { chromiumArgs, chromiumPath } from '../../../tools/chromium.js';

const BUDGET_KB = 120;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '12' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`measure: --runs must be a positive whole number, got "${values.runs}"`);
  process.exit(1);
}

// kB = 1000 bytes and zlib's default level, as Vite's own build report counts.
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function routeSizes() {
  const dist = join(root, 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey)
    throw new Error('measure: no entry in dist/.vite/manifest.json; is build.manifest on?');
  const staticKeys = new Set();
  const visit = (key) => {
    if (staticKeys.has(key)) return;
    staticKeys.add(key);
    for (const imported of manifest[key].imports ?? []) visit(imported);
  };
  visit(entryKey);
  const sizeOf = (file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, raw: bytes.length, gzip: gzipSync(bytes).length };
  };
  const routeJs = [...staticKeys].map((key) => sizeOf(manifest[key].file));
  const routeCss = [...new Set([...staticKeys].flatMap((key) => manifest[key].css ?? []))].map(
    sizeOf,
  );
  const lazyJs = Object.keys(manifest)
    .filter((key) => !staticKeys.has(key) && manifest[key].file.endsWith('.js'))
    .map((key) => ({ ...sizeOf(manifest[key].file), source: key }));
  return { routeJs, routeCss, lazyJs };
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measureFirstRender(baseUrl, cpuSlowdown) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
  });
  const samples = { render: [], frame: [] };
  try {
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto(`${baseUrl}/sign-in`);
      await page.getByRole('complementary', { name: 'Demo tools' }).waitFor();
      await page.getByRole('button', { name: 'Fill in the demo account' }).click();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.waitForURL('**/verify');
      const [render, frame] = await page
        .waitForFunction(() => {
          const last = (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration;
          const measured = [last('mfa-step:first-render'), last('mfa-step:first-frame')];
          return measured.every((value) => value !== undefined) && measured;
        })
        .then((handle) => handle.jsonValue());
      samples.render.push(render);
      samples.frame.push(frame);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return samples;
}

if (!values['skip-build']) await build({ root, logLevel: 'warn' });
const { routeJs, routeCss, lazyJs } = routeSizes();
const routeGzip = routeJs.reduce((sum, chunk) => sum + chunk.gzip, 0);

console.log('Sign-in + MFA route, JS (entry + static imports), gzip:');
for (const chunk of routeJs)
  console.log(`  ${chunk.file}  ${kB(chunk.raw)} raw, ${kB(chunk.gzip)} gzip`);
console.log(`  total ${kB(routeGzip)} gzip (budget ${BUDGET_KB} kB, React included)`);
for (const sheet of routeCss)
  console.log(`  css: ${sheet.file}  ${kB(sheet.raw)} raw, ${kB(sheet.gzip)} gzip`);
console.log('Lazy chunks, not counted:');
for (const chunk of lazyJs)
  console.log(`  ${chunk.file} (${chunk.source})  ${kB(chunk.raw)} raw, ${kB(chunk.gzip)} gzip`);

const server = await preview({
  root,
  preview: { port: 4174, strictPort: false },
  logLevel: 'warn',
});
const baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://localhost:4174';
try {
  for (const cpuSlowdown of [1, 4]) {
    const { render, frame } = await measureFirstRender(baseUrl, cpuSlowdown);
    const show = (list) =>
      `median ${median(list).toFixed(1)} ms (min ${Math.min(...list).toFixed(1)}, max ${Math.max(...list).toFixed(1)})`;
    console.log(
      `MFA step first render after navigation, Chromium, CPU x${cpuSlowdown}, ${runs} runs:`,
    );
    console.log(`  to commit      ${show(render)}`);
    console.log(`  to next frame  ${show(frame)}`);
  }
} finally {
  await server.close();
}

if (routeGzip > BUDGET_KB * 1000) {
  console.error(
    `measure: the sign-in + MFA route is ${kB(routeGzip)} gzip, over the ${BUDGET_KB} kB budget.`,
  );
  process.exit(1);
}
