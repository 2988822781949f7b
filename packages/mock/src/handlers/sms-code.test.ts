import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { DEMO_USER } from '../users';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, loginAs, mockPaths, sendEmailCode } from '../testing';

const [usPhone, ukPhone] = DEMO_USER.phones;

describe('POST /resources/auth/v1/user/mfa/sms/{deviceId}', () => {
  it('texts a 6-digit login code to the phone and answers 201 { otcToken, phoneNumber }', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const phone = DEMO_USERS.smsAndAuthenticator.phones[0];
    const mfaToken = await loginAs(backend, DEMO_USERS.smsAndAuthenticator);

    const response = await postJson(backend, mockPaths.smsCode(phone.id), { mfaToken });

    expect(response.status).toBe(201);
    expect(await readJson<unknown>(response)).toEqual({
      otcToken: expect.any(String) as unknown,
      phoneNumber: phone.phoneNumber,
    });
    expect(backend.outbox.latest()).toMatchObject({
      channel: 'sms',
      to: phone.phoneNumber,
      purpose: 'login',
      sentAt: clock.now(),
    });
    expect(backend.outbox.latest()?.code).toMatch(/^\d{6}$/);
  });

  it('holds a resend to the same phone for the cooldown, not one to the other phone or an email code', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, DEMO_USER);
    expect((await postJson(backend, mockPaths.smsCode(usPhone.id), { mfaToken })).status).toBe(201);
    clock.advance(10_000);

    const resend = await postJson(backend, mockPaths.smsCode(usPhone.id), { mfaToken });
    expect(resend.status).toBe(429);
    expect(resend.headers.get('retry-after')).toBe('20');
    expect((await postJson(backend, mockPaths.smsCode(ukPhone.id), { mfaToken })).status).toBe(201);
    await sendEmailCode(backend, mfaToken);
    clock.advance(20_000);
    expect((await postJson(backend, mockPaths.smsCode(usPhone.id), { mfaToken })).status).toBe(201);
  });

  it("answers 404 for a phone that is not the user's, and 401 for an unknown mfaToken", async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USER);
    const other = DEMO_USERS.allFactors.phones[0];
    const notMine = await postJson(backend, mockPaths.smsCode(other.id), { mfaToken });
    expect(notMine.status).toBe(404);
    expect((await readJson<ErrorBody>(notMine)).errorCode).toBe(MOCK_ERROR_CODES.deviceNotFound);
    const unknown = await postJson(backend, mockPaths.smsCode(usPhone.id), {
      mfaToken: 'made-up',
    });
    expect(unknown.status).toBe(401);
    expect(backend.outbox.messages()).toEqual([]);
  });

  it('takes faults scoped to its route name: a failed send sends nothing', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, DEMO_USER);
    backend.faults.failNext(1, { status: 500 }, { route: 'sms-code' });
    await postJson(backend, mockPaths.emailCode, { mfaToken });
    expect((await postJson(backend, mockPaths.smsCode(usPhone.id), { mfaToken })).status).toBe(500);
    expect(backend.outbox.messages().map((message) => message.channel)).toEqual(['email']);
  });

  it.each([
    ['no mfaToken', {}, 'mfaToken is required'],
    ['a numeric mfaToken', { mfaToken: 7 }, 'mfaToken must be a string'],
  ])('answers 400 for %s', async (_, body, message) => {
    const response = await postJson(createMockBackend(), mockPaths.smsCode(usPhone.id), body);
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});
