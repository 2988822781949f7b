import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import type { MockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { MOCK_JWT_SECRET } from '../tokens';
import { totpCode } from '../totp';
import { DEMO_USER } from '../users';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, loginAs, mockPaths, wrongTotp } from '../testing';

const user = DEMO_USERS.authenticator;
const secret = user.authenticators[0].secret;

async function expectError(response: Response, status: number, body: ErrorBody): Promise<void> {
  expect(response.status).toBe(status);
  expect(await readJson<ErrorBody>(response)).toEqual(body);
}

const invalidCode = (backend: MockBackend) => ({
  errors: ['Invalid code'],
  errorCode: backend.errorCodes.invalidCode,
});
const tooManyAttempts = (backend: MockBackend) => ({
  errors: ['Too many attempts'],
  errorCode: backend.errorCodes.tooManyAttempts,
});

describe('POST /resources/auth/v1/user/mfa/verify (authenticator app)', () => {
  it('signs the user in with the code the app shows: 201 and a JWT, the mfaToken spent', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, user);
    const value = await totpCode(secret, clock.now());

    const response = await postJson(backend, mockPaths.authenticatorVerify, {
      value,
      mfaToken,
      rememberDevice: true,
    });

    expect(response.status).toBe(201);
    const body = await readJson<Record<string, unknown>>(response);
    expect(body).toMatchObject({ mfaRequired: false, userId: user.id, amr: ['pwd', 'otp', 'mfa'] });
    const { payload } = await jwtVerify(
      String(body.accessToken),
      new TextEncoder().encode(MOCK_JWT_SECRET),
      { currentDate: new Date(clock.now()) },
    );
    expect(payload.sub).toBe(user.id);
    const again = await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken });
    expect(again.status).toBe(401);
  });

  it('accepts the code of the step before or after (clock drift), not two steps away', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    for (const [shift, status] of [
      [-30_000, 201],
      [30_000, 201],
      [-60_000, 400],
      [60_000, 400],
    ] as const) {
      const mfaToken = await loginAs(backend, user);
      const value = await totpCode(secret, clock.now() + shift);
      const response = await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken });
      expect(response.status, `code of ${shift} ms`).toBe(status);
    }
  });

  it('checks against every app of the user: the SMS + authenticator user and the all-factors user', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    for (const seeded of [DEMO_USERS.smsAndAuthenticator, DEMO_USERS.allFactors]) {
      const mfaToken = await loginAs(backend, seeded);
      const value = await totpCode(seeded.authenticators[0].secret, clock.now());
      expect(
        (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })).status,
        seeded.email,
      ).toBe(201);
    }
  });

  it('answers "Invalid code" for a wrong code, and the right one still works after', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, user);
    await expectError(
      await postJson(backend, mockPaths.authenticatorVerify, {
        value: await wrongTotp(secret, clock.now()),
        mfaToken,
      }),
      400,
      invalidCode(backend),
    );
    const value = await totpCode(secret, clock.now());
    expect(
      (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })).status,
    ).toBe(201);
  });

  it('counts wrong codes per login: the maxAttempts-th ends the tries, right code or not; a new login starts afresh', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, maxAttempts: 3 });
    const mfaToken = await loginAs(backend, user);
    const wrong = await wrongTotp(secret, clock.now());
    const attempt = (value: string) =>
      postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken });

    await expectError(await attempt(wrong), 400, invalidCode(backend));
    await expectError(await attempt(wrong), 400, invalidCode(backend));
    await expectError(await attempt(wrong), 400, tooManyAttempts(backend));
    await expectError(
      await attempt(await totpCode(secret, clock.now())),
      400,
      tooManyAttempts(backend),
    );

    const fresh = await loginAs(backend, user);
    const value = await totpCode(secret, clock.now());
    expect(
      (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken: fresh })).status,
    ).toBe(201);
  });

  it("answers with the fixed codes of errorCodeStyle 'mock'", async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, errorCodeStyle: 'mock' });
    const mfaToken = await loginAs(backend, user);
    const response = await postJson(backend, mockPaths.authenticatorVerify, {
      value: await wrongTotp(secret, clock.now()),
      mfaToken,
    });
    expect((await readJson<ErrorBody>(response)).errorCode).toBe('ER-01110');
  });

  it('answers ER-01097 for a user without an authenticator app', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USER);
    await expectError(
      await postJson(backend, mockPaths.authenticatorVerify, { value: '123456', mfaToken }),
      400,
      { errors: ['MFA is not enrolled'], errorCode: MOCK_ERROR_CODES.mfaNotEnrolled },
    );
  });

  it('answers 401 for an unknown mfaToken and "expired" for an old one', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, mfaTokenTtlMs: 60_000, codeTtlMs: 60_000 });
    const mfaToken = await loginAs(backend, user);
    const value = await totpCode(secret, clock.now());
    expect(
      (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken: 'made-up' }))
        .status,
    ).toBe(401);
    clock.advance(60_000);
    await expectError(
      await postJson(backend, mockPaths.authenticatorVerify, {
        value: await totpCode(secret, clock.now()),
        mfaToken,
      }),
      400,
      { errors: ['MFA token expired: sign in again'], errorCode: backend.errorCodes.expired },
    );
  });

  it('is rate-limited as the other verify routes are', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({
      now: clock.now,
      rateLimit: { limit: 2, windowMs: 60_000 },
    });
    const mfaToken = await loginAs(backend, user);
    for (let call = 0; call < 2; call += 1) {
      await postJson(backend, mockPaths.authenticatorVerify, {
        value: '000000',
        mfaToken: 'made-up',
      });
    }
    const limited = await postJson(backend, mockPaths.authenticatorVerify, {
      value: await totpCode(secret, clock.now()),
      mfaToken,
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('60');
  });

  it('takes faults scoped to its route name or its old one (totp-verify), and a failed call changes nothing', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, user);
    const value = await totpCode(secret, clock.now());
    backend.faults.failNext(1, { status: 503 }, { route: 'authenticator-verify' });
    backend.faults.networkErrorNext(1, { route: 'authenticator-verify' });
    backend.faults.failNext(1, { status: 502 }, { route: 'totp-verify' });
    expect(
      (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })).status,
    ).toBe(503);
    expect((await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })).type).toBe(
      'error',
    );
    expect(
      (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })).status,
    ).toBe(502);
    expect(
      (await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })).status,
    ).toBe(201);
  });

  it.each([
    ['no value', { mfaToken: 'm' }, 'value is required'],
    ['a numeric value', { value: 123456, mfaToken: 'm' }, 'value must be a string'],
    ['no mfaToken', { value: '123456' }, 'mfaToken is required'],
    [
      'a string rememberDevice',
      { value: '123456', mfaToken: 'm', rememberDevice: 'yes' },
      'rememberDevice must be a boolean',
    ],
  ])('answers 400 for %s', async (_, body, message) => {
    await expectError(
      await postJson(createMockBackend(), mockPaths.authenticatorVerify, body),
      400,
      {
        errors: [message],
        errorCode: MOCK_ERROR_CODES.badRequest,
      },
    );
  });

  it('never puts the code or the token in an error', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, user);
    const value = await wrongTotp(secret, clock.now());
    const text = await (
      await postJson(backend, mockPaths.authenticatorVerify, { value, mfaToken })
    ).text();
    expect(text).not.toContain(value);
    expect(text).not.toContain(mfaToken);
  });
});
