import type { RequestHandler } from 'msw';
import type { HandlerResult } from './context';
import { MOCK_ERROR_CODES, MockHttpError, UNDOCUMENTED_CODE_NAMES } from './errors';
import type { MockErrorCodes } from './errors';
import { type FaultController, type MockFaults, type QueuedFault, createFaults } from './faults';
import { createMswHandlers } from './msw';
import { type MockOutbox, createOutbox } from './outbox';
import { createRandom } from './random';
import { emptyResponse, errorResponse, jsonResponse, rawResponse } from './responses';
import { type RouteDefinition, matchRoute } from './routes';
import { DEMO_USERS } from './seeded-users';
import { type MockConfig, MockState } from './state';
import { agedAccessToken } from './tokens';
import {
  DEMO_USER,
  type MfaDevicesLike,
  type MfaStrategy,
  type MockUserSeed,
  devicesOf,
} from './users';

/** How a backend behaves. Every option has a default; tests pin `now` and `seed`. */
export interface MockBackendOptions {
  /** Injectable clock, ms since the epoch (default `Date.now`). */
  now?: () => number;
  /** Seed for codes, tokens and ids (default random). */
  seed?: number;
  /** How long a sent code stays valid (default 600_000, 10 minutes). */
  codeTtlMs?: number;
  /** How long a login's `mfaToken` stays valid (default 15 minutes, or `codeTtlMs` if longer). */
  mfaTokenTtlMs?: number;
  /** Wrong codes allowed per issued code; the last one burns it (default 5). */
  maxAttempts?: number;
  /** A resend inside this window answers 429 with `Retry-After` and `X-Rate-Limit-Reset` (default 30_000). */
  resendCooldownMs?: number;
  /** Requests per window on each verify route (default 10 per 60_000). */
  rateLimit?: { limit: number; windowMs: number };
  /** The tenant's remember-device policy (default allowed, 1_209_600 s = 14 days). */
  rememberDevice?: { isAllowedToRemember: boolean; mfaDeviceExpiration: number };
  /**
   * The users (default: {@link DEMO_USER}, with email-code MFA and two SMS devices, and every one of
   * {@link DEMO_USERS}).
   */
  users?: readonly MockUserSeed[];
  /**
   * The relying party of the users' passkeys and security keys. `rpId` (default `'localhost'`) goes into
   * the challenge options and must be what the assertion signed; `expectedOrigin` is the page origin an
   * assertion may come from: one, a list, or a test (default any `http(s)://localhost` origin, any port).
   */
  webauthn?: {
    rpId?: string;
    expectedOrigin?: string | readonly string[] | ((origin: string) => boolean);
  };
  /**
   * The codes of a wrong, expired or burned code, which Frontegg does not document. `'tenant'` (default):
   * codes drawn from the seed, as unknown to a client as a real tenant's, so the client's default
   * handling is what runs. `'mock'`: the fixed {@link MOCK_ERROR_CODES}, which `MOCK_ERROR_CODE_KINDS` maps.
   */
  errorCodeStyle?: 'tenant' | 'mock';
  /**
   * The second factors the tenant offers, as `GET /resources/configurations/v1/mfa/strategies` answers
   * (default: all five active). A user who must enroll may add only an active one.
   */
  mfaStrategies?: readonly { strategy: MfaStrategy; isActive: boolean }[];
  /**
   * How an authenticator app's `qrCode` is answered. `'data-url'` (default): a complete
   * `data:image/png;base64,…` URL, as Frontegg sends it (its open-source login UI, `@frontegg/react-auth`
   * 4.0.23 `index.esm.js`, renders `<img src={qrCode}>` as it comes). `'base64'`: the bare base64 PNG, the
   * other shape the published spec ("QR code") leaves possible, for testing that a client takes both.
   */
  qrCodeFormat?: 'data-url' | 'base64';
}

