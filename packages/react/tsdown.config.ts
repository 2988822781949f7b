import { defineConfig } from 'tsdown';
import { dropDeclarationMapComment } from '../../tools/tsdown.js';

// ESM + one bundled .d.ts; @mfa-kit/core and the peers stay external.
export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  plugins: [dropDeclarationMapComment],
  // Hooks: mark the bundle as client code for React Server Components frameworks.
  banner: { js: "'use client';" },
});
