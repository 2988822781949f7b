// The embedded mock's life cycle, readable from React; the mock's code itself stays in its lazy chunk.
import type { MockBackend } from '@mfa-kit/mock';
import { useSyncExternalStore } from 'react';

/** Where the embedded mock is in starting up. `off` when a real backend is configured. */
export type EmbeddedMockStatus =
  | { state: 'off' }
  | { state: 'starting' }
  | { state: 'ready'; backend: MockBackend }
  | { state: 'failed'; message: string };

/** A store of the status, with a promise that settles once the mock is ready (or failed). */
export interface EmbeddedMockHandle {
  getSnapshot: () => EmbeddedMockStatus;
  subscribe: (listener: () => void) => () => void;
  /** Resolves when requests can go out; rejects, with the reason shown to the user, when the mock failed. */
  ready: Promise<void>;
}

/** Tracks `start()`, called at once: the mock loads in parallel with the app's first render. */
export function trackEmbeddedMock(start: (() => Promise<MockBackend>) | null): EmbeddedMockHandle {
  let status: EmbeddedMockStatus = start ? { state: 'starting' } : { state: 'off' };
  const listeners = new Set<() => void>();
  const set = (next: EmbeddedMockStatus): void => {
    status = next;
    for (const listener of [...listeners]) listener();
  };
  const ready = start
    ? start().then(
        (backend) => set({ state: 'ready', backend }),
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          set({ state: 'failed', message: reason });
          throw new Error(`The in-browser mock backend did not start: ${reason}`);
        },
      )
    : Promise.resolve();
  // The failure is shown from the status; requests awaiting `ready` still reject.
  ready.catch(() => undefined);
  return {
    getSnapshot: () => status,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ready,
  };
}

/** The status, re-rendering when it changes. */
export function useEmbeddedMockStatus(handle: EmbeddedMockHandle): EmbeddedMockStatus {
  return useSyncExternalStore(handle.subscribe, handle.getSnapshot);
}
