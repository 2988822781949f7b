import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { signInWithTotp } from '../test-factors';
import { type ErrorBody, get, postJson, readJson } from '../test-helpers';
import { latestCode, loginAs, mockPaths, wrongCode } from '../testing';

const newUser = DEMO_USERS.newUser;
const PHONE = '+15550100200';

describe('POST /resources/auth/v1/user/mfa/sms/enroll and …/enroll/verify', () => {
  it('texts a code to the phone (201), whose verify adds the phone and signs in with a recovery code', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, newUser);
    const start = await postJson(backend, mockPaths.enrollSms, { phoneNumber: PHONE, mfaToken });
    expect(start.status).toBe(201);
    const { otcToken } = await readJson<{ otcToken: string }>(start);
    expect(backend.outbox.latest()).toMatchObject({ channel: 'sms', to: PHONE });

    const verify = await postJson(backend, mockPaths.enrollSmsVerify, {
      otcToken,
      code: latestCode(backend, 'sms'),
      mfaToken,
      rememberDevice: false,
    });
    expect(verify.status).toBe(201);
    expect(await readJson(verify)).toMatchObject({
      mfaRequired: false,
      accessToken: expect.any(String) as unknown,
      recoveryCode: expect.any(String) as unknown,
    });
    expect(backend.devices(newUser.email).phones).toEqual([
      { id: expect.any(String) as unknown, phoneNumber: PHONE },
    ]);
    // The token of that login is spent.
    expect(
      (await postJson(backend, mockPaths.enrollSms, { phoneNumber: PHONE, mfaToken })).status,
    ).toBe(401);
  });

  it('refuses a wrong code as an invalid code and adds nothing', async () => {
    const backend = createMockBackend({ errorCodeStyle: 'mock' });
    const mfaToken = await loginAs(backend, newUser);
    const start = await postJson(backend, mockPaths.enrollSms, { phoneNumber: PHONE, mfaToken });
    const { otcToken } = await readJson<{ otcToken: string }>(start);
    const verify = await postJson(backend, mockPaths.enrollSmsVerify, {
      otcToken,
      code: wrongCode(latestCode(backend, 'sms')),
      mfaToken,
    });
    expect(verify.status).toBe(400);
    expect(await readJson<ErrorBody>(verify)).toMatchObject({
      errorCode: MOCK_ERROR_CODES.invalidCode,
    });
    expect(backend.devices(newUser.email).phones).toEqual([]);
  });

  it.each(['15550100200', '+1 555 010 0200', '+0555010020', '+1234567890123456'])(
    'refuses the phone number %s (not E.164), naming no number',
    async (phoneNumber) => {
      const backend = createMockBackend();
      const mfaToken = await loginAs(backend, newUser);
      const response = await postJson(backend, mockPaths.enrollSms, { phoneNumber, mfaToken });
      expect(response.status).toBe(400);
      expect((await readJson<ErrorBody>(response)).errors).toEqual([
        'phoneNumber must be in E.164 form: + and 7 to 15 digits',
      ]);
      expect(backend.outbox.messages()).toEqual([]);
    },
  );

  it('answers a resend inside the cooldown with 429, and an injected fault as told', async () => {
    const backend = createMockBackend();
    const mfaToken = await loginAs(backend, newUser);
    const body = { phoneNumber: PHONE, mfaToken };
    expect((await postJson(backend, mockPaths.enrollSms, body)).status).toBe(201);
    expect((await postJson(backend, mockPaths.enrollSms, body)).status).toBe(429);
    backend.faults.networkErrorNext(1, { route: 'enroll-sms-verify' });
    const failed = await postJson(backend, mockPaths.enrollSmsVerify, {
      otcToken: 'o',
      code: '1',
      mfaToken,
    });
    expect(failed.type).toBe('error');
  });
});

describe('POST /resources/users/v1/mfa/sms/enroll and …/enroll/verify', () => {
  it('adds a phone for a signed-in user: 200 { otcToken }, then 200 with no body', async () => {
    const backend = createMockBackend();
    const user = DEMO_USERS.authenticator;
    const auth = await signInWithTotp(backend, user);
    const start = await postJson(backend, mockPaths.userEnrollSms, { phoneNumber: PHONE }, auth);
    expect(start.status).toBe(200);
    const { otcToken } = await readJson<{ otcToken: string }>(start);
    const verify = await postJson(
      backend,
      mockPaths.userEnrollSmsVerify,
      { otcToken, code: latestCode(backend, 'sms') },
      auth,
    );
    expect(verify.status).toBe(200);
    expect(await verify.text()).toBe('');
    const devices = await readJson<{ phones: unknown[] }>(
      await get(backend, mockPaths.devices, auth),
    );
    expect(devices.phones).toEqual([{ id: expect.any(String) as unknown, phoneNumber: PHONE }]);
  });

  it('answers 403 when the tenant does not offer SMS, and 401 without a token', async () => {
    const backend = createMockBackend({ mfaStrategies: [{ strategy: 'SMS', isActive: false }] });
    const auth = await signInWithTotp(backend, DEMO_USERS.authenticator);
    expect(
      (await postJson(backend, mockPaths.userEnrollSms, { phoneNumber: PHONE }, auth)).status,
    ).toBe(403);
    expect((await postJson(backend, mockPaths.userEnrollSms, { phoneNumber: PHONE })).status).toBe(
      401,
    );
  });
});
