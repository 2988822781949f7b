import { DEMO_USER } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import { fakeFetch, json } from './test-fetch.js';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import { mockClient, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const noDevices = { webauthn: [], phones: [], authenticators: [], emails: [] };

describe('devices.list request', () => {
  it('GETs with the bearer token from getAccessToken, awaited, and no body', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, noDevices));
    const client = createMfaClient({
      baseUrl: BASE,
      fetch,
      getAccessToken: () => Promise.resolve('h.p.s'),
    });
    await expect(client.devices.list()).resolves.toEqual(noDevices);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url.href).toBe(`${BASE}/resources/users/v1/mfa/devices`);
    expect(request?.body).toBeNull();
    expect([...(request?.headers.entries() ?? [])]).toEqual([['authorization', 'Bearer h.p.s']]);
  });

  it('adds frontegg-user-id and frontegg-tenant-id when configured (vendor-token use)', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, noDevices));
    await createMfaClient({
      baseUrl: BASE,
      fetch,
      userId: 'user-1',
      tenantId: 'tenant-1',
    }).devices.list();
    expect(Object.fromEntries(requests[0]?.headers ?? [])).toEqual({
      'frontegg-user-id': 'user-1',
      'frontegg-tenant-id': 'tenant-1',
    });
  });

  it('reads each device list, keeping device fields it does not know', async () => {
    const devices = {
      webauthn: [{ id: 'w1', deviceType: 'Platform', name: 'Touch ID', createdAt: '2026-01-01' }],
      phones: [{ id: 'p1', phoneNumber: '+1***4567' }],
      authenticators: [{ id: 'a1' }],
      emails: [{ email: 'a@example.com' }],
    };
    const { fetch } = fakeFetch(() => json(200, devices));
    await expect(createMfaClient({ baseUrl: BASE, fetch }).devices.list()).resolves.toEqual(
      devices,
    );
  });

  it.each([
    [{ ...noDevices, phones: undefined }, '"phones"'],
    [{ ...noDevices, webauthn: [{ id: 'w1', name: 'Key' }] }, '"webauthn.0.deviceType"'],
    [{ ...noDevices, emails: [{}] }, '"emails.0.email"'],
  ])('names the field of a list that does not fit', async (body, field) => {
    const { fetch } = fakeFetch(() => json(200, body));
    await expect(createMfaClient({ baseUrl: BASE, fetch }).devices.list()).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining(field) as unknown,
    });
  });
});

describe('devices.list against the mock backend', () => {
  const backend = useMockBackend();

  it("lists the signed-in user's devices", async () => {
    const { accessToken } = await signInDemoUser(backend);
    const devices = await mockClient({ getAccessToken: () => accessToken }).devices.list();
    expect(devices).toEqual(backend.devices(DEMO_USER.email));
    expect(devices.phones).toHaveLength(2);
  });

  it('is unauthorized without an access token', async () => {
    await expect(mockClient().devices.list()).rejects.toMatchObject({
      kind: 'unauthorized',
      status: 401,
    });
  });
});
