// One request: checked input, headers, fetch with a timeout and the caller's signal, the answer checked or mapped to MfaApiError.
import type { $ZodType } from 'zod/v4/core';
import { MfaApiError, fail } from './errors.js';
import type { MfaErrorKind } from './errors.js';
import { deviceSegment, encoded, pick } from './inputs.js';
import type { Check } from './inputs.js';

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the call; it then rejects with kind `aborted`. */
  signal?: AbortSignal | undefined;
}

// The headers Frontegg reads on vendor-token routes, by the option that gives their value.
const vendorHeaderNames = { userId: 'frontegg-user-id', tenantId: 'frontegg-tenant-id' };

type Checked<T> =
  | { readonly value: T; readonly issues?: undefined }
  | { readonly issues: readonly { readonly path?: readonly unknown[] | undefined }[] };

/**
 * What a zod schema offers through Standard Schema, all the client calls: an answer of two shapes picks the schema
 * of its shape here, so the failing field is still named.
 */
export interface AnswerSchema<T> {
  readonly '~standard': { readonly validate: (value: unknown) => Checked<T> | Promise<Checked<T>> };
}

/** One endpoint as the spec describes it: what a method sends and how its answer is checked. */
export interface Endpoint<T> {
  method: 'GET' | 'POST';
  /** Relative to the base URL. A `{deviceId}` in it is filled from the input, checked and encoded. */
  path: string;
  /** The JSON body: the input's fields to send, each with its check, in this order. No body without it. */
  body?: Record<string, Check>;
  /** The input field sent as the query parameter of the same name; it is a token, kept out of errors. */
  query?: string;
  /** Sends `Authorization: Bearer` from `getAccessToken` (user-token routes). */
  bearer?: boolean;
  /** The options whose vendor header this route takes, each sent when configured. */
  vendorHeaders?: (keyof typeof vendorHeaderNames)[];
  /** Checks a 2xx answer; without one the body is ignored. */
  schema?: $ZodType<T> | AnswerSchema<T>;
  /**
   * The answer may come with no body (the spec documents none) or with one that `schema` checks: an empty
   * body reads as `{}`.
   */
  bodyOptional?: boolean;
  /**
   * The call checks a one-time code. Frontegg documents no error code for a wrong code, so here an
   * unmapped 4xx (other than the statuses with a meaning of their own) reads as `invalid-code`.
   */
  checksCode?: boolean;
  /** The route is not in Frontegg's published spec, only in its SDK (the contract test lists these). */
  outsideSpec?: boolean;
}

/** Settings shared by every call of one client: its options, resolved. */
export interface HttpConfig {
  baseUrl: string;
  /** Must honour `init.signal`, as every standard fetch does: that is how timeouts and aborts stop it. */
  fetch?: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  credentials: RequestCredentials;
  headers?: HeadersInit | undefined;
  userId?: string | undefined;
  tenantId?: string | undefined;
  errorCodeKinds: Readonly<Record<string, MfaErrorKind>>;
  getAccessToken?: (() => string | null | Promise<string | null>) | undefined;
}

/** A client method: checks its input, sends one request, resolves with the checked answer. */
export type Method<T> = (input: unknown, options?: RequestOptions) => Promise<T>;

// Used when the server sent no `errors[]` of its own.
const defaultMessages: Partial<Record<MfaErrorKind, string>> = {
  'invalid-code': "That code didn't work. Check it, or send a new code.",
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
  408: 'timeout',
  429: 'rate-limited',
};

/**
 * Milliseconds to wait, from `Retry-After` (seconds or an HTTP date) or else `X-Rate-Limit-Reset`
 * (RFC 3339). `Headers` already strips the whitespace around values.
 */
function retryAfterMs(headers: Headers): number | undefined {
  const retryAfter = headers.get('retry-after') ?? '';
  if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000;
  const until = Date.parse(retryAfter) || Date.parse(headers.get('x-rate-limit-reset') ?? '');
  return until ? Math.max(0, until - Date.now()) : undefined;
}

const strings = (value: unknown) =>
  (Array.isArray(value) ? (value as unknown[]) : []).filter((item) => typeof item == 'string');

// What an unmapped 4xx refused, once the request passed our own checks. A code: Frontegg's login box treats it the
// same way, showing the server's text and letting the user type again. The login: a request that carries nothing
// but the login's `mfaToken` (its device, if any, is in the checked path and has its 404) can only be refused for
// that token, which has expired (Frontegg documents no code for it): only signing in again helps.
const REFUSED_KIND = {
  code: 'invalid-code',
  login: 'expired',
  request: 'bad-request',
} as const satisfies Record<string, MfaErrorKind>;

/** What an unmapped 4xx of `endpoint` refused (see `REFUSED_KIND`). */
function refusedBy(endpoint: Endpoint<unknown>): keyof typeof REFUSED_KIND {
  if (endpoint.checksCode) return 'code';
  const sent = [...Object.keys(endpoint.body ?? {}), ...(endpoint.query ? [endpoint.query] : [])];
  return sent.length === 1 && sent[0] === 'mfaToken' ? 'login' : 'request';
}

