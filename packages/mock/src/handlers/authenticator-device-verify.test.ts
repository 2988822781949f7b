import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { DEMO_USERS } from '../seeded-users';
import { totpCode } from '../totp';
import { type ErrorBody, postJson, readJson } from '../test-helpers';
import { createTestClock, loginAs, mockPaths } from '../testing';

const user = DEMO_USERS.smsAndAuthenticator;
const app = user.authenticators[0];

describe('POST /resources/auth/v1/user/mfa/authenticator/{deviceId}/verify', () => {
  it("signs the user in with that app's code", async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, user);
    const response = await postJson(backend, mockPaths.authenticatorDeviceVerify(app.id), {
      value: await totpCode(app.secret, clock.now()),
      mfaToken,
    });
    expect(response.status).toBe(201);
    expect(await readJson<Record<string, unknown>>(response)).toMatchObject({
      mfaRequired: false,
      userId: user.id,
    });
  });

  it("refuses another app's code, and shares the login's count of wrong codes with /mfa/verify", async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now, maxAttempts: 2 });
    const mfaToken = await loginAs(backend, user);
    const otherAppsCode = await totpCode(
      DEMO_USERS.authenticator.authenticators[0].secret,
      clock.now(),
    );
    const first = await postJson(backend, mockPaths.authenticatorVerify, {
      value: otherAppsCode,
      mfaToken,
    });
    expect((await readJson<ErrorBody>(first)).errors).toEqual(['Invalid code']);
    const second = await postJson(backend, mockPaths.authenticatorDeviceVerify(app.id), {
      value: otherAppsCode,
      mfaToken,
    });
    expect((await readJson<ErrorBody>(second)).errors).toEqual(['Too many attempts']);
  });

  it("answers 404 for a device that is not one of the user's apps", async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const mfaToken = await loginAs(backend, user);
    const response = await postJson(
      backend,
      mockPaths.authenticatorDeviceVerify(DEMO_USERS.authenticator.authenticators[0].id),
      { value: await totpCode(app.secret, clock.now()), mfaToken },
    );
    expect(response.status).toBe(404);
    expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.deviceNotFound);
  });

  it('takes faults scoped to its route name', async () => {
    const backend = createMockBackend();
    backend.faults.schemaBreakNext(1, { route: 'authenticator-device-verify' });
    const response = await postJson(backend, mockPaths.authenticatorDeviceVerify(app.id), {});
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      mfaRequired: false,
      accessToken: 42,
      expiresIn: 'soon',
    });
  });

  it('answers 400 for a body without value', async () => {
    const response = await postJson(
      createMockBackend(),
      mockPaths.authenticatorDeviceVerify(app.id),
      {
        mfaToken: 'm',
      },
    );
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['value is required'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });
});
