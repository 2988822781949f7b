import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { signInWithTotp } from '../test-factors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, loginAs, mockPaths, wrongCode } from '../testing';
import { readQrCode } from '../testing/qr-code';
import { totpCode } from '../totp';

const newUser = DEMO_USERS.newUser;

/** A backend on a test clock, and the new user's login at its enrollment step. */
async function enrolling(options: Parameters<typeof createMockBackend>[0] = {}) {
  const clock = createTestClock();
  const backend = createMockBackend({ now: clock.now, errorCodeStyle: 'mock', ...options });
  return { clock, backend, mfaToken: await loginAs(backend, newUser) };
}

/** The secret the QR code of an enrollment start holds, for the account it names. */
async function startedSecret(response: Response, email: string = newUser.email): Promise<string> {
  const { qrCode } = await readJson<{ qrCode: string }>(response);
  // A complete data URL, as Frontegg answers (`@frontegg/react-auth` 4.0.23 renders `<img src={qrCode}>`).
  expect(qrCode).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
  const url = readQrCode(qrCode);
  expect(url).toMatch(`otpauth://totp/mfa-kit%20mock:${encodeURIComponent(email)}?`);
  return new URL(url).searchParams.get('secret') ?? '';
}

describe('login of a user the tenant forces MFA on, with nothing enrolled', () => {
  it('answers mfaRequired, mfaEnrolled: false, an mfaToken and the tenant’s active strategies', async () => {
    const backend = createMockBackend({
      mfaStrategies: [
        { strategy: 'AuthenticatorApp', isActive: true },
        { strategy: 'SMS', isActive: false },
      ],
    });
    const response = await postJson(backend, mockPaths.login, newUser);
    expect(await readJson(response)).toMatchObject({
      mfaRequired: true,
      mfaEnrolled: false,
      mfaToken: expect.any(String) as unknown,
      mfaStrategies: ['AuthenticatorApp'],
      mfaDevices: { webauthn: [], phones: [], authenticators: [], emails: [] },
    });
  });
});

