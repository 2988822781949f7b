// The steps a flow needs before it starts (a login's mfaToken, a signed-in user's token), made straight
// against the mock backend in Node: they are not part of what is counted.
import { DEMO_USER, createMockBackend } from '@mfa-kit/mock';

/** A fresh mock with limits the bench's many runs stay inside (no resend wait, a high verify rate limit). */
export function createBenchBackend() {
  return createMockBackend({
    resendCooldownMs: 0,
    rateLimit: { limit: 100_000, windowMs: 60_000 },
  });
}

/** One request straight to the mock (not through the bench server, so not counted). */
export async function mockCall(backend, method, route, body, accessToken) {
  const headers = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const response = await backend.handle(
    new Request(`http://127.0.0.1/identity${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  );
  const text = await response.text();
  if (!response.ok) throw new Error(`mock ${method} ${route} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : undefined;
}

/** Password login of the demo user: the `mfaToken` an email step starts from. */
export async function login(backend) {
  const answer = await mockCall(backend, 'POST', '/resources/auth/v1/user', {
    email: DEMO_USER.email,
    password: DEMO_USER.password,
  });
  if (!answer.mfaToken) throw new Error('mock login gave no mfaToken');
  return answer.mfaToken;
}

/** The newest code the mock sent on a channel. */
export function latestCode(backend, channel) {
  const message = backend.outbox.latest({ channel });
  if (!message) throw new Error(`the mock sent no ${channel} code`);
  return message.code;
}

/** A full sign-in of the demo user (login, email code): the access token the SMS routes need. */
export async function signIn(backend) {
  const mfaToken = await login(backend);
  const { otcToken } = await mockCall(backend, 'POST', '/resources/auth/v1/user/mfa/emailcode', {
    mfaToken,
  });
  const auth = await mockCall(backend, 'POST', '/resources/auth/v1/user/mfa/emailcode/verify', {
    mfaToken,
    otcToken,
    code: latestCode(backend, 'email'),
  });
  return auth.accessToken;
}

/** A code of the right length that is not `code`. */
export function wrongCode(code) {
  return code
    .split('')
    .map((digit) => String((Number(digit) + 1) % 10))
    .join('');
}

export { DEMO_USER };
