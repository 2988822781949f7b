import { TEST_BASE_URL } from './call-mock';

/** One request as msw saw it leave. */
export interface RecordedRequest {
  method: string;
  /** The path below the base URL, still percent-encoded, without the query: compare with `mockPaths`. */
  path: string;
  /** The JSON body, read from a copy at once (the mock consumes the original); `undefined` when none or not JSON. */
  body: Promise<unknown>;
  /** The request itself, e.g. for its abort signal. */
  request: Request;
}

type RequestStartListener = (event: { request: Request }) => void;

/** msw's `events`, of a Node server, a browser worker or Storybook's `context.msw`, as far as the log needs. */
export interface MswRequestEvents {
  on(event: 'request:start', listener: RequestStartListener): void;
  removeListener(event: 'request:start', listener: RequestStartListener): void;
}

/** The requests sent below one base URL, in order. */
export interface RequestLog {
  /** Every request recorded so far, oldest first (one array, emptied by `clear`). */
  readonly requests: readonly RecordedRequest[];
  /** How many requests went to `path` (a `mockPaths` value; the query is ignored). */
  count(path: string): number;
  /** The JSON bodies sent to `path`, in order. */
  bodies(path: string): Promise<unknown[]>;
  /** Forgets what was recorded. */
  clear(): void;
  /** Stops recording. */
  stop(): void;
}

/** Records every request msw sees going below `baseUrl` (default `TEST_BASE_URL`). */
export function recordRequests(
  events: MswRequestEvents,
  { baseUrl = TEST_BASE_URL }: { baseUrl?: string } = {},
): RequestLog {
  const base = new URL(baseUrl);
  const requests: RecordedRequest[] = [];
  const record: RequestStartListener = ({ request }) => {
    const url = new URL(request.url);
    if (url.origin !== base.origin || !url.pathname.startsWith(`${base.pathname}/`)) return;
    const body =
      request.method === 'GET'
        ? Promise.resolve(undefined)
        : request
            .clone()
            .json()
            .catch(() => undefined);
    requests.push({
      method: request.method,
      path: url.pathname.slice(base.pathname.length),
      body,
      request,
    });
  };
  events.on('request:start', record);
  const to = (path: string) => requests.filter((seen) => seen.path === path);
  return {
    requests,
    count: (path) => to(path).length,
    bodies: (path) => Promise.all(to(path).map((seen) => seen.body)),
    clear: () => {
      requests.length = 0;
    },
    stop: () => events.removeListener('request:start', record),
  };
}