/** One independent fake Frontegg identity service. */
export interface MockBackend {
  /** Answers a fetch `Request`; the single implementation that msw and the node server wrap. A network fault resolves to `Response.error()`. */
  handle(request: Request): Promise<Response>;
  /** msw handlers matching `*\/identity/resources/...` on any origin. */
  handlers: RequestHandler[];
  /** The codes sent by email and SMS. */
  outbox: MockOutbox;
  /** Latency and failures on demand. */
  faults: MockFaults;
  /** The error codes this backend answers with (see `errorCodeStyle`). */
  errorCodes: MockErrorCodes;
  /** A copy of a user's MFA devices; throws for an email no user has. */
  devices(email: string): MfaDevicesLike;
  /**
   * Makes every code sent and WebAuthn challenge issued so far expire now, as if their time to live had
   * passed (the resend cooldowns too).
   */
  expireCodes(): void;
  /**
   * `accessToken` signed again as if its sign-in had been `seconds` earlier (`auth_time`, `iat` and `exp` moved
   * back; "sign-in was 10 minutes ago" is `ageSession(token, 600)`), so a step-up with a shorter `maxAge` asks for
   * a second factor. The app holds the token: give it the one this resolves with. Rejects for a token this backend
   * did not issue or that is no longer valid.
   */
  ageSession(accessToken: string, seconds: number): Promise<string>;
  /** Back to the seeded state: users, codes, limits, outbox and faults. */
  reset(): void;
}

const ALL_STRATEGIES: readonly MfaStrategy[] = [
  'AuthenticatorApp',
  'SMS',
  'EmailCode',
  'WebAuthnPlatform',
  'WebAuthnCrossPlatform',
];

const DEFAULT_REMEMBER_DEVICE = { isAllowedToRemember: true, mfaDeviceExpiration: 1_209_600 };

const isLocalhostOrigin = (origin: string): boolean =>
  /^https?:\/\/localhost(?::\d{1,5})?$/.test(origin);

function originTest(
  expected: NonNullable<MockBackendOptions['webauthn']>['expectedOrigin'],
): (origin: string) => boolean {
  if (expected === undefined) return isLocalhostOrigin;
  if (typeof expected === 'function') return expected;
  const allowed: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  return (origin) => allowed.includes(origin);
}

function positive(
  name: string,
  value: number | undefined,
  fallback: number,
  { allowZero = false } = {},
): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) {
    throw new RangeError(
      `createMockBackend: ${name} must be a ${allowZero ? 'non-negative' : 'positive'} number, got ${String(value)}`,
    );
  }
  return value;
}

/** For `errorCodeStyle: 'tenant'`: the undocumented codes replaced by distinct seeded ones. */
function tenantErrorCodes(seed: number): MockErrorCodes {
  const random = createRandom(seed ^ 0x5eed_c0de);
  const taken = new Set<string>(Object.values(MOCK_ERROR_CODES));
  const codes: Record<string, string> = { ...MOCK_ERROR_CODES };
  for (const name of UNDOCUMENTED_CODE_NAMES) {
    let code: string;
    do code = `ER-0${random.digits(4)}`;
    while (taken.has(code));
    taken.add(code);
    codes[name] = code;
  }
  return codes as MockErrorCodes;
}

