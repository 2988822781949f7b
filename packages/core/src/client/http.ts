// One request: headers, fetch with a timeout and the caller's signal, the answer checked or mapped to MfaApiError.
import { safeParse } from 'zod/mini';
import type { ZodMiniType } from 'zod/mini';
import { MfaApiError } from './errors.js';
import type { MfaErrorKind } from './errors.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the call; it then rejects with kind `aborted`. */
  signal?: AbortSignal | undefined;
}

/** Settings shared by every call of one client (resolved from `MfaClientOptions`). */
export interface HttpConfig {
  baseUrl: string;
  /** Must honour `init.signal`, as every standard fetch does: that is how timeouts and aborts stop it. */
  fetch: typeof globalThis.fetch;
  timeoutMs: number;
  credentials: RequestCredentials;
  headers: HeadersInit | undefined;
  errorCodeKinds: Readonly<Record<string, MfaErrorKind>>;
  getAccessToken: (() => string | null | Promise<string | null>) | undefined;
}

/** One call as an API area describes it. */
export interface Call<T> {
  method: 'GET' | 'POST';
  /** Relative to the base URL; path parameters already encoded. */
  path: string;
  body?: Record<string, unknown>;
  /** Route headers; an undefined value is left out. */
  headers?: Record<string, string | undefined>;
  /** Sends `Authorization: Bearer` from `getAccessToken` (user-token routes). */
  bearer?: boolean;
  /** Values outside the body that no error message may repeat (the body's strings are covered). */
  secrets?: string[];
  /** Checks a 2xx answer; without one the body is ignored. */
  schema?: ZodMiniType<T>;
}

/** Sends one call; resolves with its checked answer or rejects with `MfaApiError` only. */
export type Send = <T>(call: Call<T>, options?: RequestOptions) => Promise<T>;

/** What an API area needs from its client. */
export interface ClientContext {
  send: Send;
  /** The `frontegg-user-id` header, when configured (vendor-token use). */
  userId: string | undefined;
  /** The `frontegg-tenant-id` header, when configured (vendor-token use). */
  tenantId: string | undefined;
}

// Used when the server sent no `errors[]` of its own.
const defaultMessages: Partial<Record<MfaErrorKind, string>> = {
  'invalid-code': 'Wrong code: check it and try again.',
  expired: 'Code expired: ask for a new one.',
  'too-many-attempts': 'Too many attempts: ask for a new code.',
  'rate-limited': 'Too many requests: wait, then try again.',
  unauthorized: 'Not signed in: sign in again.',
  forbidden: 'Not allowed.',
  'not-found': 'Not found: reload and try again.',
  server: 'Server error: try again later.',
};

const statusKinds: Record<number, MfaErrorKind> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  429: 'rate-limited',
};

const fail = (kind: MfaErrorKind, message: string, cause?: unknown) =>
  new MfaApiError({ kind, message, cause });

/** Milliseconds to wait, from `Retry-After` (seconds or an HTTP date) or `X-Rate-Limit-Reset` (RFC 3339). */
function retryAfterMs(headers: Headers): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim() ?? '';
  if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  for (const date of [retryAfter, headers.get('x-rate-limit-reset')]) {
    const until = Date.parse(date ?? '');
    if (until) return Math.max(0, until - Date.now());
  }
  return undefined;
}

const strings = (value: unknown) =>
  (Array.isArray(value) ? (value as unknown[]) : []).filter((item) => typeof item == 'string');