function errorFromResponse(
  { status, headers }: Response,
  text: string,
  errorCodeKinds: HttpConfig['errorCodeKinds'],
  secrets: string[],
  refused: 'code' | 'login' | 'request',
): MfaApiError {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone decides.
  }
  const body = Object(parsed) as { errors?: unknown; errorCode?: unknown; errorCodes?: unknown };
  // `{ errors: [...] }` as Frontegg answers; a body that is one JSON string is the message too, as
  // `@frontegg/rest-api` 7.119 (FetchClient.js) reads it.
  const serverText = typeof parsed === 'string' ? [parsed] : strings(body.errors);
  const [errorCode] = strings([body.errorCode, ...strings(body.errorCodes)]);
  const kind =
    (errorCode && Object.hasOwn(errorCodeKinds, errorCode) && errorCodeKinds[errorCode]) ||
    statusKinds[status] ||
    (status >= 500 ? 'server' : status >= 400 ? REFUSED_KIND[refused] : 'bad-request');
  // A server that echoes what it was sent must not leak a token or code into our messages.
  const messages = serverText.map((message) =>
    secrets.reduce(
      (result, secret) => (secret.length > 3 ? result.replaceAll(secret, '***') : result),
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

/** The token `getAccessToken` gives now, or `null`; its throw becomes `unauthorized`, quoting nothing of it. */
export async function readAccessToken(
  getAccessToken: HttpConfig['getAccessToken'],
): Promise<string | null> {
  try {
    return (await getAccessToken?.()) ?? null;
  } catch (cause) {
    throw fail('unauthorized', 'getAccessToken failed: sign in again.', cause);
  }
}

/**
 * Turns endpoints into methods bound to one client's settings. Every string the call carries (body,
 * query token, access token) is kept out of error messages.
 */
export function createCaller(config: HttpConfig) {
  const { timeoutMs, getAccessToken } = config;
  return <T>(endpoint: Endpoint<T>): Method<T> =>
    async (input, options) => {
      // Any value may arrive from plain JavaScript: a non-object simply has no fields.
      const fields = Object(input) as Record<string, unknown>;
      // `replace` calls back only when the path has the placeholder.
      let path = endpoint.path.replace('{deviceId}', () => deviceSegment(fields.deviceId));
      const body = endpoint.body && pick(fields, endpoint.body);
      const secrets = strings(Object.values(body ?? {}));
      const { query } = endpoint;
      if (query) {
        // The spec takes this token in the query: the one place a token is in a URL.
        path += `?${query}=${encoded(query, fields[query])}`;
        secrets.push(fields[query] as string);
      }

      const signal = options?.signal;
      const aborted = () => fail('aborted', 'Request cancelled.');
      if (signal?.aborted) throw aborted();
      const token: unknown = endpoint.bearer && (await readAccessToken(getAccessToken));
      // Only a non-empty string is sent, checked for RFC 6750 token syntax first so that no runtime
      // error can ever quote a malformed token.
      const bearer = typeof token == 'string' && token;
      if (bearer) {
        if (!/^[\w.~+/-]+=*$/.test(bearer)) {
          throw fail('unauthorized', 'getAccessToken returned a malformed token.');
        }
        secrets.push(bearer);
      }
      let headers: Headers;
      try {
        headers = new Headers(config.headers);
        for (const option of endpoint.vendorHeaders ?? []) {
          const value = config[option];
          if (value) headers.set(vendorHeaderNames[option], value);
        }
        if (body) headers.set('content-type', 'application/json');
        if (bearer) headers.set('authorization', `Bearer ${bearer}`);
      } catch {
        // No cause: the runtime's message quotes the value, and a custom header may hold a key.
        throw fail(
          'invalid-input',
          'Invalid header value: check the headers, userId and tenantId options.',
        );
      }
      if (signal?.aborted) throw aborted();

      // Aborted by the timer or by the caller's signal; the catch below tells which.
      const controller = new AbortController();
      const abort = () => controller.abort();
      const timer = setTimeout(abort, timeoutMs);
      signal?.addEventListener('abort', abort);
      let response: Response;
      let text: string;
      try {
        // Looked up at call time (so MSW and other patches apply) and called unbound: a browser's
        // native fetch throws "Illegal invocation" when called as a method.
        response = await (config.fetch ?? globalThis.fetch)(config.baseUrl + path, {
          method: endpoint.method,
          headers,
          body: body ? JSON.stringify(body) : null,
          credentials: config.credentials,
          signal: controller.signal,
        });
        text = await response.text();
      } catch (cause) {
        throw signal?.aborted
          ? aborted()
          : controller.signal.aborted
            ? fail('timeout', `No answer within ${timeoutMs} ms: try again.`)
            : // A URL that carries a token may be quoted by the runtime's error: keep it out.
              fail(
                'network',
                'Network error: check the connection and try again.',
                query ? undefined : cause,
              );
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      }
      if (!response.ok) {
        throw errorFromResponse(
          response,
          text,
          config.errorCodeKinds,
          secrets,
          refusedBy(endpoint),
        );
      }
      if (!endpoint.schema) return undefined as T;
      let where = 'not JSON';
      try {
        const answer: unknown = endpoint.bodyOptional && !text.trim() ? {} : JSON.parse(text);
        // zod's Standard Schema interface runs the schema without zod's parse API in the bundle.
        const { issues } = await endpoint.schema['~standard'].validate(answer);
        // The schemas transform nothing, so a fitting answer is returned as it came: fields
        // Frontegg adds pass through untouched, nested ones included.
        if (!issues) return answer as T;
        // The path names the field, never its value. zod's paths are plain keys here.
        const path = issues[0]?.path as (string | number)[] | undefined;
        where = `at "${path?.join('.') || '(root)'}"`;
      } catch {
        // JSON.parse failed: `where` says so.
      }
      throw fail(
        'invalid-response',
        `Unexpected answer from the server (${where}): try again or update @mfa-kit/core.`,
      );
    };
}
