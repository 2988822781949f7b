// Tells the demo tools when a request to the backend has finished, so a simulated fault can be disarmed.

/** One finished request: its method and path (never the query, which may carry a token). */
export interface FinishedRequest {
  method: string;
  path: string;
}

/** A tiny event source of finished requests. */
export interface RequestEvents {
  subscribe: (listener: (request: FinishedRequest) => void) => () => void;
  emit: (request: FinishedRequest) => void;
}

export function createRequestEvents(): RequestEvents {
  const listeners = new Set<(request: FinishedRequest) => void>();
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit(request) {
      for (const listener of [...listeners]) listener(request);
    },
  };
}

/**
 * Wraps `fetch`: waits for `ready` (the embedded mock's service worker) before sending, and reports each
 * finished request to `events`.
 */
export function observedFetch(events: RequestEvents, ready: Promise<unknown>): typeof fetch {
  return async (input, init) => {
    await ready;
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    const method = init?.method ?? (input instanceof Request ? input.method : 'GET');
    try {
      return await globalThis.fetch(input, init);
    } finally {
      events.emit({ method: method.toUpperCase(), path: url.pathname });
    }
  };
}
