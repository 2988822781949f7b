import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTOR_FORM_MODULES } from './factor-form-modules.js';
import { factorForms } from './load-factor-form.js';

// The lists of the login forms that cannot import FACTOR_FORM_MODULES: a lazy `import()` that bundlers must see
// literally, a JSON budget and the bench. Each `expect` names the place that lacks a form.
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const importedPaths = (source: string, prefix: string) =>
  [...source.matchAll(/import\('([^']+)\.js'\)/g)].map(([, path = '']) => path.replace(prefix, ''));
const modules = Object.values(FACTOR_FORM_MODULES);

describe('each login form, in every place that lists the forms', () => {
  it('is loaded by load-factor-form.ts, from its module', () => {
    expect(Object.keys(factorForms).sort(), 'factorForms (load-factor-form.ts)').toEqual(
      Object.keys(FACTOR_FORM_MODULES).sort(),
    );
    expect(
      importedPaths(read('./load-factor-form.ts'), '../').sort(),
      "the import()s of load-factor-form.ts's loaders",
    ).toEqual([...modules].sort());
  });

  it('is left out of the "MfaLoginStep alone" budget, as is each enrollment form', () => {
    const budgets = JSON.parse(read('../../package.json')) as {
      'size-limit': { name: string; ignore?: string[] }[];
    };
    const alone = budgets['size-limit'].find(({ name }) => name.startsWith('MfaLoginStep alone'));
    const ignored = alone?.ignore ?? [];
    const formGlobs = modules.map((module) => `./${module.split('/')[0]}/*`);
    expect(
      ignored.filter((glob) => /^\.\/[^/]+-form\/\*$/.test(glob)).sort(),
      'the "MfaLoginStep alone" ignore globs of packages/ui/package.json (size-limit)',
    ).toEqual(formGlobs.sort());
    const enrollGlobs = importedPaths(read('../enrollment-step/load-enroll-form.ts'), './').map(
      (file) => `./${file}-*`,
    );
    expect(
      enrollGlobs.filter((glob) => !ignored.includes(glob)),
      'the "MfaLoginStep alone" ignore globs of packages/ui/package.json (size-limit), enrollment forms',
    ).toEqual([]);
  });

  it('is measured on its own by the bench', () => {
    const bench = read('../../../../bench/lib/login-step-size.mjs');
    expect(
      modules.filter((module) => !bench.includes(`/\\/${module.replace('/', '\\/')}\\.js$/`)),
      'FACTOR_FORMS of bench/lib/login-step-size.mjs',
    ).toEqual([]);
  });
});
