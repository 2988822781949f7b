import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import type { MockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import {
  createTestClock,
  latestCode,
  loginAs,
  mockPaths,
  signInDemoUser,
  wrongCode,
} from '../testing';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { DEMO_USERS } from '../seeded-users';
import { DEMO_USER } from '../users';

const [usPhone, ukPhone] = DEMO_USER.phones;

async function preDisable(
  backend: MockBackend,
  deviceId: string,
  auth: Record<string, string>,
): Promise<{ otcToken: string; code: string }> {
  const response = await postJson(backend, mockPaths.smsPreDisable(deviceId), {}, auth);
  const { otcToken } = await readJson<{ otcToken: string }>(response);
  return { otcToken, code: backend.outbox.latest({ channel: 'sms' })?.code ?? '' };
}

describe('POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify', () => {
  it('removes the device with the texted code: 200 and no body', async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const { otcToken, code } = await preDisable(backend, usPhone.id, auth);

    const response = await postJson(
      backend,
      mockPaths.smsDisableVerify(usPhone.id),
      { otcToken, code },
      auth,
    );

    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
    expect(backend.devices(DEMO_USER.email).phones).toEqual([
      { id: ukPhone.id, phoneNumber: ukPhone.phoneNumber },
    ]);
    const listed = await backend.handle(
      new Request(`https://api.frontegg.com/identity${mockPaths.devices}`, { headers: auth }),
    );
    expect(((await listed.json()) as { phones: unknown[] }).phones).toHaveLength(1);
  });

  it('serves a vendor token with frontegg-user-id', async () => {
    const backend = createMockBackend();
    const vendor = {
      authorization: 'Bearer vendor-token',
      'frontegg-user-id': DEMO_USER.id,
      'frontegg-tenant-id': DEMO_USER.tenantId,
    };
    const { otcToken, code } = await preDisable(backend, usPhone.id, vendor);
    const response = await postJson(
      backend,
      mockPaths.smsDisableVerify(usPhone.id),
      { otcToken, code },
      {
        authorization: 'Bearer vendor-token',
        'frontegg-user-id': DEMO_USER.id,
      },
    );
    expect(response.status).toBe(200);
  });

  it('answers 400 for a vendor token without frontegg-user-id', async () => {
    const response = await postJson(
      createMockBackend(),
      mockPaths.smsDisableVerify(usPhone.id),
      { otcToken: 'o', code: '123456' },
      {
        authorization: 'Bearer vendor-token',
      },
    );
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'The frontegg-user-id header is required',
    ]);
  });

  it('keeps the device on a wrong code, then burns the code after maxAttempts', async () => {
    const backend = createMockBackend({ maxAttempts: 2 });
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const { otcToken, code } = await preDisable(backend, usPhone.id, auth);
    const attempt = (value: string) =>
      postJson(backend, mockPaths.smsDisableVerify(usPhone.id), { otcToken, code: value }, auth);

    const first = await attempt(wrongCode(code));
    expect(await readJson<ErrorBody>(first)).toEqual({
      errors: ['Invalid code'],
      errorCode: backend.errorCodes.invalidCode,
    });
    expect((await readJson<ErrorBody>(await attempt(wrongCode(code)))).errorCode).toBe(
      backend.errorCodes.tooManyAttempts,
    );
    expect((await readJson<ErrorBody>(await attempt(code))).errorCode).toBe(
      backend.errorCodes.tooManyAttempts,
    );
    expect(backend.devices(DEMO_USER.email).phones).toHaveLength(2);
  });

  it('answers "Code expired" after codeTtlMs', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, codeTtlMs: 120_000 });
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const { otcToken, code } = await preDisable(backend, usPhone.id, auth);
    clock.advance(120_000);
    const response = await postJson(
      backend,
      mockPaths.smsDisableVerify(usPhone.id),
      { otcToken, code },
      auth,
    );
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['Code expired'],
      errorCode: backend.errorCodes.expired,
    });
  });

  it("answers 400 for an otcToken issued for the user's other device", async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const { otcToken, code } = await preDisable(backend, usPhone.id, auth);
    const response = await postJson(
      backend,
      mockPaths.smsDisableVerify(ukPhone.id),
      { otcToken, code },
      auth,
    );
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['otcToken was not issued for this device: send a new code'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('answers 404 once the device is gone', async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const { otcToken, code } = await preDisable(backend, usPhone.id, auth);
    await postJson(backend, mockPaths.smsDisableVerify(usPhone.id), { otcToken, code }, auth);
    const again = await postJson(
      backend,
      mockPaths.smsDisableVerify(usPhone.id),
      { otcToken, code },
      auth,
    );
    expect(again.status).toBe(404);
    expect((await readJson<ErrorBody>(again)).errorCode).toBe(MOCK_ERROR_CODES.deviceNotFound);
  });

  it('rate-limits the route at 10 calls a minute by default', async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const statuses: number[] = [];
    for (let call = 0; call < 11; call += 1) {
      statuses.push(
        (
          await postJson(
            backend,
            mockPaths.smsDisableVerify(usPhone.id),
            { otcToken: 'o', code: '123456' },
            auth,
          )
        ).status,
      );
    }
    expect(statuses.slice(0, 10).every((status) => status === 400)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it.each([
    ['no otcToken', { code: '123456' }, 'otcToken is required'],
    ['no code', { otcToken: 'o' }, 'code is required'],
    ['a null code', { otcToken: 'o', code: null }, 'code is required'],
    ['a boolean otcToken', { otcToken: true, code: '123456' }, 'otcToken must be a string'],
  ])('answers 400 for %s', async (_, body, message) => {
    const backend = createMockBackend();
    const response = await postJson(backend, mockPaths.smsDisableVerify(usPhone.id), body, {
      authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}`,
    });
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: [message],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});

describe('POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify without a code ({})', () => {
  it('removes the phone of a user who keeps another factor, as Frontegg’s SDK skips the pre-disable', async () => {
    const backend = createMockBackend();
    const auth = { authorization: `Bearer ${(await signInDemoUser(backend)).accessToken}` };
    const [phone] = DEMO_USER.phones;
    const response = await postJson(backend, mockPaths.smsDisableVerify(phone.id), {}, auth);
    expect(response.status).toBe(200);
    expect(backend.devices(DEMO_USER.email).phones.map(({ id }) => id)).not.toContain(phone.id);
  });

  it('refuses it for the user’s only factor: the pre-disable must send a code first', async () => {
    const onlyPhone = DEMO_USERS.smsOnly;
    const [phone] = onlyPhone.phones;
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, onlyPhone);
    const sent = await postJson(backend, mockPaths.smsCode(phone.id), { mfaToken });
    const { otcToken } = await readJson<{ otcToken: string }>(sent);
    const signedIn = await postJson(backend, mockPaths.smsCodeVerify(phone.id), {
      otcToken,
      code: latestCode(backend, 'sms'),
      mfaToken,
    });
    const { accessToken } = await readJson<{ accessToken: string }>(signedIn);
    const response = await postJson(
      backend,
      mockPaths.smsDisableVerify(phone.id),
      {},
      {
        authorization: `Bearer ${accessToken}`,
      },
    );
    expect(response.status).toBe(400);
    expect((await readJson<ErrorBody>(response)).errors).toEqual([
      'This is the only MFA device: send a code with the pre-disable step first',
    ]);
    expect(backend.devices(onlyPhone.email).phones).toHaveLength(1);
  });
});
