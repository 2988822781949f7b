import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import type { MockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { callMock } from '../testing/call-mock';
import { createTestClock, mockPaths, signInDemoUser } from '../testing';
import { MULTI_FACTOR_ACR } from '../tokens';
import { totpCode } from '../totp';
import { DEMO_USER } from '../users';

const generate = (backend: MockBackend, accessToken: string, body: object = {}) =>
  callMock(backend, mockPaths.stepUpGenerate, { body, accessToken });

/** A clock and a backend on it, with the demo user signed in by email code at the clock's start. */
async function signedIn() {
  const clock = createTestClock();
  const backend = createMockBackend({ now: clock.now });
  const { accessToken } = await signInDemoUser(backend);
  return { clock, backend, accessToken };
}

/** A backend whose one user has no second factor, signed in with the password alone. */
async function signedInWithoutFactor() {
  const user = { email: 'plain@example.com', password: 'pw', name: 'P', emailMfa: false };
  const backend = createMockBackend({ users: [user] });
  const login = await postJson(backend, mockPaths.login, {
    email: user.email,
    password: user.password,
  });
  const { accessToken } = await readJson<{ accessToken: string }>(login);
  return { backend, accessToken };
}

describe('POST /resources/auth/v1/user/step-up/generate', () => {
  it('answers a second-factor sign-in within maxAge with tokens at once, its sign-in time and methods kept', async () => {
    const { clock, backend, accessToken } = await signedIn();
    clock.advance(200_000);
    const response = await generate(backend, accessToken, { maxAge: 300 });
    expect(response.status).toBe(201);
    const body = await readJson<Record<string, unknown>>(response);
    expect(body).toMatchObject({ mfaRequired: false, userId: DEMO_USER.id });
    const before = decodeJwt(accessToken);
    const after = decodeJwt(String(body.accessToken));
    expect(after).toMatchObject({ acr: MULTI_FACTOR_ACR, auth_time: before.auth_time });
    expect(after.amr).toEqual(before.amr);
    expect(after.iat).toBe((before.iat ?? 0) + 200);
  });

  it('answers without maxAge with tokens for any second-factor sign-in, however old', async () => {
    const { backend, accessToken } = await signedIn();
    const aged = await backend.ageSession(accessToken, 80_000);
    const body = await readJson<Record<string, unknown>>(await generate(backend, aged));
    expect(typeof body.accessToken).toBe('string');
  });

  it('challenges a sign-in older than maxAge; a login factor passes it with the step-up mfaToken, and the new token is stepped up now', async () => {
    const { clock, backend, accessToken } = await signedIn();
    const aged = await backend.ageSession(accessToken, 600);
    const response = await generate(backend, aged, { maxAge: 300 });
    expect(response.status).toBe(201);
    const challenge = await readJson<Record<string, unknown>>(response);
    expect(challenge).toEqual({
      mfaToken: expect.any(String) as unknown,
      mfaEnrolled: true,
      mfaDevices: backend.devices(DEMO_USER.email),
    });
    expect(challenge).not.toHaveProperty('accessToken');

    const [phone] = DEMO_USER.phones;
    const mfaToken = challenge.mfaToken as string;
    const sent = await postJson(backend, mockPaths.smsCode(phone.id), { mfaToken });
    const { otcToken } = await readJson<{ otcToken: string }>(sent);
    const code = backend.outbox.latest({ channel: 'sms' })?.code;
    const verified = await postJson(backend, mockPaths.smsCodeVerify(phone.id), {
      otcToken,
      code,
      mfaToken,
    });
    expect(verified.status).toBe(201);
    const { accessToken: steppedUp } = await readJson<{ accessToken: string }>(verified);
    expect(decodeJwt(steppedUp)).toMatchObject({
      acr: MULTI_FACTOR_ACR,
      amr: ['pwd', 'sms', 'mfa'],
      auth_time: Math.floor(clock.now() / 1000),
    });
    // The challenge is spent, and the new token needs no other.
    expect((await postJson(backend, mockPaths.smsCode(phone.id), { mfaToken })).status).toBe(401);
    const again = await readJson<Record<string, unknown>>(
      await generate(backend, steppedUp, { maxAge: 300 }),
    );
    expect(typeof again.accessToken).toBe('string');
  });

  it('challenges a password-only sign-in of a user who has since added a factor, whatever the maxAge', async () => {
    const { backend, accessToken } = await signedInWithoutFactor();
    expect(decodeJwt(accessToken)).toMatchObject({ amr: ['pwd'] });
    expect(decodeJwt(accessToken)).not.toHaveProperty('acr');

    // Adding the first factor needs no step-up; here, a phone.
    const started = await callMock(backend, mockPaths.userEnrollSms, {
      body: { phoneNumber: '+15550100000' },
      accessToken,
    });
    const { otcToken } = await readJson<{ otcToken: string }>(started);
    const added = await callMock(backend, mockPaths.userEnrollSmsVerify, {
      body: { otcToken, code: backend.outbox.latest({ channel: 'sms' })?.code },
      accessToken,
    });
    expect(added.status).toBe(200);

    const challenge = await readJson<{
      mfaToken: string;
      mfaDevices: { phones: { id: string }[] };
    }>(await generate(backend, accessToken));
    const [phone] = challenge.mfaDevices.phones;
    const mfaToken = challenge.mfaToken;
    const sent = await postJson(backend, mockPaths.smsCode(phone?.id ?? ''), { mfaToken });
    const verified = await postJson(backend, mockPaths.smsCodeVerify(phone?.id ?? ''), {
      ...(await readJson<{ otcToken: string }>(sent)),
      code: backend.outbox.latest({ channel: 'sms' })?.code,
      mfaToken,
    });
    const { accessToken: steppedUp } = await readJson<{ accessToken: string }>(verified);
    expect(decodeJwt(steppedUp)).toMatchObject({
      acr: MULTI_FACTOR_ACR,
      amr: ['pwd', 'sms', 'mfa'],
    });
  });

  it("refuses a user with no second factor as Frontegg does: 400 ER-01097 'MFA is not enrolled'", async () => {
    const { backend, accessToken } = await signedInWithoutFactor();
    const response = await generate(backend, accessToken, { maxAge: 300 });
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['MFA is not enrolled'],
      errorCode: MOCK_ERROR_CODES.mfaNotEnrolled,
    });
  });

  it.each([
    ['no Authorization', {}],
    [
      'a vendor token, even naming the user',
      { authorization: 'Bearer vendor-token', 'frontegg-user-id': DEMO_USER.id },
    ],
  ])('is a 401 with %s: only the user can prove their own sign-in again', async (_, headers) => {
    const response = await callMock(createMockBackend(), mockPaths.stepUpGenerate, {
      body: {},
      headers,
    });
    expect(response.status).toBe(401);
    expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.unauthorized);
  });

  it('refuses a maxAge that is not a number (400 ER-01100) and a token that expired (401)', async () => {
    const { clock, backend, accessToken } = await signedIn();
    const wrongType = await generate(backend, accessToken, { maxAge: '300' });
    expect(wrongType.status).toBe(400);
    expect(await readJson<ErrorBody>(wrongType)).toEqual({
      errors: ['maxAge must be a number'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
    clock.advance(86_400_000);
    expect((await generate(backend, accessToken)).status).toBe(401);
  });
});

describe('backend.ageSession', () => {
  it('moves the sign-in, issue and expiry times back, keeps the rest, and the token still works', async () => {
    const { backend, accessToken } = await signedIn();
    const aged = await backend.ageSession(accessToken, 600);
    const { auth_time: authTime, iat, exp, ...rest } = decodeJwt(aged);
    const original = decodeJwt(accessToken);
    expect({ authTime, iat, exp }).toEqual({
      authTime: (original.auth_time as number) - 600,
      iat: (original.iat ?? 0) - 600,
      exp: (original.exp ?? 0) - 600,
    });
    expect(rest).toEqual(
      Object.fromEntries(
        Object.entries(original).filter(([claim]) => !['auth_time', 'iat', 'exp'].includes(claim)),
      ),
    );
    const devices = await callMock(backend, mockPaths.devices, { accessToken: aged });
    expect(devices.status).toBe(200);
  });

  it('refuses a token it did not issue, and a negative age', async () => {
    const { backend, accessToken } = await signedIn();
    await expect(backend.ageSession('not.a.token', 60)).rejects.toThrow(/not a valid access token/);
    await expect(backend.ageSession(accessToken, -1)).rejects.toThrow(RangeError);
  });
});

describe('access tokens say how the user signed in', () => {
  it('an authenticator app: acr multi-factor, amr with otp and mfa, auth_time now', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const user = DEMO_USERS.authenticator;
    const login = await postJson(backend, mockPaths.login, {
      email: user.email,
      password: user.password,
    });
    const { mfaToken } = await readJson<{ mfaToken: string }>(login);
    const verified = await postJson(backend, mockPaths.authenticatorVerify, {
      value: await totpCode(user.authenticators[0].secret, clock.now()),
      mfaToken,
    });
    const body = await readJson<Record<string, unknown>>(verified);
    const claims = {
      acr: MULTI_FACTOR_ACR,
      amr: ['pwd', 'otp', 'mfa'],
      auth_time: Math.floor(clock.now() / 1000),
    };
    expect(decodeJwt(String(body.accessToken))).toMatchObject(claims);
    // Beside the token too, as real servers send them.
    expect(body).toMatchObject(claims);
  });
});
