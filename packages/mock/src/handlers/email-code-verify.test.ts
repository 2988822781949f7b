import { jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import type { MockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { createTestClock, loginDemoUser, mockPaths, sendEmailCode, wrongCode } from '../testing';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { MOCK_JWT_ISSUER, MOCK_JWT_SECRET } from '../tokens';
import { DEMO_USER } from '../users';

async function expectError(response: Response, status: number, body: ErrorBody): Promise<void> {
  expect(response.status).toBe(status);
  expect(await readJson<ErrorBody>(response)).toEqual(body);
}

// The backend's own codes: a tenant-style backend draws them from its seed.
const invalidCode = (backend: MockBackend) => ({
  errors: ['Invalid code'],
  errorCode: backend.errorCodes.invalidCode,
});
const tooManyAttempts = (backend: MockBackend) => ({
  errors: ['Too many attempts'],
  errorCode: backend.errorCodes.tooManyAttempts,
});

describe('POST /resources/auth/v1/user/mfa/emailcode/verify', () => {
  it('signs the user in with the emailed code: 201 and a JWT signed with the public mock key', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ seed: 7, now: clock.now });
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);

    const response = await postJson(backend, mockPaths.emailCodeVerify, {
      mfaToken,
      otcToken,
      code,
      rememberDevice: true,
    });

    expect(response.status).toBe(201);
    const body = await readJson<Record<string, unknown>>(response);
    expect(body).toMatchObject({
      tokenType: 'bearer',
      mfaRequired: false,
      expiresIn: 86_400,
      userId: DEMO_USER.id,
      userEmail: DEMO_USER.email,
    });
    expect(body.expires).toBe(new Date(clock.now() + 86_400_000).toUTCString());
    expect(body.refreshToken).toEqual(expect.any(String));
    const { payload, protectedHeader } = await jwtVerify(
      String(body.accessToken),
      new TextEncoder().encode(MOCK_JWT_SECRET),
      {
        currentDate: new Date(clock.now()),
      },
    );
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({
      sub: DEMO_USER.id,
      email: DEMO_USER.email,
      tenantId: DEMO_USER.tenantId,
      iss: MOCK_JWT_ISSUER,
    });
    expect(payload.exp).toBe(Math.floor(clock.now() / 1000) + 86_400);
  });

  it('answers "Invalid code" for a wrong code and still accepts the right one after', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);

    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, {
        mfaToken,
        otcToken,
        code: wrongCode(code),
      }),
      400,
      invalidCode(backend),
    );
    expect(
      (await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code })).status,
    ).toBe(201);
  });

  it('burns the code on the maxAttempts-th wrong try; the right code then fails too', async () => {
    const backend = createMockBackend({ maxAttempts: 3 });
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    const attempt = (value: string) =>
      postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code: value });

    await expectError(await attempt(wrongCode(code)), 400, invalidCode(backend));
    await expectError(await attempt(wrongCode(code)), 400, invalidCode(backend));
    await expectError(await attempt(wrongCode(code)), 400, tooManyAttempts(backend));
    await expectError(await attempt(code), 400, tooManyAttempts(backend));
  });

  it('lets a new code start the attempts afresh', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ maxAttempts: 1, now: clock.now });
    const mfaToken = await loginDemoUser(backend);
    const first = await sendEmailCode(backend, mfaToken);
    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, {
        mfaToken,
        otcToken: first.otcToken,
        code: wrongCode(first.code),
      }),
      400,
      tooManyAttempts(backend),
    );
    clock.advance(30_000);
    const second = await sendEmailCode(backend, mfaToken);
    expect(
      (await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, ...second })).status,
    ).toBe(201);
  });

  it('answers "Code expired" once the code has lived codeTtlMs, right code or not', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ codeTtlMs: 60_000, now: clock.now });
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    clock.advance(59_999);
    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, {
        mfaToken,
        otcToken,
        code: wrongCode(code),
      }),
      400,
      invalidCode(backend),
    );
    clock.advance(1);
    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code }),
      400,
      {
        errors: ['Code expired'],
        errorCode: backend.errorCodes.expired,
      },
    );
  });

  it('accepts a code once: the mfaToken and the code are spent', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    expect(
      (await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code })).status,
    ).toBe(201);

    const again = await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code });
    expect(again.status).toBe(401);
    expect((await readJson<ErrorBody>(again)).errorCode).toBe(MOCK_ERROR_CODES.invalidMfaToken);
  });

  it('answers "expired" for a code a resend replaced, and accepts the new one', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginDemoUser(backend);
    const first = await sendEmailCode(backend, mfaToken);
    clock.advance(30_000);
    const second = await sendEmailCode(backend, mfaToken);

    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, ...first }),
      400,
      {
        errors: ['Code expired: a newer code was sent'],
        errorCode: backend.errorCodes.expired,
      },
    );
    expect(
      (await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, ...second })).status,
    ).toBe(201);
  });

  it('answers 400 for an otcToken that belongs to another login', async () => {
    const backend = createMockBackend();
    const mine = await loginDemoUser(backend);
    const theirs = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, theirs);
    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, { mfaToken: mine, otcToken, code }),
      400,
      {
        errors: ['otcToken was not issued for this MFA token: send a new code'],
        errorCode: MOCK_ERROR_CODES.badRequest,
      },
    );
  });

  it('answers 401 for an unknown mfaToken and "expired" for an old one', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({
      now: clock.now,
      codeTtlMs: 3_600_000,
      mfaTokenTtlMs: 60_000,
    });
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    const unknown = await postJson(backend, mockPaths.emailCodeVerify, {
      mfaToken: 'made-up',
      otcToken,
      code,
    });
    expect(unknown.status).toBe(401);
    clock.advance(60_000);
    await expectError(
      await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code }),
      400,
      {
        errors: ['MFA token expired: sign in again'],
        errorCode: backend.errorCodes.expired,
      },
    );
  });

  it('rate-limits the route: the 11th call in a minute gets 429 with both headers, the next window is open', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    for (let call = 0; call < 10; call += 1) {
      await postJson(backend, mockPaths.emailCodeVerify, { mfaToken: 'made-up', otcToken, code });
    }
    clock.advance(15_000);

    const limited = await postJson(backend, mockPaths.emailCodeVerify, {
      mfaToken,
      otcToken,
      code,
    });

    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('45');
    expect(limited.headers.get('x-rate-limit-reset')).toBe(
      new Date(clock.now() + 45_000).toISOString(),
    );
    expect((await readJson<ErrorBody>(limited)).errorCode).toBe(MOCK_ERROR_CODES.rateLimited);
    clock.advance(45_000);
    expect(
      (await postJson(backend, mockPaths.emailCodeVerify, { mfaToken, otcToken, code })).status,
    ).toBe(201);
  });

  it('honours a custom rate limit', async () => {
    const backend = createMockBackend({ rateLimit: { limit: 1, windowMs: 1_000 } });
    await postJson(backend, mockPaths.emailCodeVerify, {
      mfaToken: 'a',
      otcToken: 'b',
      code: '123456',
    });
    expect(
      (
        await postJson(backend, mockPaths.emailCodeVerify, {
          mfaToken: 'a',
          otcToken: 'b',
          code: '123456',
        })
      ).status,
    ).toBe(429);
  });

  it.each([
    ['no otcToken', { mfaToken: 'm', code: '123456' }, 'otcToken is required'],
    ['no code', { mfaToken: 'm', otcToken: 'o' }, 'code is required'],
    ['no mfaToken', { otcToken: 'o', code: '123456' }, 'mfaToken is required'],
    ['a numeric code', { mfaToken: 'm', otcToken: 'o', code: 123456 }, 'code must be a string'],
    [
      'a string rememberDevice',
      { mfaToken: 'm', otcToken: 'o', code: '123456', rememberDevice: 'yes' },
      'rememberDevice must be a boolean',
    ],
  ])('answers 400 for %s', async (_, body, message) => {
    await expectError(await postJson(createMockBackend(), mockPaths.emailCodeVerify, body), 400, {
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('never puts the code or tokens in an error', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginDemoUser(backend);
    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    const text = await (
      await postJson(backend, mockPaths.emailCodeVerify, {
        mfaToken,
        otcToken,
        code: wrongCode(code),
      })
    ).text();
    for (const secret of [mfaToken, otcToken, code, wrongCode(code)])
      expect(text).not.toContain(secret);
  });
});
