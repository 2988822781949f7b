import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { createTestClock, loginDemoUser, mockPaths } from '../testing';
import { type ErrorBody, get, readJson } from '../test-helpers';

const policyPath = (mfaToken: string) =>
  `${mockPaths.rememberDevicePolicy}?mfaToken=${encodeURIComponent(mfaToken)}`;

describe('GET /resources/configurations/v1/mfa-policy/allow-remember-device', () => {
  it('answers the default policy: allowed, 14 days', async () => {
    const backend = createMockBackend();
    const response = await get(backend, policyPath(await loginDemoUser(backend)));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      isAllowedToRemember: true,
      mfaDeviceExpiration: 1_209_600,
    });
  });

  it('answers the configured policy', async () => {
    const backend = createMockBackend({
      rememberDevice: { isAllowedToRemember: false, mfaDeviceExpiration: 86_400 },
    });
    const response = await get(backend, policyPath(await loginDemoUser(backend)));
    expect(await response.json()).toEqual({
      isAllowedToRemember: false,
      mfaDeviceExpiration: 86_400,
    });
  });

  it.each([
    ['missing', mockPaths.rememberDevicePolicy],
    ['empty', `${mockPaths.rememberDevicePolicy}?mfaToken=`],
  ])('answers 400 when the mfaToken query is %s', async (_, path) => {
    const response = await get(createMockBackend(), path);
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['The mfaToken query parameter is required'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('answers 401 for an unknown mfaToken and "expired" for an old one', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    expect((await get(backend, policyPath('made-up'))).status).toBe(401);
    const mfaToken = await loginDemoUser(backend);
    clock.advance(900_000);
    const expired = await get(backend, policyPath(mfaToken));
    expect(expired.status).toBe(400);
    expect((await readJson<ErrorBody>(expired)).errorCode).toBe(backend.errorCodes.expired);
  });
});