function errorFromResponse(
  { status, headers }: Response,
  text: string,
  errorCodeKinds: HttpConfig['errorCodeKinds'],
  secrets: string[],
): MfaApiError {
  let body: { errors?: unknown; errorCode?: unknown; errorCodes?: unknown } = {};
  try {
    body = Object(JSON.parse(text)) as typeof body;
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone decides.
  }
  const [errorCode] = strings([body.errorCode, ...strings(body.errorCodes)]);
  const kind =
    (errorCode && Object.hasOwn(errorCodeKinds, errorCode)
      ? errorCodeKinds[errorCode]
      : undefined) ??
    statusKinds[status] ??
    (status < 500 ? 'bad-request' : 'server');
  // A server that echoes what it was sent must not leak a token or code into our messages.
  const messages = strings(body.errors).map((message) =>
    secrets.reduce(
      (result, secret) => (secret.length > 3 ? result.split(secret).join('***') : result),
      message,
    ),
  );
  return new MfaApiError({
    kind,
    message: messages.join(', ') || defaultMessages[kind] || `Request refused (HTTP ${status}).`,
    status,
    errorCode,
    messages,
    traceId: headers.get('frontegg-trace-id') ?? undefined,
    retryAfterMs: retryAfterMs(headers),
  });
}

/**
 * Binds `send` to one client's settings. Every string the call carries (body, `secrets`, the access
 * token) is kept out of error messages.
 */
export function createSend(config: HttpConfig): Send {
  // Called unbound: a browser's native fetch throws "Illegal invocation" when called as a method.
  const { fetch, timeoutMs, getAccessToken } = config;
  return async <T>(call: Call<T>, options?: RequestOptions): Promise<T> => {
    const signal = options?.signal;
    const aborted = () => fail('aborted', 'Request cancelled.');
    if (signal?.aborted) throw aborted();
    const secrets = [...(call.secrets ?? []), ...strings(Object.values(call.body ?? {}))];
    let token: unknown;
    try {
      token = call.bearer && (await getAccessToken?.());
    } catch (cause) {
      throw fail('unauthorized', 'getAccessToken failed: sign in again.', cause);
    }
    // RFC 6750 token syntax, checked here so no runtime error can ever quote a malformed token.
    if (typeof token == 'string' && token && !/^[\w.~+/-]+=*$/.test(token)) {
      throw fail('unauthorized', 'getAccessToken returned a malformed token.');
    }
    let headers: Headers;
    try {
      headers = new Headers(config.headers);
      for (const [name, value] of Object.entries(call.headers ?? {}))
        if (value) headers.set(name, value);
      if (call.body) headers.set('content-type', 'application/json');
      if (typeof token == 'string' && token) {
        secrets.push(token);
        headers.set('authorization', `Bearer ${token}`);
      }
    } catch {
      // No cause: the runtime's message quotes the value, and a custom header may hold a key.
      throw fail(
        'invalid-input',
        'Invalid header value: check the headers, userId and tenantId options.',
      );
    }
    if (signal?.aborted) throw aborted();

    const controller = new AbortController();
    const abort = () => controller.abort();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort();
    }, timeoutMs);
    signal?.addEventListener('abort', abort);
    let response: Response;
    let text: string;
    try {
      response = await fetch(config.baseUrl + call.path, {
        method: call.method,
        headers,
        body: call.body ? JSON.stringify(call.body) : null,
        credentials: config.credentials,
        signal: controller.signal,
      });
      text = await response.text();
    } catch (cause) {
      throw timedOut
        ? fail('timeout', `No answer within ${timeoutMs} ms: try again.`)
        : signal?.aborted
          ? aborted()
          : // A URL that carries a token (call.secrets) may be quoted by the runtime's error: keep it out.
            fail(
              'network',
              'Network error: check the connection and try again.',
              call.secrets ? undefined : cause,
            );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
    if (!response.ok) {
      throw errorFromResponse(response, text, config.errorCodeKinds, secrets);
    }
    if (!call.schema) return undefined as T;
    let where = 'not JSON';
    try {
      const result = safeParse(call.schema, JSON.parse(text));
      if (result.success) return result.data;
      // The path names the field; the value is never quoted.
      where = `at "${result.error.issues[0]?.path.join('.') || '(root)'}"`;
    } catch {
      // JSON.parse failed: `where` says so.
    }
    throw fail(
      'invalid-response',
      `Unexpected answer from the server (${where}): try again or update @mfa-kit/core.`,
    );
  };
}
