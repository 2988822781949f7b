// `pnpm check:install`: the four packages as a user gets them. Packs them (or takes the tarballs
// `pnpm check:packages` packed since the last build), installs the tarballs with npm
// into a throwaway Vite app outside the workspace (no workspace links, no source condition), and
// type-checks (strict) and builds the README's "A login step" against the packed mock there. It also
// checks that the app holds one copy of each kit package (ui and react take theirs as peers), and
// renders a form inside the app's own `MfaProvider` in Node: a second copy of react would throw there.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  existsSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { npmInstall, packTarballs, readJson, repo, run } from './packed-packages.mjs';

/** What the app installs besides the tarballs, at the versions the workspace uses. */
const APP_DEPENDENCIES = [
  '@hookform/resolvers',
  '@tanstack/react-query',
  'msw',
  'react',
  'react-dom',
  'react-hook-form',
  'zod',
];
const APP_DEV_DEPENDENCIES = [
  '@types/react',
  '@types/react-dom',
  '@vitejs/plugin-react',
  'typescript',
  'vite',
];

const started = Date.now();
const app = mkdtempSync(join(tmpdir(), 'mfa-kit-install-'));

function write(file, text) {
  mkdirSync(dirname(join(app, file)), { recursive: true });
  writeFileSync(join(app, file), text);
}

/** The first ```tsx block after `heading` in the README, verbatim. */
function readmeExample(heading) {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf(`\n${heading}\n`));
  const example = /```tsx\n([\s\S]*?)```/.exec(section)?.[1];
  if (!example) throw new Error(`README.md has no tsx example under "${heading}".`);
  return example;
}

/** Every place npm installed `name` in the app: one unless a package brought its own copy. */
function copiesOf(name) {
  const paths = run('npm', ['ls', name, '--all', '--parseable'], app).split('\n').filter(Boolean);
  return [...new Set(paths)];
}

// The app's own MfaProvider around a ui form, rendered on the server: ui's hooks read the provider's
// context, which exists once only if ui uses the app's @mfa-kit/react.
const PROVIDER_CHECK = `import { createMfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { EmailMfaForm } from '@mfa-kit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

const client = createMfaClient({ baseUrl: 'https://app.example/identity' });
const html = renderToString(
  h(QueryClientProvider, { client: new QueryClient() },
    h(MfaProvider, { client }, h(EmailMfaForm, { mfaToken: 'from-the-sign-in-step' }))),
);
if (!/<form[^>]*data-step=/.test(html)) throw new Error('EmailMfaForm rendered no form: ' + html);
`;

/** What an installed package must carry: its LICENSE, and every source map one of its files names. */
function checkInstalled(name) {
  const installed = join(app, 'node_modules', name);
  const problems = existsSync(join(installed, 'LICENSE')) ? [] : [`${name}: no LICENSE`];
  const scripts = readdirSync(installed, { recursive: true }).filter((file) =>
    /\.[cm]?[jt]s$/.test(file),
  );
  for (const file of scripts) {
    const code = readFileSync(join(installed, file), 'utf8');
    const mapName = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    if (mapName && !existsSync(join(installed, dirname(file), mapName))) {
      problems.push(`${name}/${file}: sourceMappingURL names ${mapName}, which is not shipped`);
    }
  }
  return problems;
}

try {
  const workspaceVersions = readJson(join(repo, 'package.json')).devDependencies;
  const pinned = (names) =>
    Object.fromEntries(names.map((name) => [name, workspaceVersions[name]]));

  const tarballs = packTarballs(app);
  console.log(`Packed ${Object.keys(tarballs).join(', ')} into ${app}`);

  write(
    'package.json',
    JSON.stringify(
      {
        name: 'mfa-kit-install-check',
        private: true,
        type: 'module',
        dependencies: { ...tarballs, ...pinned(APP_DEPENDENCIES) },
        devDependencies: pinned(APP_DEV_DEPENDENCIES),
      },
      null,
      2,
    ),
  );
  // A strict app: Vite's react-ts template, plus the flags that catch loose declaration files.
  write(
    'tsconfig.json',
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2022', 'DOM', 'DOM.Iterable'],
        module: 'ESNext',
        moduleResolution: 'bundler',
        moduleDetection: 'force',
        types: ['vite/client'],
        jsx: 'react-jsx',
        noEmit: true,
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noUnusedLocals: true,
        noUnusedParameters: true,
        noUncheckedSideEffectImports: true,
        verbatimModuleSyntax: true,
        skipLibCheck: false,
      },
      include: ['src'],
    }),
  );
  write(
    'vite.config.ts',
    "import react from '@vitejs/plugin-react';\nimport { defineConfig } from 'vite';\n\nexport default defineConfig({ plugins: [react()], logLevel: 'warn' });\n",
  );
  write(
    'index.html',
    '<!doctype html>\n<html lang="en">\n  <body>\n    <div id="root"></div>\n    <script type="module" src="/src/main.tsx"></script>\n  </body>\n</html>\n',
  );
  write('src/VerifyStep.tsx', readmeExample('## A login step'));
  write(
    'src/main.tsx',
    `import { createMockBackend } from '@mfa-kit/mock';
import { startMockWorker } from '@mfa-kit/mock/browser';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { VerifyStep } from './VerifyStep';

// The mock answers the README's Frontegg URL in the browser, as in the demo.
await startMockWorker(createMockBackend(), { quiet: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <VerifyStep
      loginAnswer={{ mfaRequired: true, mfaToken: 'from-the-sign-in-step', mfaDevices: { webauthn: [], phones: [], authenticators: [], emails: [{ email: 'demo@mfa-kit.dev' }] } }}
      onSignedIn={(auth) => console.log(auth.accessToken)}
      onRestart={() => console.log('restart')}
    />
  </StrictMode>,
);
`,
  );

  console.log('npm install: the tarballs, React, TanStack Query, msw, Vite, TypeScript');
  npmInstall(app);
  const problems = Object.keys(tarballs).flatMap(checkInstalled);
  for (const name of Object.keys(tarballs)) {
    // A kit package that depends on another (not as a peer) can bring its own copy once versions drift.
    const { dependencies = {} } = readJson(join(app, 'node_modules', name, 'package.json'));
    const bundled = Object.keys(dependencies).filter((dependency) => dependency in tarballs);
    if (bundled.length > 0)
      problems.push(`${name} lists ${bundled.join(', ')} under dependencies, not as peers`);
    const copies = copiesOf(name);
    if (copies.length !== 1)
      problems.push(`${name}: ${copies.length} copies (${copies.join(', ')})`);
  }
  if (problems.length > 0) throw new Error(`Packed packages:\n  ${problems.join('\n  ')}`);

  console.log("A ui form inside the app's MfaProvider, rendered in Node");
  write('provider-check.mjs', PROVIDER_CHECK);
  run('node', ['provider-check.mjs'], app);

  console.log('msw init, tsc --noEmit (strict), vite build');
  const bin = (name) => join(app, 'node_modules', '.bin', name);
  // The worker copy as packages/mock/README.md gives it: it must run with no terminal attached.
  run(bin('msw'), ['init', 'public', '--save'], app);
  run(bin('tsc'), ['-p', '.'], app);
  run(bin('vite'), ['build'], app);

  console.log(
    `The packed packages install, type-check and build (${Math.round((Date.now() - started) / 1000)} s).`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(app, { recursive: true, force: true });
}
