// What the WebAuthn ceremonies cost a page (issue #12), with the bench's esbuild options, min + gzip:
// ours as shipped, the few lines of its fallback alone, and @simplewebauthn/browser's two ceremonies,
// the dependency the fallback could have been. Not part of `pnpm bench`: run it when the module changes.
//   node bench/webauthn-size.mjs [--simplewebauthn <dir of an installed @simplewebauthn/browser>]
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SIZE_BUILD_OPTIONS } from './lib/sizes.mjs';
import { benchDir } from './lib/paths.mjs';

const { values } = parseArgs({ options: { simplewebauthn: { type: 'string' } } });
const webauthnDir = path.resolve(benchDir, '../packages/core/src/webauthn');

// For the native path alone: the fallback's helpers replaced by empty functions.
const withoutFallback = {
  name: 'without-fallback',
  setup(esbuild) {
    esbuild.onResolve({ filter: /\/(json-fallback|base64url)\.js$/ }, (args) => ({
      path: args.path,
      namespace: 'stub',
    }));
    esbuild.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents:
        'export const encodeFields = () => {}, credentialDescriptor = () => {}, fromBase64Url = () => {};',
    }));
  },
};

async function minGzip(contents, resolveDir, plugins = []) {
  const result = await build({
    ...SIZE_BUILD_OPTIONS,
    stdin: { contents, resolveDir, loader: 'ts' },
    plugins,
  });
  const code = result.outputFiles[0].contents;
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength };
}

const entries = [
  [
    '@mfa-kit/core getWebAuthnAssertion + createWebAuthnCredential (dist, native path + fallback + errors)',
    "export { getWebAuthnAssertion, createWebAuthnCredential } from '@mfa-kit/core';",
    benchDir,
  ],
  [
    'the same from source, native path only (fallback helpers stubbed out)',
    "export { getWebAuthnAssertion } from './get-assertion.ts';\n" +
      "export { createWebAuthnCredential } from './create-credential.ts';",
    webauthnDir,
    [withoutFallback],
  ],
  [
    'the fallback alone: own base64url <-> ArrayBuffer lines (json-fallback.ts, base64url.ts)',
    "export { encodeFields, credentialDescriptor } from './json-fallback.ts';\n" +
      "export { fromBase64Url } from './base64url.ts';",
    webauthnDir,
  ],
];
const simplewebauthn =
  values.simplewebauthn ??
  (() => {
    try {
      return path.dirname(
        createRequire(import.meta.url).resolve('@simplewebauthn/browser/package.json'),
      );
    } catch {
      return undefined;
    }
  })();
if (simplewebauthn) {
  entries.push([
    '@simplewebauthn/browser startAuthentication + startRegistration',
    'export { startAuthentication, startRegistration } from ' +
      `${JSON.stringify(path.resolve(simplewebauthn))};`,
    benchDir,
  ]);
} else {
  console.log('@simplewebauthn/browser is not installed: pass --simplewebauthn <dir> to compare.');
}

for (const [label, contents, resolveDir, plugins] of entries) {
  const { min, gzip } = await minGzip(contents, resolveDir, plugins);
  console.log(`${label}: ${min} B min, ${gzip} B min + gzip`);
}
