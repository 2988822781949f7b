// Shared by this package's tests only (no entry point imports it): requests in the shapes the client sends.
import type { MockBackend } from './backend';
import { DEMO_USER } from './users';

export const BASE_URL = 'https://api.frontegg.com/identity';

export const PATHS = {
  login: '/resources/auth/v1/user',
  emailCode: '/resources/auth/v1/user/mfa/emailcode',
  emailCodeVerify: '/resources/auth/v1/user/mfa/emailcode/verify',
  rememberDevice: '/resources/configurations/v1/mfa-policy/allow-remember-device',
  devices: '/resources/users/v1/mfa/devices',
  smsPreDisable: (deviceId: string) =>
    `/resources/users/v1/mfa/sms/${encodeURIComponent(deviceId)}/disable`,
  smsDisableVerify: (deviceId: string) =>
    `/resources/users/v1/mfa/sms/${encodeURIComponent(deviceId)}/disable/verify`,
} as const;

export function postJson(
  backend: MockBackend,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return backend.handle(
    new Request(`${BASE_URL}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
  );
}

export function get(
  backend: MockBackend,
  path: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  return backend.handle(new Request(`${BASE_URL}${path}`, { headers }));
}

/** Error bodies as the mock sends them. */
export interface ErrorBody {
  errors: string[];
  errorCode: string;
}

export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

/** Signs the demo user in with their password: the login step's `mfaToken`. */
export async function startLogin(backend: MockBackend): Promise<string> {
  const response = await postJson(backend, PATHS.login, {
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  if (response.status !== 200) throw new Error(`login answered ${response.status}`);
  return (await readJson<{ mfaToken: string }>(response)).mfaToken;
}

/** Sends an email code for `mfaToken`: its `otcToken` and the code from the outbox. */
export async function sendEmailCode(
  backend: MockBackend,
  mfaToken: string,
): Promise<{ otcToken: string; code: string }> {
  const response = await postJson(backend, PATHS.emailCode, { mfaToken });
  if (response.status !== 201) throw new Error(`emailcode answered ${response.status}`);
  const { otcToken } = await readJson<{ otcToken: string }>(response);
  const code = backend.outbox.latest({ channel: 'email' })?.code;
  if (code === undefined) throw new Error('no code in the outbox');
  return { otcToken, code };
}

/** The whole email-code sign-in: the demo user's access token. */
export async function signIn(backend: MockBackend): Promise<string> {
  const mfaToken = await startLogin(backend);
  const { otcToken, code } = await sendEmailCode(backend, mfaToken);
  const response = await postJson(backend, PATHS.emailCodeVerify, { mfaToken, otcToken, code });
  if (response.status !== 201) throw new Error(`verify answered ${response.status}`);
  return (await readJson<{ accessToken: string }>(response)).accessToken;
}

/** A code that is certainly not `code`. */
export function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}
