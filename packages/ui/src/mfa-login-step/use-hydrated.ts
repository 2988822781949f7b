import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False on the server and while React hydrates its HTML, true from then on (and at once in a page rendered on the
 * client only). A form loaded on demand waits for it: `renderToString` cannot wait for a lazy chunk, so the server
 * and the hydration both draw the loading status, and the form comes right after, with no mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
