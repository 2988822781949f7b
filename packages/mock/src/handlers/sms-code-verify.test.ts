import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import type { MockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USER } from '../users';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, loginAs, mockPaths, sendEmailCode, wrongCode } from '../testing';

const [usPhone, ukPhone] = DEMO_USER.phones;

/** Texts a login code to `deviceId`: its `otcToken` and the code from the outbox. */
async function sendSmsCode(backend: MockBackend, mfaToken: string, deviceId: string) {
  const response = await postJson(backend, mockPaths.smsCode(deviceId), { mfaToken });
  if (response.status !== 201) throw new Error(`sms code answered ${response.status}`);
  const { otcToken } = await readJson<{ otcToken: string }>(response);
  return { otcToken, code: backend.outbox.latest({ channel: 'sms' })?.code ?? '' };
}

async function expectError(response: Response, status: number, body: ErrorBody): Promise<void> {
  expect(response.status).toBe(status);
  expect(await readJson<ErrorBody>(response)).toEqual(body);
}

describe('POST /resources/auth/v1/user/mfa/sms/{deviceId}/verify', () => {
  it('signs the user in with the texted code: 201, the mfaToken spent', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USER);
    const sent = await sendSmsCode(backend, mfaToken, usPhone.id);

    const response = await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), {
      ...sent,
      mfaToken,
      rememberDevice: false,
    });

    expect(response.status).toBe(201);
    expect(await readJson<Record<string, unknown>>(response)).toMatchObject({
      mfaRequired: false,
      userId: DEMO_USER.id,
      amr: ['pwd', 'sms', 'mfa'],
    });
    const again = await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), {
      ...sent,
      mfaToken,
    });
    expect(again.status).toBe(401);
  });

  it('refuses a wrong code, burns the code on the maxAttempts-th, and keeps the email code of the login apart', async () => {
    const backend = createMockBackend({ maxAttempts: 2 });
    const mfaToken = await loginAs(backend, DEMO_USER);
    const email = await sendEmailCode(backend, mfaToken);
    const sms = await sendSmsCode(backend, mfaToken, usPhone.id);
    const attempt = (code: string) =>
      postJson(backend, mockPaths.smsCodeVerify(usPhone.id), { ...sms, code, mfaToken });

    await expectError(await attempt(wrongCode(sms.code)), 400, {
      errors: ['Invalid code'],
      errorCode: backend.errorCodes.invalidCode,
    });
    await expectError(await attempt(wrongCode(sms.code)), 400, {
      errors: ['Too many attempts'],
      errorCode: backend.errorCodes.tooManyAttempts,
    });
    await expectError(await attempt(sms.code), 400, {
      errors: ['Too many attempts'],
      errorCode: backend.errorCodes.tooManyAttempts,
    });
    const emailVerify = await postJson(backend, '/resources/auth/v1/user/mfa/emailcode/verify', {
      ...email,
      mfaToken,
    });
    expect(emailVerify.status).toBe(201);
  });

  it('answers "Code expired" after codeTtlMs, and for a code a resend replaced', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, codeTtlMs: 60_000 });
    const mfaToken = await loginAs(backend, DEMO_USER);
    const first = await sendSmsCode(backend, mfaToken, usPhone.id);
    clock.advance(30_000);
    const second = await sendSmsCode(backend, mfaToken, usPhone.id);
    await expectError(
      await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), { ...first, mfaToken }),
      400,
      { errors: ['Code expired: a newer code was sent'], errorCode: backend.errorCodes.expired },
    );
    clock.advance(60_000);
    await expectError(
      await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), { ...second, mfaToken }),
      400,
      { errors: ['Code expired'], errorCode: backend.errorCodes.expired },
    );
  });

  it("answers 400 for an otcToken of another phone, or of the login's email code", async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USER);
    const toUk = await sendSmsCode(backend, mfaToken, ukPhone.id);
    const email = await sendEmailCode(backend, mfaToken);
    for (const sent of [toUk, email]) {
      await expectError(
        await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), { ...sent, mfaToken }),
        400,
        {
          errors: ['otcToken was not issued for this MFA token: send a new code'],
          errorCode: MOCK_ERROR_CODES.badRequest,
        },
      );
    }
  });

  it('is rate-limited, and takes faults scoped to its route name', async () => {
    const backend = createMockBackend({ rateLimit: { limit: 1, windowMs: 60_000 } });
    const body = { otcToken: 'o', code: '123456', mfaToken: 'm' };
    backend.faults.malformedNext(1, { route: 'sms-code-verify' });
    const malformed = await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), body);
    expect(malformed.status).toBe(201);
    await expect(malformed.json()).rejects.toThrow();
    expect((await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), body)).status).toBe(401);
    expect((await postJson(backend, mockPaths.smsCodeVerify(usPhone.id), body)).status).toBe(429);
  });

  it.each([
    ['no otcToken', { code: '123456', mfaToken: 'm' }, 'otcToken is required'],
    ['no code', { otcToken: 'o', mfaToken: 'm' }, 'code is required'],
    ['no mfaToken', { otcToken: 'o', code: '123456' }, 'mfaToken is required'],
    [
      'a string rememberDevice',
      { otcToken: 'o', code: '123456', mfaToken: 'm', rememberDevice: 'no' },
      'rememberDevice must be a boolean',
    ],
  ])('answers 400 for %s', async (_, body, message) => {
    await expectError(
      await postJson(createMockBackend(), mockPaths.smsCodeVerify(usPhone.id), body),
      400,
      { errors: [message], errorCode: MOCK_ERROR_CODES.badRequest },
    );
  });
});
