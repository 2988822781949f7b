// A bundle as an app's bundler splits it (esbuild `splitting: true`): which chunks load at once, which on
// demand, each gzipped on its own, as each is fetched on its own.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { benchDir, outDir } from './paths.mjs';
import { SIZE_BUILD_OPTIONS, gzipSize } from './sizes.mjs';

/**
 * Bundles `entry` (relative to bench/) with splitting into `.out/sizes/<name>`: `outputs` (the metafile's JS
 * outputs), `chunks` (file → contents) and `entryFile`.
 */
export async function bundleSplit(entry, name) {
  const dir = path.join(outDir, 'sizes', name);
  const result = await build({
    ...SIZE_BUILD_OPTIONS,
    absWorkingDir: benchDir,
    entryPoints: [path.join(benchDir, entry)],
    splitting: true,
    outdir: dir,
    chunkNames: 'chunks/[name]-[hash]',
  });
  const chunks = new Map();
  await mkdir(path.join(dir, 'chunks'), { recursive: true });
  for (const file of result.outputFiles) {
    if (!file.path.endsWith('.js')) continue;
    await writeFile(file.path, file.contents);
    chunks.set(path.relative(benchDir, file.path), file.contents);
  }
  const outputs = Object.fromEntries(
    Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js')),
  );
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === entry);
  return { outputs, chunks, entryFile };
}

/** The chunk that starts from the module `module` matches; throws (naming `what`) when there is none. */
export function dynamicChunk(outputs, module, what) {
  const file = Object.keys(outputs).find((name) => module.test(outputs[name].entryPoint ?? ''));
  if (!file) throw new Error(`${what}: no chunk of its own`);
  return file;
}

/** `start` and every chunk it imports statically, transitively. */
export function staticClosure(outputs, start) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const item of outputs[file].imports) {
      if (!item.external && item.kind === 'import-statement') visit(item.path);
    }
  };
  visit(start);
  return seen;
}

/** The size of `files` together: minified, and gzipped each on its own (as each is fetched). */
export function measureChunks(files, chunks) {
  let minified = 0;
  let gzip = 0;
  for (const file of files) {
    minified += chunks.get(file).length;
    gzip += gzipSize(chunks.get(file));
  }
  return { minified, gzip, chunks: [...files].map((file) => path.basename(file)).sort() };
}
