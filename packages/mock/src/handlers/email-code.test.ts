import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { createTestClock, loginDemoUser, mockPaths } from '../testing';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { DEMO_USER } from '../users';

describe('POST /resources/auth/v1/user/mfa/emailcode', () => {
  it('emails a 6-digit code and answers 201 with an otcToken', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ seed: 5, now: clock.now });
    const mfaToken = await loginDemoUser(backend);

    const response = await postJson(backend, mockPaths.emailCode, { mfaToken });

    expect(response.status).toBe(201);
    const body = await readJson<{ otcToken: string }>(response);
    expect(body.otcToken).toEqual(expect.any(String));
    expect(backend.outbox.messages()).toEqual([
      {
        id: 'msg-1',
        channel: 'email',
        to: DEMO_USER.email,
        code: expect.stringMatching(/^\d{6}$/) as unknown,
        sentAt: clock.now(),
        purpose: 'login',
      },
    ]);
  });

  it('refuses a resend inside the cooldown with 429, Retry-After and X-Rate-Limit-Reset', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, resendCooldownMs: 30_000 });
    const mfaToken = await loginDemoUser(backend);
    await postJson(backend, mockPaths.emailCode, { mfaToken });
    clock.advance(10_500);

    const response = await postJson(backend, mockPaths.emailCode, { mfaToken });

    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('20');
    expect(response.headers.get('x-rate-limit-reset')).toBe(
      new Date(clock.now() + 19_500).toISOString(),
    );
    expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.rateLimited);
    expect(backend.outbox.messages()).toHaveLength(1);
  });

  it('resends once the cooldown is over, with a new otcToken', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, resendCooldownMs: 30_000 });
    const mfaToken = await loginDemoUser(backend);
    const first = await readJson<{ otcToken: string }>(
      await postJson(backend, mockPaths.emailCode, { mfaToken }),
    );
    clock.advance(30_000);

    const second = await postJson(backend, mockPaths.emailCode, { mfaToken });

    expect(second.status).toBe(201);
    expect((await readJson<{ otcToken: string }>(second)).otcToken).not.toBe(first.otcToken);
    expect(backend.outbox.messages()).toHaveLength(2);
  });

  it('keeps cooldowns apart per login', async () => {
    const backend = createMockBackend();
    const first = await loginDemoUser(backend);
    const second = await loginDemoUser(backend);
    await postJson(backend, mockPaths.emailCode, { mfaToken: first });
    expect((await postJson(backend, mockPaths.emailCode, { mfaToken: second })).status).toBe(201);
  });

  it('answers 401 for an mfaToken it never issued', async () => {
    const response = await postJson(createMockBackend(), mockPaths.emailCode, {
      mfaToken: 'made-up',
    });
    expect(response.status).toBe(401);
    expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.invalidMfaToken);
  });

  it('answers "expired" for an mfaToken past its lifetime', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, mfaTokenTtlMs: 60_000 });
    const mfaToken = await loginDemoUser(backend);
    clock.advance(60_000);
    const response = await postJson(backend, mockPaths.emailCode, { mfaToken });
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['MFA token expired: sign in again'],
      errorCode: backend.errorCodes.expired,
    });
  });

  it('answers ER-01097 for a user without email MFA', async () => {
    const backend = createMockBackend({
      users: [
        {
          email: 'sms@example.com',
          password: 'pw',
          name: 'Sam',
          emailMfa: false,
          phones: [{ id: 'p1', phoneNumber: '+15550100000' }],
        },
      ],
    });
    const login = await readJson<{ mfaToken: string }>(
      await postJson(backend, mockPaths.login, { email: 'sms@example.com', password: 'pw' }),
    );
    const response = await postJson(backend, mockPaths.emailCode, { mfaToken: login.mfaToken });
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['MFA is not enrolled'],
      errorCode: 'ER-01097',
    });
  });

  it.each([
    ['no mfaToken', {}, 'mfaToken is required'],
    ['a numeric mfaToken', { mfaToken: 1 }, 'mfaToken must be a string'],
  ])('answers 400 for %s', async (_, body, message) => {
    const response = await postJson(createMockBackend(), mockPaths.emailCode, body);
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});
