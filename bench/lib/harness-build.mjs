// Bundles the harness pages into bench/.out/ with esbuild: production React, with react-dom's profiling
// build (so <Profiler> reports commits in production code) and a DevTools hook loaded before React.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { benchDir, outDir } from './paths.mjs';

const page = (title, script) => `<!doctype html>
<html lang="en" data-theme="light">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="/${script}.css">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; margin: 24px; }
  .kit-row { display: flex; gap: 8px; align-items: center; }
  .kit-slot { box-sizing: border-box; width: 44px; height: 52px; border: 1px solid #8a93a3; border-radius: 8px;
    font-size: 24px; text-align: center; display: flex; align-items: center; justify-content: center; }
  .kit-slot[data-active] { outline: 2px solid #2750c6; }
  .kit-baseline { font-size: 24px; width: 300px; height: 52px; }
</style>
<script src="/devtools-hook.js"></script>
</head>
<body>
<main id="root"></main>
<script type="module" src="/${script}.js"></script>
</body>
</html>
`;

/** Writes .out/index.html (keystrokes) and .out/flows.html with their scripts. */
export async function buildHarness() {
  await mkdir(outDir, { recursive: true });
  const common = {
    absWorkingDir: benchDir,
    bundle: true,
    minify: true,
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
    legalComments: 'none',
  };
  await build({
    ...common,
    entryPoints: { 'devtools-hook': 'harness/devtools-hook.ts' },
    format: 'iife',
    outdir: outDir,
  });
  await build({
    ...common,
    entryPoints: { keystrokes: 'harness/keystrokes.tsx', flows: 'harness/flows.tsx' },
    format: 'esm',
    outdir: outDir,
    alias: { 'react-dom/client': 'react-dom/profiling' },
  });
  await writeFile(path.join(outDir, 'index.html'), page('mfa-kit bench: keystrokes', 'keystrokes'));
  await writeFile(path.join(outDir, 'flows.html'), page('mfa-kit bench: flows', 'flows'));
}
