import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Workspace packages are served from their TypeScript source, so the demo needs no prebuild.
  resolve: { conditions: ['@mfa-kit/source', ...defaultClientConditions] },
  // The manifest lets scripts/measure.mjs sum the sign-in + MFA route without the lazy mock chunk.
  build: { manifest: true, target: 'es2022' },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
