import { defineConfig } from 'tsdown';
import { dropDeclarationMapComment } from '../../tools/tsdown.js';

// ESM + one bundled .d.ts for publishing; zod stays external (a dependency, see README).
export default defineConfig({
  entry: ['src/index.ts'],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  plugins: [dropDeclarationMapComment],
});
