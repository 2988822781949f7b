// Bundle cost: one esbuild config for every entry (minify, ESM, browser, react external), gzip level 9.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { benchDir, outDir, uiDir } from './paths.mjs';

/** The esbuild options every entry is bundled with; only `entryPoints` (and, once, an extra external) change. */
export const SIZE_BUILD_OPTIONS = Object.freeze({
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  jsx: 'automatic',
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  define: { 'process.env.NODE_ENV': '"production"' },
  write: false,
  metafile: true,
  logLevel: 'silent',
});

/**
 * Every bundle measured. `group` pairs ours with the peers; `peer` names the package whose version is
 * reported; `variantOf` marks an alternative import path of the same peer (the smallest one is the headline).
 */
export const SIZE_ENTRIES = [
  {
    id: 'code-input/mfa-kit',
    group: 'code-input',
    label: '@mfa-kit/ui CodeInput',
    pkg: '@mfa-kit/ui',
    entry: 'kits/mfa-kit.tsx',
    ours: true,
  },
  {
    id: 'code-input/input-otp',
    group: 'code-input',
    label: 'input-otp',
    pkg: 'input-otp',
    entry: 'kits/input-otp.tsx',
  },
  {
    id: 'code-input/react-otp-input',
    group: 'code-input',
    label: 'react-otp-input',
    pkg: 'react-otp-input',
    entry: 'kits/react-otp-input.tsx',
  },
  {
    id: 'code-input/radix',
    group: 'code-input',
    label: 'Radix OneTimePasswordField',
    pkg: '@radix-ui/react-one-time-password-field',
    entry: 'kits/radix.tsx',
  },
  {
    id: 'code-input/ark-ui',
    group: 'code-input',
    label: 'Ark UI PinInput',
    pkg: '@ark-ui/react',
    entry: 'kits/ark-ui.tsx',
  },
  {
    id: 'client/mfa-kit',
    group: 'client',
    label: '@mfa-kit/core createMfaClient',
    pkg: '@mfa-kit/core',
    entry: 'entries/client-mfa-kit.ts',
    ours: true,
  },
  {
    id: 'client/frontegg',
    group: 'client',
    label: '@frontegg/rest-api (deep auth + ContextHolder)',
    pkg: '@frontegg/rest-api',
    entry: 'entries/client-frontegg.ts',
  },
  {
    id: 'client/frontegg-root',
    group: 'client',
    label: '@frontegg/rest-api (root `api`)',
    pkg: '@frontegg/rest-api',
    entry: 'entries/client-frontegg-root.ts',
    variantOf: 'client/frontegg',
  },
  {
    id: 'client/frontegg-create-api-client',
    group: 'client',
    label: '@frontegg/rest-api (root createApiClient)',
    pkg: '@frontegg/rest-api',
    entry: 'entries/client-frontegg-create-api-client.ts',
    variantOf: 'client/frontegg',
  },
  {
    id: 'email-step/mfa-kit',
    group: 'email-step',
    label: '@mfa-kit/ui EmailMfaForm + styles.css',
    pkg: '@mfa-kit/ui',
    entry: 'entries/email-step-mfa-kit.tsx',
    ours: true,
    css: true,
  },
  {
    id: 'email-step/frontegg',
    group: 'email-step',
    label: '@frontegg/react FronteggProvider',
    pkg: '@frontegg/react',
    entry: 'entries/email-step-frontegg.tsx',
  },
  {
    id: 'email-step/frontegg-router-external',
    group: 'email-step',
    label: '@frontegg/react FronteggProvider, react-router-dom external',
    pkg: '@frontegg/react',
    entry: 'entries/email-step-frontegg.tsx',
    variantOf: 'email-step/frontegg',
    extraExternal: ['react-router-dom'],
  },
];

/** The package an input file belongs to, from its path (pnpm's store layout or our workspace). */
export function packageOf(file) {
  const normalised = file.split(path.sep).join('/');
  const inStore = normalised.lastIndexOf('node_modules/');
  if (inStore !== -1) {
    const rest = normalised.slice(inStore + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? file);
  }
  const workspace = /(?:^|\/)packages\/([^/]+)\//.exec(normalised);
  if (workspace) return `@mfa-kit/${workspace[1]}`;
  return '(bench entry)';
}

/** Gzip level 9, as every size in the bench. */
export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The minified stylesheet of @mfa-kit/ui as it ships (dist), through the same esbuild minifier. */
export async function measureStyles() {
  const file = path.join(uiDir, 'dist', 'styles.css');
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { file: path.relative(benchDir, file), minified: bytes.length, gzip: gzipSize(bytes) };
}

async function measureEntry(entry) {
  const result = await build({
    ...SIZE_BUILD_OPTIONS,
    absWorkingDir: benchDir,
    entryPoints: [path.join(benchDir, entry.entry)],
    external: [...SIZE_BUILD_OPTIONS.external, ...(entry.extraExternal ?? [])],
    outfile: path.join(outDir, 'sizes', `${entry.id}.js`),
  });
  const output = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!output) throw new Error(`esbuild produced no JavaScript for ${entry.entry}`);
  await mkdir(path.dirname(output.path), { recursive: true });
  await writeFile(output.path, output.contents);
  const meta = Object.values(result.metafile.outputs)[0];
  const byPackage = {};
  for (const [file, { bytesInOutput }] of Object.entries(meta.inputs)) {
    if (bytesInOutput === 0) continue;
    const name = packageOf(file);
    byPackage[name] = (byPackage[name] ?? 0) + bytesInOutput;
  }
  const imports = [
    ...new Set(meta.imports.filter((item) => item.external).map((item) => item.path)),
  ].sort();
  const text = Buffer.from(output.contents).toString('utf8');
  return {
    minified: output.contents.length,
    gzip: gzipSize(output.contents),
    packages: Object.fromEntries(Object.entries(byPackage).sort((a, b) => b[1] - a[1])),
    externalImports: imports,
    file: path.relative(benchDir, output.path),
    text,
  };
}

/** Bundles and measures every entry; a failing entry fails the bench (a size of nothing is no result). */
export async function measureSizes() {
  const results = [];
  for (const entry of SIZE_ENTRIES) {
    const measured = await measureEntry(entry);
    const { text, ...rest } = measured;
    const result = { ...entry, ...rest };
    if (entry.css) {
      result.css = await measureStyles();
      result.totalGzip = result.gzip + result.css.gzip;
    } else {
      result.totalGzip = result.gzip;
    }
    if (entry.group === 'client') {
      // The four calls must be in the bundle, or the size would be of a client that does nothing.
      for (const needle of ['mfa/emailcode', 'disable/verify', '/mfa/sms/']) {
        if (!text.includes(needle))
          throw new Error(`${entry.id}: bundle lacks "${needle}"; the four calls were shaken out`);
      }
    }
    results.push(result);
  }
  return results;
}

/** Reads a file under the bench's node_modules (peer versions). */
export async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}
