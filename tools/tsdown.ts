import type { Rolldown } from 'tsdown';

/**
 * tsdown 0.21 writes each `.d.ts` with a `sourceMappingURL` comment but drops the `.d.ts.map` it names
 * (declaration maps would need the TypeScript sources shipped too). Remove the dangling comment; the
 * JavaScript keeps its maps, which embed their sources.
 */
export const dropDeclarationMapComment: Rolldown.Plugin = {
  name: 'mfa-kit:drop-declaration-map-comment',
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.fileName.endsWith('.d.ts')) {
        chunk.code = chunk.code.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    }
  },
};
