// The "server" of the SSR test: a worker, where there is no window and no document, so a component that touches
// either while rendering throws here as it would in Node.
import { renderToString } from 'react-dom/server';
import { SsrProviders, ssrCases } from './ssr-cases.js';
import type { SsrData } from './ssr-cases.js';

/** Each case's server HTML, or the error its render threw. */
export type SsrResults = Record<string, { html: string } | { error: string }>;

self.onmessage = (event: MessageEvent<SsrData>) => {
  const results: SsrResults = {};
  for (const [name, element] of Object.entries(ssrCases(event.data))) {
    try {
      results[name] = { html: renderToString(<SsrProviders>{element}</SsrProviders>) };
    } catch (error) {
      results[name] = {
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      };
    }
  }
  self.postMessage(results);
};
