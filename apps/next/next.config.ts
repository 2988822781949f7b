import type { NextConfig } from 'next';

const config: NextConfig = {
  // The repository's `pnpm typecheck` covers this app (and `pnpm check:next` builds it on every `pnpm test`): no
  // second TypeScript pass inside `next build`. An app of your own can drop this line.
  typescript: { ignoreBuildErrors: true },
  // No AGENTS.md written into the app folder by `next dev` and `next build`.
  agentRules: false,
  experimental: {
    // Each build of this example starts from nothing (`pnpm check:next` builds in a folder it then deletes), and
    // writing Turbopack's build cache took longer than the build (54 s against 35 s on 2 busy cores). An app that
    // keeps `.next/` between builds can leave it on.
    turbopackFileSystemCacheForBuild: false,
    agentUpgrade: false,
  },
};

export default config;
