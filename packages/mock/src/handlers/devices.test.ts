import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { MOCK_ERROR_CODES } from '../errors';
import { createTestClock, mockPaths, signInDemoUser } from '../testing';
import { DEMO_USERS } from '../seeded-users';
import { type ErrorBody, get, readJson } from '../test-helpers';
import { MOCK_JWT_ISSUER } from '../tokens';
import { DEMO_USER } from '../users';

const demoDevices = {
  webauthn: [],
  phones: DEMO_USER.phones.map((phone) => ({ id: phone.id, phoneNumber: phone.phoneNumber })),
  authenticators: [],
  emails: [{ email: DEMO_USER.email }],
};

describe('GET /resources/users/v1/mfa/devices', () => {
  it("lists the signed-in user's devices, found by the bearer JWT alone", async () => {
    const backend = createMockBackend();
    const accessToken = (await signInDemoUser(backend)).accessToken;
    const response = await get(backend, mockPaths.devices, {
      authorization: `Bearer ${accessToken}`,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(demoDevices);
  });

  it('lists passkeys, security keys and authenticator apps too, without their secrets', async () => {
    const user = DEMO_USERS.allFactors;
    const response = await get(createMockBackend(), mockPaths.devices, {
      authorization: 'Bearer vendor-token',
      'frontegg-user-id': user.id,
    });
    expect(await response.json()).toEqual({
      webauthn: user.webauthn.map(({ id, deviceType, name }) => ({ id, deviceType, name })),
      phones: user.phones.map(({ id, phoneNumber }) => ({ id, phoneNumber })),
      authenticators: user.authenticators.map(({ id }) => ({ id })),
      emails: [{ email: user.email }],
    });
  });

  it('serves a vendor token that names the user in frontegg-user-id', async () => {
    const response = await get(createMockBackend(), mockPaths.devices, {
      authorization: 'Bearer vendor-token',
      'frontegg-user-id': DEMO_USER.id,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(demoDevices);
  });

  it('answers 401 without Authorization, and for a scheme other than Bearer', async () => {
    const backend = createMockBackend();
    for (const headers of [{}, { authorization: 'Basic abc' }]) {
      const response = await get(backend, mockPaths.devices, headers);
      expect(response.status).toBe(401);
      expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.unauthorized);
    }
  });

  it('answers 401 for a mock JWT that has expired or was tampered with', async () => {
    const clock = createTestClock();
    const backend = createMockBackend({ now: clock.now });
    const accessToken = (await signInDemoUser(backend)).accessToken;
    const [header, , signature] = accessToken.split('.');
    const forged = `${header}.${Buffer.from(JSON.stringify({ sub: 'someone-else', iss: MOCK_JWT_ISSUER })).toString('base64url')}.${signature}`;
    expect(
      (await get(backend, mockPaths.devices, { authorization: `Bearer ${forged}` })).status,
    ).toBe(401);

    clock.advance(86_400_000);
    const expired = await get(backend, mockPaths.devices, {
      authorization: `Bearer ${accessToken}`,
    });
    expect(expired.status).toBe(401);
    expect((await readJson<ErrorBody>(expired)).errors).toEqual([
      'Unauthorized: the access token is expired or invalid; sign in again',
    ]);
  });

  it('answers 400 for a vendor token without frontegg-user-id', async () => {
    const response = await get(createMockBackend(), mockPaths.devices, {
      authorization: 'Bearer vendor-token',
    });
    expect(response.status).toBe(400);
    expect(await readJson<ErrorBody>(response)).toEqual({
      errors: ['The frontegg-user-id header is required'],
      errorCode: MOCK_ERROR_CODES.badRequest,
    });
  });

  it('answers 404 for a vendor call about an unknown user', async () => {
    const response = await get(createMockBackend(), mockPaths.devices, {
      authorization: 'Bearer vendor-token',
      'frontegg-user-id': 'nobody',
    });
    expect(response.status).toBe(404);
    expect((await readJson<ErrorBody>(response)).errorCode).toBe(MOCK_ERROR_CODES.deviceNotFound);
  });

  it('answers 403 when frontegg-tenant-id names a tenant the user is not in', async () => {
    const response = await get(createMockBackend(), mockPaths.devices, {
      authorization: 'Bearer vendor-token',
      'frontegg-user-id': DEMO_USER.id,
      'frontegg-tenant-id': 'another-tenant',
    });
    expect(response.status).toBe(403);
    expect((await readJson<ErrorBody>(response)).errorCode).toBe('ER-00008');
  });
});
