import { defineConfig } from 'tsdown';
import { dropDeclarationMapComment } from '../../tools/tsdown.js';

// ESM + one bundled .d.ts; dependencies and peers stay external. The stylesheet ships as a file.
export default defineConfig({
  entry: ['src/index.ts', 'src/login-step.ts', 'src/enrolment-step.ts'],
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
  outputOptions: {
    codeSplitting: {
      groups: [
        {
          name: 'shared',
          test: (id) =>
            id.includes('rolldown/runtime') ||
            (/\.tsx?$/.test(id) &&
              !/\.d\.ts$/.test(id) &&
              /src[\\/](messages|mask|code-form|code-input|resend-code-button|remember-device-checkbox)[\\/]|load-failure-boundary|webauthn-alert/.test(
                id,
              )),
        },
      ],
    },
  },
});
