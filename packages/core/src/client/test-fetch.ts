// Test utility (not exported by the package): a fetch that records what the client sends and answers as told.
import { vi } from 'vitest';

/** One request as the server would see it. */
export interface SentRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The raw body text, or null when none was sent. */
  body: string | null;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | undefined;
}

type Answer = (request: SentRequest) => Response | Promise<Response>;

/**
 * A fetch that records every request and answers with `answer`. Like a real fetch it rejects with an
 * `AbortError` when its signal aborts, also while `answer` is pending.
 */
export function fakeFetch(answer: Answer = () => json(200, {})) {
  const requests: SentRequest[] = [];
  const fetch = vi.fn((input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    const body = init.body;
    const request: SentRequest = {
      method: init.method ?? 'GET',
      url: new URL(
        typeof input == 'string' ? input : input instanceof URL ? input.href : input.url,
      ),
      headers: new Headers(init.headers),
      body: typeof body == 'string' ? body : body == null ? null : '[non-string body]',
      credentials: init.credentials,
      signal: init.signal ?? undefined,
    };
    requests.push(request);
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(new DOMException('This operation was aborted', 'AbortError'));
      if (request.signal?.aborted) return abort();
      request.signal?.addEventListener('abort', abort);
      Promise.resolve()
        .then(() => answer(request))
        .then(resolve, reject);
    });
  });
  return { fetch: fetch as typeof globalThis.fetch & typeof fetch, requests };
}

/** A JSON response, as Frontegg sends them. */
export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

/** A promise that never settles: a server that does not answer. */
export const never = (): Promise<Response> => new Promise(() => {});

/** A complete signed-in `AuthenticationResponseDto`. */
export const signedIn = {
  mfaRequired: false,
  accessToken: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln',
  refreshToken: 'refresh-1',
  expiresIn: 86400,
  expires: 'Sun, 30 Nov 2026 03:00:00 GMT',
};