function resolveConfig(options: MockBackendOptions, seed: number): MockConfig {
  const codeTtlMs = positive('codeTtlMs', options.codeTtlMs, 600_000);
  const maxAttempts = positive('maxAttempts', options.maxAttempts, 5);
  if (!Number.isInteger(maxAttempts))
    throw new RangeError(
      `createMockBackend: maxAttempts must be an integer, got ${String(maxAttempts)}`,
    );
  const limit = options.rateLimit ?? { limit: 10, windowMs: 60_000 };
  return {
    now: options.now ?? Date.now,
    codeTtlMs,
    mfaTokenTtlMs: positive('mfaTokenTtlMs', options.mfaTokenTtlMs, Math.max(900_000, codeTtlMs)),
    maxAttempts,
    resendCooldownMs: positive('resendCooldownMs', options.resendCooldownMs, 30_000, {
      allowZero: true,
    }),
    rateLimit: {
      limit: positive('rateLimit.limit', limit.limit, 10),
      windowMs: positive('rateLimit.windowMs', limit.windowMs, 60_000),
    },
    rememberDevice: { ...(options.rememberDevice ?? DEFAULT_REMEMBER_DEVICE) },
    errorCodes: options.errorCodeStyle === 'mock' ? MOCK_ERROR_CODES : tenantErrorCodes(seed),
    webauthn: {
      rpId: options.webauthn?.rpId ?? 'localhost',
      isExpectedOrigin: originTest(options.webauthn?.expectedOrigin),
    },
    mfaStrategies: (
      options.mfaStrategies ?? ALL_STRATEGIES.map((strategy) => ({ strategy, isActive: true }))
    ).map((entry) => ({ ...entry })),
    qrCodeFormat: options.qrCodeFormat ?? 'data-url',
  };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The answer a queued fault gives in place of the route's own. */
function faultResponse(fault: QueuedFault, definition: RouteDefinition, traceId: string): Response {
  switch (fault.kind) {
    case 'network':
      return Response.error();
    case 'malformed':
      return rawResponse(
        definition.successStatus,
        '{"otcToken": "abc", <html>Bad gateway',
        traceId,
      );
    case 'schema-break':
      return jsonResponse(definition.successStatus, definition.schemaBreakingBody, traceId);
    case 'fail': {
      const { status, body, headers = {} } = fault.response;
      const payload =
        body === undefined
          ? {
              errors: [`Injected fault: HTTP ${status}`],
              errorCode: MOCK_ERROR_CODES.injectedFault,
            }
          : body;
      return jsonResponse(status, payload, traceId, headers);
    }
  }
}

function toResponse(result: HandlerResult, traceId: string): Response {
  return result.body === undefined
    ? emptyResponse(result.status, traceId)
    : jsonResponse(result.status, result.body, traceId);
}

/**
 * Creates an independent fake of the Frontegg MFA endpoints: each backend has its own users, codes, outbox and
 * faults, so tests can create one apiece.
 */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 32);
  const config = resolveConfig(options, seed);
  const seeds = options.users ?? [{ ...DEMO_USER, emailMfa: true }, ...Object.values(DEMO_USERS)];
  const outbox = createOutbox();
  const faults: FaultController = createFaults();
  // Trace ids come from their own stream, so the codes a test sees do not depend on how many requests it made.
  let random = createRandom(seed);
  let traceRandom = createRandom(seed ^ 0x9e3779b9);
  let state = new MockState(config, random, outbox, seeds);

  const respond = async (
    request: Request,
    url: URL,
    definition: RouteDefinition,
    deviceId: string | undefined,
    traceId: string,
  ): Promise<Response> => {
    const latency = faults.latencyFor(definition.route);
    if (latency > 0) await delay(latency);
    const fault = faults.take(definition.route);
    if (fault !== undefined) return faultResponse(fault, definition, traceId);
    try {
      if (definition.rateLimited) state.countRequest(definition.route);
      const newToken = (): string => random.uuid();
      const result = await definition.handler({ request, url, deviceId, state, config, newToken });
      return toResponse(result, traceId);
    } catch (error) {
      if (error instanceof MockHttpError) return errorResponse(error, traceId);
      const reason = error instanceof Error ? error.message : 'unknown error';
      return errorResponse(
        new MockHttpError(500, MOCK_ERROR_CODES.internal, `The mock backend failed: ${reason}`),
        traceId,
      );
    }
  };

  const handle = async (request: Request): Promise<Response> => {
    const traceId = traceRandom.hex(32);
    const url = new URL(request.url);
    const match = matchRoute(request.method, url.pathname);
    switch (match.kind) {
      case 'none':
        return errorResponse(
          new MockHttpError(
            404,
            MOCK_ERROR_CODES.notFound,
            `No mock route for ${request.method} ${url.pathname}`,
          ),
          traceId,
        );
      case 'wrong-method':
        return errorResponse(
          new MockHttpError(
            405,
            MOCK_ERROR_CODES.methodNotAllowed,
            `${request.method} is not allowed here; use ${match.allowed.join(' or ')}`,
            {
              allow: match.allowed.join(', '),
            },
          ),
          traceId,
        );
      case 'bad-path':
        return errorResponse(
          new MockHttpError(400, MOCK_ERROR_CODES.badRequest, match.message),
          traceId,
        );
      case 'match':
        return respond(request, url, match.definition, match.deviceId, traceId);
    }
  };

  return {
    handle,
    handlers: createMswHandlers(handle),
    outbox,
    faults,
    errorCodes: config.errorCodes,
    devices(email) {
      const user = state.findUserByEmail(email);
      if (user === undefined) {
        throw new Error(
          `No mock user has the email "${email}"; known users: ${state.users.map((known) => known.email).join(', ')}`,
        );
      }
      return devicesOf(user);
    },
    expireCodes() {
      state.expireCodes();
    },
    ageSession(accessToken, seconds) {
      return agedAccessToken(accessToken, seconds, config.now());
    },
    reset() {
      random = createRandom(seed);
      traceRandom = createRandom(seed ^ 0x9e3779b9);
      state = new MockState(config, random, outbox, seeds);
      faults.clear();
      outbox.reset();
    },
  };
}
