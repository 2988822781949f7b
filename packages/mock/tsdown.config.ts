import { defineConfig } from 'tsdown';
import { dropDeclarationMapComment } from '../../tools/tsdown.js';

// ESM + bundled .d.ts. One build so the entries share the backend chunk; msw and jose stay external
// (peer and dependency), and node: builtins are only reached from the node, server and cli entries.
export default defineConfig({
  entry: [
    'src/index.ts',
    'src/browser.ts',
    'src/node.ts',
    'src/server.ts',
    'src/cli.ts',
    'src/testing.ts',
    'src/testing-node.ts',
  ],
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  deps: { neverBundle: [/^node:/] },
  dts: true,
  sourcemap: true,
  clean: true,
  plugins: [dropDeclarationMapComment],
});
