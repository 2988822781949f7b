import { createAuthApi } from './auth.js';
import type { AuthApi } from './auth.js';
import { createDevicesApi } from './devices.js';
import type { DevicesApi } from './devices.js';
import { createEmailMfaApi } from './email-mfa.js';
import type { EmailMfaApi } from './email-mfa.js';
import { MfaApiError } from './errors.js';
import type { MfaErrorKind } from './errors.js';
import { createSend } from './http.js';
import { createMfaPolicyApi } from './mfa-policy.js';
import type { MfaPolicyApi } from './mfa-policy.js';
import { regionBaseUrl } from './regions.js';
import type { Region } from './regions.js';
import { createSmsMfaApi } from './sms-mfa.js';
import type { SmsMfaApi } from './sms-mfa.js';

/** How to reach Frontegg and as whom. Every field is optional. */
export interface MfaClientOptions {
  /** Frontegg region of the regional `api.*` host. Default `eu`. */
  region?: Region | undefined;
  /**
   * Wins over `region`: your app's Frontegg domain, e.g. `https://app-xxx.frontegg.com/identity`,
   * a same-origin proxy path such as `/identity`, or a mock at `http://127.0.0.1:4010/identity`.
   */
  baseUrl?: string | undefined;
  /** The user's JWT, sent as `Authorization: Bearer` on user-token routes (devices, SMS). */
  getAccessToken?: (() => string | null | Promise<string | null>) | undefined;
  /** Sent as `frontegg-user-id` on the routes that take it (vendor-token use). */
  userId?: string | undefined;
  /** Sent as `frontegg-tenant-id` on the routes that take it (vendor-token use). */
  tenantId?: string | undefined;
  /** Default `globalThis.fetch`, looked up at call time (so MSW and other patches apply). */
  fetch?: typeof globalThis.fetch | undefined;
  /** Per-request time limit; the call then rejects with kind `timeout`. Default 15000. */
  timeoutMs?: number | undefined;
  /** Default `'include'`: the remember-device cookie lives on the Frontegg domain. */
  credentials?: RequestCredentials | undefined;
  /** Extra headers on every request. The client's own headers win on a clash. */
  headers?: HeadersInit | undefined;
  /**
   * Maps Frontegg `errorCode`s to kinds. Frontegg does not document the codes of a wrong or expired
   * code or of too many attempts, so map your tenant's codes here, e.g. `{ 'ER-01110': 'invalid-code' }`.
   * An entry wins over the kind the HTTP status gives.
   */
  errorCodeKinds?: Readonly<Record<string, MfaErrorKind>> | undefined;
}

/**
 * The typed Frontegg MFA client. Every method rejects only with `MfaApiError`, sends at most one
 * request and needs no `this`, so it can be passed around as is (e.g. as a `mutationFn`).
 */
export interface MfaClient {
  /** Password login, the first factor. */
  auth: AuthApi;
  /** The email-code second factor during login. */
  emailMfa: EmailMfaApi;
  /** Whether the login may remember this device. */
  mfaPolicy: MfaPolicyApi;
  /** The signed-in user's MFA devices. */
  devices: DevicesApi;
  /** Disabling SMS MFA from account settings. */
  smsMfa: SmsMfaApi;
}

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Creates a client. Throws `MfaApiError` of kind `invalid-input` for an unknown `region`, a `baseUrl`
 * that is not a URL (a bare path only works inside a browser page), or a `timeoutMs` that is not a
 * positive number of milliseconds a timer can hold.
 *
 * @example
 * const client = createMfaClient({ baseUrl: 'https://app-xxx.frontegg.com/identity' });
 * const { mfaToken } = await client.auth.login({ email, password });
 */
export function createMfaClient(options: MfaClientOptions = {}): MfaClient {
  const { region = 'eu', timeoutMs = 15_000 } = options;
  const regionUrl = regionBaseUrl(region);
  if (!regionUrl)
    throw new MfaApiError({ kind: 'invalid-input', message: 'region must be eu, us, ca or au.' });
  if (!(timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS)) {
    throw new MfaApiError({ kind: 'invalid-input', message: 'timeoutMs must be 1 to 2^31-1 ms.' });
  }
  const baseUrl = (options.baseUrl ?? regionUrl).replace(/\/+$/, '');
  try {
    // A path such as '/identity' is fine in a browser page; elsewhere the URL must be absolute.
    new URL(baseUrl, globalThis.location?.href);
  } catch {
    throw new MfaApiError({ kind: 'invalid-input', message: 'baseUrl must be an absolute URL.' });
  }
  const context = {
    send: createSend({
      baseUrl,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeoutMs,
      credentials: options.credentials ?? 'include',
      headers: options.headers,
      errorCodeKinds: { ...options.errorCodeKinds },
      getAccessToken: options.getAccessToken,
    }),
    userId: options.userId,
    tenantId: options.tenantId,
  };
  return {
    auth: createAuthApi(context),
    emailMfa: createEmailMfaApi(context),
    mfaPolicy: createMfaPolicyApi(context),
    devices: createDevicesApi(context),
    smsMfa: createSmsMfaApi(context),
  };
}
