import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { TEST_BASE_URL, mockPaths } from '../testing';
import { DEMO_USERS } from '../seeded-users';
import { DEMO_USER } from '../users';

describe('POST /resources/auth/v1/user', () => {
  it('asks the demo user for a second factor: mfaToken and their devices', async () => {
    const backend = createMockBackend({ seed: 1 });
    const response = await postJson(backend, mockPaths.login, {
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });

    expect(response.status).toBe(200);
    const body = await readJson<Record<string, unknown>>(response);
    expect(body).toMatchObject({
      mfaRequired: true,
      mfaEnrolled: true,
      mfaDevices: {
        webauthn: [],
        phones: DEMO_USER.phones.map((phone) => ({ id: phone.id, phoneNumber: phone.phoneNumber })),
        authenticators: [],
        emails: [{ email: DEMO_USER.email }],
      },
    });
    expect(body.mfaToken).toEqual(expect.any(String));
    // The specification requires these even here; they carry nothing usable.
    expect(body).toMatchObject({ accessToken: '', refreshToken: '', expiresIn: 0, expires: '' });
  });

  it.each([
    ['the demo user', DEMO_USER, ['SMS', 'EmailCode']],
    ['email only', DEMO_USERS.emailOnly, ['EmailCode']],
    ['authenticator only', DEMO_USERS.authenticator, ['AuthenticatorApp']],
    ['SMS + authenticator', DEMO_USERS.smsAndAuthenticator, ['AuthenticatorApp', 'SMS']],
    ['SMS only', DEMO_USERS.smsOnly, ['SMS']],
    [
      'passkey + security key',
      DEMO_USERS.passkeyAndRecovery,
      ['WebAuthnPlatform', 'WebAuthnCrossPlatform'],
    ],
    [
      'all factors',
      DEMO_USERS.allFactors,
      ['AuthenticatorApp', 'WebAuthnPlatform', 'WebAuthnCrossPlatform', 'SMS', 'EmailCode'],
    ],
  ])('names what %s has: mfaDevices and mfaStrategies', async (_, user, strategies) => {
    const response = await postJson(createMockBackend(), mockPaths.login, {
      email: user.email,
      password: user.password,
    });
    const body = await readJson<Record<string, unknown>>(response);
    const webauthn = 'webauthn' in user ? user.webauthn : [];
    const authenticators = 'authenticators' in user ? user.authenticators : [];
    expect(body).toMatchObject({
      mfaRequired: true,
      mfaStrategies: strategies,
      mfaDevices: {
        webauthn: webauthn.map(({ id, deviceType, name }) => ({ id, deviceType, name })),
        phones: user.phones.map(({ id, phoneNumber }) => ({ id, phoneNumber })),
        authenticators: authenticators.map(({ id }) => ({ id })),
        emails: strategies.includes('EmailCode') ? [{ email: user.email }] : [],
      },
    });
  });

  it('matches the email case-insensitively and accepts it as username', async () => {
    const backend = createMockBackend();
    const byEmail = await postJson(backend, mockPaths.login, {
      email: DEMO_USER.email.toUpperCase(),
      password: DEMO_USER.password,
    });
    const byUsername = await postJson(backend, mockPaths.login, {
      username: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    expect([byEmail.status, byUsername.status]).toEqual([200, 200]);
  });

  it('signs a user without MFA straight in', async () => {
    const backend = createMockBackend({
      users: [{ email: 'plain@example.com', password: 'pw', name: 'Plain', emailMfa: false }],
    });
    const response = await postJson(backend, mockPaths.login, {
      email: 'plain@example.com',
      password: 'pw',
    });
    expect(response.status).toBe(200);
    const body = await readJson<Record<string, unknown>>(response);
    expect(body).toMatchObject({
      mfaRequired: false,
      userEmail: 'plain@example.com',
      expiresIn: 86_400,
    });
    expect(decodeJwt(String(body.accessToken)).email).toBe('plain@example.com');
  });

  it.each([
    ['a wrong password', { email: DEMO_USER.email, password: 'nope' }],
    ['an unknown email', { email: 'who@example.com', password: DEMO_USER.password }],
  ])('answers 401 for %s, without saying which part was wrong', async (_, body) => {
    const response = await postJson(createMockBackend(), mockPaths.login, body);
    expect(response.status).toBe(401);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['Incorrect email or password'],
      errorCode: MOCK_ERROR_CODES.invalidCredentials,
    });
    expect(response.headers.get('frontegg-trace-id')).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each([
    ['no password', { email: DEMO_USER.email }, 'password is required'],
    ['a numeric password', { email: DEMO_USER.email, password: 1234 }, 'password must be a string'],
    ['no email or username', { password: DEMO_USER.password }, 'email or username is required'],
    [
      'a non-string email',
      { email: ['a'], password: DEMO_USER.password },
      'email must be a string',
    ],
    [
      'a non-string recaptchaToken',
      { email: DEMO_USER.email, password: DEMO_USER.password, recaptchaToken: 1 },
      'recaptchaToken must be a string',
    ],
    [
      'an array body',
      [DEMO_USER.email, DEMO_USER.password],
      'The request body must be a JSON object',
    ],
    ['a null body', null, 'The request body must be a JSON object'],
  ])('answers 400 for %s', async (_, body, message) => {
    const response = await postJson(createMockBackend(), mockPaths.login, body);
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('answers 400 for a body that is not JSON, without echoing it', async () => {
    const response = await createMockBackend().handle(
      new Request(`${TEST_BASE_URL}${mockPaths.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"password": "${DEMO_USER.password}"`,
      }),
    );
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({
      errors: ['The request body is not valid JSON'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
    expect(text).not.toContain(DEMO_USER.password);
  });

  it('answers 400 for an empty body', async () => {
    const response = await createMockBackend().handle(
      new Request(`${TEST_BASE_URL}${mockPaths.login}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'The request body is required and must be a JSON object',
    ]);
  });

  it.each([['text/plain'], [null]])('answers 400 when Content-Type is %s', async (contentType) => {
    const headers = new Headers();
    if (contentType !== null) headers.set('content-type', contentType);
    const request = new Request(`${TEST_BASE_URL}${mockPaths.login}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ email: DEMO_USER.email, password: DEMO_USER.password }),
    });
    // A string body makes fetch add text/plain; remove it to test a request that names no type at all.
    if (contentType === null) request.headers.delete('content-type');
    const response = await createMockBackend().handle(request);
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'Content-Type must be application/json',
    ]);
  });

  it('accepts a JSON Content-Type with a charset', async () => {
    const response = await postJson(
      createMockBackend(),
      mockPaths.login,
      { email: DEMO_USER.email, password: DEMO_USER.password },
      {
        'content-type': 'application/json; charset=utf-8',
      },
    );
    expect(response.status).toBe(200);
  });
});
