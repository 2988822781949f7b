import type { MockBackend } from '../backend';
import { DEMO_USER } from '../users';
import { callMock } from './call-mock';
import { latestCode } from './latest-code';
import { mockPaths } from './mock-paths';

/** Where the requests of the demo user's sign-in go (only the path reaches the mock; the host shows in errors). */
export interface DemoSessionOptions {
  /** Default `TEST_BASE_URL`. */
  baseUrl?: string;
}

/** The demo user's standing on a backend, made before a test or story starts. */
export interface DemoSession {
  /** A password login waiting for its email code, with no code sent yet: what the email step takes. */
  mfaToken: string;
  /** The access token of a finished sign-in, for the user routes (devices, SMS MFA). */
  accessToken: string;
}

/** POSTs `body` to `path` and returns the string `field` of the JSON answer; throws if there is none. */
async function postFor(
  backend: MockBackend,
  path: string,
  body: unknown,
  field: string,
  options: DemoSessionOptions,
): Promise<string> {
  const response = await callMock(backend, path, { body, ...options });
  const text = await response.text();
  const value: unknown = response.ok ? (JSON.parse(text) as Record<string, unknown>)[field] : null;
  if (typeof value !== 'string' || value === '') {
    throw new Error(
      `The demo user's sign-in failed: POST ${path} answered ${response.status} ${text}`,
    );
  }
  return value;
}

/**
 * A password login of `user` (the demo user or any seeded one, e.g. from `DEMO_USERS`), straight to `backend`
 * (no network): the `mfaToken` of its second-factor step. Throws when the login does not ask for MFA.
 */
export function loginAs(
  backend: MockBackend,
  user: { email: string; password: string },
  options: DemoSessionOptions = {},
): Promise<string> {
  const credentials = { email: user.email, password: user.password };
  return postFor(backend, mockPaths.login, credentials, 'mfaToken', options);
}

/** The demo user's password login, straight to `backend` (no network): the `mfaToken` of the email step. */
export function loginDemoUser(
  backend: MockBackend,
  options: DemoSessionOptions = {},
): Promise<string> {
  return loginAs(backend, DEMO_USER, options);
}

/** Sends an email code for `mfaToken`, straight to `backend`: its `otcToken` and the code from the outbox. */
export async function sendEmailCode(
  backend: MockBackend,
  mfaToken: string,
  options: DemoSessionOptions = {},
): Promise<{ otcToken: string; code: string }> {
  const otcToken = await postFor(backend, mockPaths.emailCode, { mfaToken }, 'otcToken', options);
  return { otcToken, code: latestCode(backend, 'email') };
}

/**
 * Signs the demo user in on `backend` directly (not through the network, so the requests a test or story
 * records are only its own): one finished sign-in for its access token, then a second login left at the MFA
 * step. The outbox is emptied afterwards, so `outbox.latest()` is the caller's own code.
 */
export async function signInDemoUser(
  backend: MockBackend,
  options: DemoSessionOptions = {},
): Promise<DemoSession> {
  const firstLogin = await loginDemoUser(backend, options);
  const sent = await sendEmailCode(backend, firstLogin, options);
  const accessToken = await postFor(
    backend,
    mockPaths.emailCodeVerify,
    { mfaToken: firstLogin, ...sent },
    'accessToken',
    options,
  );
  const mfaToken = await loginDemoUser(backend, options);
  backend.outbox.clear();
  return { mfaToken, accessToken };
}
