// `pnpm api:check` and `pnpm api:update`: the public API of every published entry point, as API Extractor reads
// it from the built declarations (`dist/*.d.ts`, what a user's TypeScript sees), against the report committed
// beside the package (`packages/<name>/api/<entry>.api.md`). `check` fails with the diff when they differ;
// `update` rewrites the reports. The entry points are read from each package.json's `publishConfig.exports`
// (every subpath with `types`; `./styles.css` has none), so a new entry gets a report without editing this file.
// Run `pnpm build` first.
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const mode = process.argv[2];
if (mode !== 'check' && mode !== 'update') {
  console.error('Usage: node tools/api-report.mjs check|update');
  process.exit(2);
}

/** Every published entry point with declarations: its package, subpath, `.d.ts` and report file. */
function entryPoints() {
  const entries = [];
  for (const dir of readdirSync(join(repo, 'packages')).sort()) {
    const packageDir = join(repo, 'packages', dir);
    const manifestPath = join(packageDir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (manifest.private) continue;
    const exportsMap = manifest.publishConfig?.exports ?? manifest.exports ?? {};
    for (const [subpath, target] of Object.entries(exportsMap)) {
      if (typeof target !== 'object' || typeof target.types !== 'string') continue;
      const reportName = subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-');
      entries.push({
        packageDir,
        manifestPath,
        name: subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
        declarations: join(packageDir, target.types),
        report: join(packageDir, 'api', `${reportName}.api.md`),
      });
    }
  }
  return entries;
}

/** The exported names a report lists: values (functions, constants, classes), types, another package's names. */
function countExports(report) {
  const values = new Set();
  const types = new Set();
  const reexports = new Set();
  for (const line of report.split('\n')) {
    const declared =
      /^export (?:declare )?(?:abstract )?(const|let|var|function|class|enum|namespace|interface|type) (\w+)/.exec(
        line,
      );
    if (declared) {
      (declared[1] === 'interface' || declared[1] === 'type' ? types : values).add(declared[2]);
      continue;
    }
    // Re-exports of another package's names (`export { sanitizeCode }`): their kind is in the other report.
    const reexported = /^export \{ ([^}]+) \}/.exec(line);
    if (reexported) for (const name of reexported[1].split(/,\s*/)) reexports.add(name.trim());
  }
  const counts = [`${values.size} values`, `${types.size} types`];
  if (reexports.size > 0) counts.push(`${reexports.size} re-exported`);
  return counts.join(', ');
}

const entries = entryPoints();
const missing = entries.filter((entry) => !existsSync(entry.declarations));
if (missing.length > 0) {
  console.error(
    `No built declarations for ${missing.map((entry) => entry.name).join(', ')}: run \`pnpm build\` first.`,
  );
  process.exit(1);
}

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'mfa-kit-api-'));
const problems = [];
const changed = [];
try {
  // One TypeScript program for every entry (building one per entry costs seconds each).
  let compilerState;
  for (const [index, entry] of entries.entries()) {
    const generated = join(scratch, String(index));
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: entry.packageDir,
        mainEntryPointFilePath: entry.declarations,
        newlineKind: 'lf',
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'ES2022',
              lib: ['ES2022', 'DOM', 'DOM.Iterable'],
              module: 'ESNext',
              moduleResolution: 'bundler',
              types: ['node'],
              strict: true,
              skipLibCheck: true,
            },
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: 'entry',
          reportFolder: generated,
          reportTempFolder: join(generated, 'temp'),
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          // A type an entry's signatures use but the entry does not export is noted in its report.
          extractorMessageReporting: {
            default: { logLevel: 'none' },
            'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: join(entry.packageDir, 'api-extractor.json'),
      packageJsonFullPath: entry.manifestPath,
    });
    compilerState ??= CompilerState.create(config, {
      additionalEntryPoints: entries.map(({ declarations }) => declarations),
    });
    const result = Extractor.invoke(config, {
      localBuild: true,
      compilerState,
      messageCallback(message) {
        if (message.logLevel === 'error' || message.logLevel === 'warning') {
          if (message.messageId !== 'console-api-report-created') {
            problems.push(`${entry.name}: ${message.text}`);
          }
        }
        message.handled = true;
      },
    });
    if (!result.succeeded) problems.push(`${entry.name}: API Extractor failed`);

    // API Extractor titles every report with the package name; name the entry point instead.
    const report = readFileSync(join(generated, 'entry.api.md'), 'utf8')
      .replace(/^## API Report File for "[^"]+"/, `## API Report File for "${entry.name}"`)
      .replace('// (No @packageDocumentation comment for this package)\n\n', '');
    const committed = existsSync(entry.report) ? readFileSync(entry.report, 'utf8') : undefined;
    const summary = `${entry.name}: ${countExports(report)}`;
    if (committed === report) {
      console.log(`  ${summary}`);
      continue;
    }
    changed.push(entry);
    if (mode === 'update') {
      mkdirSync(join(entry.packageDir, 'api'), { recursive: true });
      writeFileSync(entry.report, report);
      console.log(`* ${summary} (${committed === undefined ? 'new' : 'updated'})`);
    } else {
      const fresh = join(scratch, `${index}.api.md`);
      writeFileSync(fresh, report);
      console.log(`* ${summary} differs from ${relative(repo, entry.report)}`);
      const diff = spawnSync(
        'git',
        [
          'diff',
          '--no-index',
          `--color=${process.stdout.isTTY ? 'always' : 'never'}`,
          '--no-prefix',
          '--',
          existsSync(entry.report) ? entry.report : '/dev/null',
          fresh,
        ],
        { encoding: 'utf8' },
      );
      // git's header names the temporary file: print the hunks under the report's name.
      const lines = diff.stdout.split('\n');
      const firstHunk = lines.findIndex((line) => line.includes('@@ -'));
      const name = relative(repo, entry.report);
      console.log(
        `--- ${name} (committed)\n+++ ${name} (built)\n${lines.slice(firstHunk).join('\n')}`,
      );
    }
  }

  // A report whose entry point is gone.
  const expected = new Set(entries.map((entry) => entry.report));
  for (const dir of new Set(entries.map((entry) => join(entry.packageDir, 'api')))) {
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).map((name) => join(dir, name))) {
      if (!file.endsWith('.api.md') || expected.has(file)) continue;
      changed.push({ report: file });
      if (mode === 'update') rmSync(file);
      console.log(
        `* ${relative(repo, file)}: no such entry point${mode === 'update' ? ', removed' : ''}`,
      );
    }
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(`\nAPI Extractor reported:\n  ${problems.join('\n  ')}`);
  process.exitCode = 1;
}
if (mode === 'check' && changed.length > 0) {
  console.error(
    `\nThe public API differs from ${changed.length} committed report(s) (above: - committed, + built).\n` +
      'If the change is meant, run `pnpm api:update`, commit the reports with the change, and add a changeset ' +
      '(`pnpm changeset`) saying what changed for users.',
  );
  process.exitCode = 1;
} else if (process.exitCode !== 1) {
  const what = mode === 'update' ? `${changed.length} report(s) written` : 'the reports match';
  console.log(`\n${entries.length} entry points, ${what} (${seconds} s).`);
}
