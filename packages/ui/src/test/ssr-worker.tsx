// The "server" of the SSR test: a worker, where there is no window and no document, so a component that touches
// either while rendering throws here as it would in Node.
import { renderToString, version } from 'react-dom/server';
import { SsrProviders, ssrCases } from './ssr-cases.js';
import type { SsrData } from './ssr-cases.js';

/** The server's React version, and each case's server HTML or the error its render threw. */
export interface SsrResults {
  version: string;
  cases: Record<string, { html: string } | { error: string }>;
}

self.onmessage = (event: MessageEvent<SsrData>) => {
  const cases: SsrResults['cases'] = {};
  for (const [name, element] of Object.entries(ssrCases(event.data))) {
    try {
      cases[name] = { html: renderToString(<SsrProviders>{element}</SsrProviders>) };
    } catch (error) {
      cases[name] = {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
  }
  self.postMessage({ version, cases } satisfies SsrResults);
};