describe('POST /resources/auth/v1/user/mfa/authenticator/enroll and …/enroll/verify', () => {
  it('answers 201 with a QR code of a fresh secret; its code signs in with tokens and a recovery code', async () => {
    const { clock, backend, mfaToken } = await enrolling();
    const start = await postJson(backend, mockPaths.enrollAuthenticator, { mfaToken });
    expect(start.status).toBe(201);
    const secret = await startedSecret(start);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const token = await totpCode(secret, clock.now());
    const verify = await postJson(backend, mockPaths.enrollAuthenticatorVerify, {
      token,
      mfaToken,
      rememberDevice: true,
    });
    expect(verify.status).toBe(201);
    const answer = await readJson<Record<string, unknown>>(verify);
    expect(answer).toMatchObject({
      mfaRequired: false,
      accessToken: expect.any(String) as unknown,
      refreshToken: expect.any(String) as unknown,
      recoveryCode: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/) as unknown,
    });
    expect(backend.devices(newUser.email).authenticators).toHaveLength(1);

    // The next sign-in asks for the new app, and its codes pass the login's TOTP route.
    clock.advance(30_000);
    const { authorization } = await signInWithTotp(
      backend,
      { ...newUser, authenticators: [{ secret }] },
      clock.now(),
    );
    expect(authorization).toMatch(/^Bearer /);
  });

  it("with qrCodeFormat: 'base64', answers the bare PNG of the same QR code (the spec's other possible shape)", async () => {
    const { backend, mfaToken } = await enrolling({ qrCodeFormat: 'base64' });
    const start = await postJson(backend, mockPaths.enrollAuthenticator, { mfaToken });
    const { qrCode } = await readJson<{ qrCode: string }>(start);
    expect(qrCode).toMatch(/^iVBORw0KGgo[A-Za-z0-9+/]+=*$/);
    expect(readQrCode(qrCode)).toMatch(
      `otpauth://totp/mfa-kit%20mock:${encodeURIComponent(newUser.email)}?`,
    );
  });

  it('refuses a wrong code as an invalid code, leaving the enrollment open', async () => {
    const { clock, backend, mfaToken } = await enrolling();
    const secret = await startedSecret(
      await postJson(backend, mockPaths.enrollAuthenticator, { mfaToken }),
    );
    const right = await totpCode(secret, clock.now());
    const wrong = await postJson(backend, mockPaths.enrollAuthenticatorVerify, {
      token: wrongCode(right),
      mfaToken,
    });
    expect(wrong.status).toBe(400);
    expect(await readJson<ErrorBody>(wrong)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect(backend.devices(newUser.email).authenticators).toEqual([]);
    const verify = await postJson(backend, mockPaths.enrollAuthenticatorVerify, {
      token: right,
      mfaToken,
    });
    expect(verify.status).toBe(201);
  });

  it('refuses a verify with no enrollment started', async () => {
    const { backend, mfaToken } = await enrolling();
    const response = await postJson(backend, mockPaths.enrollAuthenticatorVerify, {
      token: '123456',
      mfaToken,
    });
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'No authenticator app is being added: start the enrollment first',
    ]);
  });

  it('refuses the mfaToken of a user who has a factor: it must pass it, not add one', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USERS.authenticator);
    const response = await postJson(backend, mockPaths.enrollAuthenticator, { mfaToken });
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'MFA is already enrolled: verify with one of the enrolled factors',
    ]);
  });

  it('answers 403 when the tenant does not offer authenticator apps', async () => {
    const { backend, mfaToken } = await enrolling({
      mfaStrategies: [{ strategy: 'SMS', isActive: true }],
    });
    const response = await postJson(backend, mockPaths.enrollAuthenticator, { mfaToken });
    expect(response.status).toBe(403);
  });

  it('answers 401 for an mfaToken it never issued', async () => {
    const response = await postJson(createMockBackend(), mockPaths.enrollAuthenticator, {
      mfaToken: 'never-issued',
    });
    expect(response.status).toBe(401);
  });

  it('honours faults and the rate limit on the verify route', async () => {
    const { backend, mfaToken } = await enrolling({ rateLimit: { limit: 1, windowMs: 60_000 } });
    backend.faults.failNext(1, { status: 503 }, { route: 'enroll-authenticator' });
    expect((await postJson(backend, mockPaths.enrollAuthenticator, { mfaToken })).status).toBe(503);
    const body = { token: '000000', mfaToken };
    expect((await postJson(backend, mockPaths.enrollAuthenticatorVerify, body)).status).toBe(400);
    const limited = await postJson(backend, mockPaths.enrollAuthenticatorVerify, body);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
  });
});

describe('POST /resources/users/v1/mfa/authenticator/enroll and …/enroll/verify', () => {
  const user = DEMO_USERS.smsAndAuthenticator;

  it('adds another app for a signed-in user: 200 { qrCode }, then 200 { recoveryCode }', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const auth = await signInWithTotp(backend, user, clock.now());
    const start = await postJson(backend, mockPaths.userEnrollAuthenticator, undefined, auth);
    expect(start.status).toBe(200);
    const secret = await startedSecret(start, user.email);
    const verify = await postJson(
      backend,
      mockPaths.userEnrollAuthenticatorVerify,
      { token: await totpCode(secret, clock.now()) },
      auth,
    );
    expect(verify.status).toBe(200);
    const { recoveryCode } = await readJson<{ recoveryCode: string }>(verify);
    expect(recoveryCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(backend.devices(user.email).authenticators).toHaveLength(2);
  });

  it('refuses a wrong code, and a user without a token', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, errorCodeStyle: 'mock' });
    const auth = await signInWithTotp(backend, user, clock.now());
    const secret = await startedSecret(
      await postJson(backend, mockPaths.userEnrollAuthenticator, undefined, auth),
      user.email,
    );
    const token = wrongCode(await totpCode(secret, clock.now()));
    const wrong = await postJson(backend, mockPaths.userEnrollAuthenticatorVerify, { token }, auth);
    expect(wrong.status).toBe(400);
    expect(await readJson<ErrorBody>(wrong)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect((await postJson(backend, mockPaths.userEnrollAuthenticator, undefined)).status).toBe(
      401,
    );
  });
});
