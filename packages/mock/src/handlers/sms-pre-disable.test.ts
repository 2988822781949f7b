import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { TEST_BASE_URL, createTestClock, mockPaths, signInDemoUser } from '../testing';
import { DEMO_USER } from '../users';

const [usPhone, ukPhone] = DEMO_USER.phones;

describe('POST /resources/users/v1/mfa/sms/{deviceId}/disable', () => {
  it('texts a code to the device and answers 200 { otcToken, phoneNumber }', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };

    const response = await postJson(backend, mockPaths.smsPreDisable(ukPhone.id), {}, auth);

    expect(response.status).toBe(200);
    const body = await readJson<{ otcToken: string; phoneNumber: string }>(response);
    expect(body).toEqual({
      otcToken: expect.any(String) as unknown,
      phoneNumber: ukPhone.phoneNumber,
    });
    expect(backend.outbox.latest()).toMatchObject({
      channel: 'sms',
      to: ukPhone.phoneNumber,
      purpose: 'disable-sms',
      sentAt: clock.now(),
    });
    expect(backend.outbox.latest()?.code).toMatch(/^\d{6}$/);
  });

  it('serves a vendor token with both headers the specification requires', async () => {
    const response = await postJson(
      createMockBackend(),
      mockPaths.smsPreDisable(usPhone.id),
      {},
      {
        authorization: 'Bearer vendor-token',
        'frontegg-user-id': DEMO_USER.id,
        'frontegg-tenant-id': DEMO_USER.tenantId,
      },
    );
    expect(response.status).toBe(200);
  });

  it('answers 400 for a vendor token without frontegg-tenant-id', async () => {
    const response = await postJson(
      createMockBackend(),
      mockPaths.smsPreDisable(usPhone.id),
      {},
      {
        authorization: 'Bearer vendor-token',
        'frontegg-user-id': DEMO_USER.id,
      },
    );
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['The frontegg-tenant-id header is required'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('answers 401 without Authorization', async () => {
    expect(
      (await postJson(createMockBackend(), mockPaths.smsPreDisable(usPhone.id), {})).status,
    ).toBe(401);
  });

  it('answers 404 ER-01008 for a device the user does not have, even one smuggling a path', async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    for (const deviceId of ['unknown', `../${usPhone.id}`, `${usPhone.id}/disable`]) {
      const response = await postJson(backend, mockPaths.smsPreDisable(deviceId), {}, auth);
      expect(response.status).toBe(404);
      expect(await readJson<ErrorBody>(response)).toEqual({
        errors: ['MFA device not found'],
        errorCode: MOCK_ERROR_CODES.deviceNotFound,
      });
    }
  });

  it.each([
    ['an array body', []],
    ['a string body', 'disable'],
  ])('answers 400 for %s (the body must be an object)', async (_, body) => {
    const backend = createMockBackend();
    const response = await postJson(backend, mockPaths.smsPreDisable(usPhone.id), body, {
      authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}`,
    });
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'The request body must be a JSON object',
    ]);
  });

  it('answers 400 for a POST without a body', async () => {
    const backend = createMockBackend();
    const response = await backend.handle(
      new Request(`${TEST_BASE_URL}${mockPaths.smsPreDisable(usPhone.id)}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}`,
          'content-type': 'application/json',
        },
      }),
    );
    expect(response.status).toBe(400);
  });

  it('refuses a second SMS to the same device inside the cooldown, but not to another device', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    await postJson(backend, mockPaths.smsPreDisable(usPhone.id), {}, auth);
    clock.advance(1_000);
    const again = await postJson(backend, mockPaths.smsPreDisable(usPhone.id), {}, auth);
    expect(again.status).toBe(429);
    expect(again.headers.get('retry-after')).toBe('29');
    expect((await postJson(backend, mockPaths.smsPreDisable(ukPhone.id), {}, auth)).status).toBe(
      200,
    );
  });
});
