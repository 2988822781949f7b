import { defineConfig } from 'tsdown';
import { dropDeclarationMapComment } from '../../tools/tsdown.js';
import { FACTOR_FORM_MODULES } from './src/mfa-login-step/factor-form-modules.js';

const LAZY_FORMS = Object.values(FACTOR_FORM_MODULES).map((module) => `src/${module}.tsx`);

// The modules several forms use (see `outputOptions`).
const SHARED =
  /src[\\/](messages|mask|code-form[\\/](?!text-code-fields)|code-input|resend-code-button|remember-device-checkbox)[\\/]?|load-failure-boundary/;

// ESM + one bundled .d.ts; dependencies and peers stay external. The stylesheet ships as a file.
export default defineConfig({
  entry: [
    'src/index.ts',
    'src/login-step.ts',
    'src/enrollment-step.ts',
    // The entry's name before issue #19, deprecated: re-exports the step under its old name.
    'src/enrolment-step.ts',
    'src/step-up-dialog.ts',
    // What the login step loads on demand, as entries: their exports keep their names, so an `import()` of
    // one needs no namespace object built at run time (no runtime chunk in the step's first load).
    ...LAZY_FORMS,
  ],
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  plugins: [dropDeclarationMapComment],
  // Components use hooks: mark the bundle as client code for React Server Components frameworks.
  banner: { js: "'use client';" },
  copy: [{ from: 'src/styles.css', to: 'dist' }],
  // What several forms use goes into one `shared` chunk: an app's bundler then loads the login step in a few
  // requests (the step, the shared code, the form on screen) instead of one per small shared module. Only
  // source modules: the declaration bundler's own modules must stay out of the JavaScript chunks.
  outputOptions: {
    codeSplitting: {
      groups: [
        {
          name: 'shared',
          test: (id) => /\.tsx?$/.test(id) && !/\.d\.ts$/.test(id) && SHARED.test(id),
        },
      ],
    },
  },
});
