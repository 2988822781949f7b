import type { MockRoute } from './routes';

/** Limits a fault to one route; without it the fault hits whichever route is called next. */
export interface MockFaultScope {
  route?: MockRoute;
}

/** The answer `failNext` gives instead of the real one. */
export interface MockFailure {
  status: number;
  /** JSON body; default a Frontegg error body naming the injected fault. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Fault injection for tests and stories. Faults are consumed in the order they were queued. */
export interface MockFaults {
  /** Delays every answer (of one route, with a scope) by `ms`; `latency(0)` removes it. */
  latency(ms: number, scope?: MockFaultScope): void;
  /** The next `count` calls answer `response` instead. */
  failNext(count: number, response: MockFailure, scope?: MockFaultScope): void;
  /** The next `count` calls fail at the network level (msw: `HttpResponse.error()`; node server: socket destroyed). */
  networkErrorNext(count: number, scope?: MockFaultScope): void;
  /** The next `count` calls answer the success status with a body that is not JSON. */
  malformedNext(count: number, scope?: MockFaultScope): void;
  /** The next `count` calls answer the success status with JSON that breaks the response schema. */
  schemaBreakNext(count: number, scope?: MockFaultScope): void;
  /** Removes every fault, latency included. */
  clear(): void;
}

/** A queued one-shot fault. */
export type QueuedFault =
  | { kind: 'fail'; response: MockFailure }
  | { kind: 'network' }
  | { kind: 'malformed' }
  | { kind: 'schema-break' };

interface QueueEntry {
  fault: QueuedFault;
  remaining: number;
  route: MockRoute | undefined;
}

/** The faults API plus what the backend asks of it per request. */
export interface FaultController extends MockFaults {
  latencyFor(route: MockRoute): number;
  take(route: MockRoute): QueuedFault | undefined;
}

function assertCount(count: number, method: string): void {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(
      `faults.${method}: count must be a positive integer, got ${String(count)}`,
    );
  }
}

export function createFaults(): FaultController {
  const latencies = new Map<MockRoute | '*', number>();
  let queue: QueueEntry[] = [];
  const enqueue = (
    count: number,
    fault: QueuedFault,
    scope: MockFaultScope | undefined,
    method: string,
  ): void => {
    assertCount(count, method);
    queue.push({ fault, remaining: count, route: scope?.route });
  };
  return {
    latency(ms, scope) {
      if (!Number.isFinite(ms) || ms < 0)
        throw new RangeError(`faults.latency: ms must be a finite number >= 0, got ${String(ms)}`);
      const key = scope?.route ?? '*';
      if (ms === 0) latencies.delete(key);
      else latencies.set(key, ms);
    },
    failNext(count, response, scope) {
      if (!Number.isInteger(response.status) || response.status < 200 || response.status > 599) {
        throw new RangeError(
          `faults.failNext: status must be an integer from 200 to 599, got ${String(response.status)}`,
        );
      }
      enqueue(count, { kind: 'fail', response }, scope, 'failNext');
    },
    networkErrorNext(count, scope) {
      enqueue(count, { kind: 'network' }, scope, 'networkErrorNext');
    },
    malformedNext(count, scope) {
      enqueue(count, { kind: 'malformed' }, scope, 'malformedNext');
    },
    schemaBreakNext(count, scope) {
      enqueue(count, { kind: 'schema-break' }, scope, 'schemaBreakNext');
    },
    clear() {
      latencies.clear();
      queue = [];
    },
    latencyFor(route) {
      return latencies.get(route) ?? latencies.get('*') ?? 0;
    },
    take(route) {
      const entry = queue.find(
        (candidate) => candidate.route === undefined || candidate.route === route,
      );
      if (entry === undefined) return undefined;
      entry.remaining -= 1;
      if (entry.remaining === 0) queue = queue.filter((candidate) => candidate !== entry);
      return entry.fault;
    },
  };
}
