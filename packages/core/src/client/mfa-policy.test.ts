import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import { fakeFetch, json } from './test-fetch.js';
import { mockClient, reachEmailCode, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const policy = { isAllowedToRemember: true, mfaDeviceExpiration: 1_209_600 };

describe('mfaPolicy.rememberDevice request', () => {
  it('GETs with the mfaToken encoded in the query (the spec puts it there) and no body', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, policy));
    const client = createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'jwt' });
    await expect(client.mfaPolicy.rememberDevice({ mfaToken: 'a+b/c=&d' })).resolves.toEqual(
      policy,
    );
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url.pathname).toBe(
      '/identity/resources/configurations/v1/mfa-policy/allow-remember-device',
    );
    expect(request?.url.search).toBe('?mfaToken=a%2Bb%2Fc%3D%26d');
    expect(request?.url.searchParams.get('mfaToken')).toBe('a+b/c=&d');
    expect(request?.body).toBeNull();
    expect([...(request?.headers.keys() ?? [])]).toEqual([]);
  });

  it('sends frontegg-tenant-id only when configured', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, policy));
    await createMfaClient({
      baseUrl: BASE,
      fetch,
      userId: 'user-1',
      tenantId: 'tenant-1',
    }).mfaPolicy.rememberDevice({
      mfaToken: 'mfa-1',
    });
    expect([...(requests[0]?.headers.entries() ?? [])]).toEqual([
      ['frontegg-tenant-id', 'tenant-1'],
    ]);
  });

  it.each(['', 'half a \uD800 surrogate'])(
    'rejects the mfaToken %j before sending',
    async (mfaToken) => {
      const { fetch } = fakeFetch();
      const client = createMfaClient({ baseUrl: BASE, fetch });
      await expect(client.mfaPolicy.rememberDevice({ mfaToken })).rejects.toMatchObject({
        kind: 'invalid-input',
      });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it('rejects a policy without mfaDeviceExpiration as invalid-response', async () => {
    const { fetch } = fakeFetch(() => json(200, { isAllowedToRemember: true }));
    await expect(
      createMfaClient({ baseUrl: BASE, fetch }).mfaPolicy.rememberDevice({ mfaToken: 'm' }),
    ).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('"mfaDeviceExpiration"') as unknown,
    });
  });
});

describe('mfaPolicy.rememberDevice against the mock backend', () => {
  const backend = useMockBackend({
    rememberDevice: { isAllowedToRemember: false, mfaDeviceExpiration: 86_400 },
  });

  it("returns the tenant's policy for a login in progress", async () => {
    const client = mockClient();
    const { mfaToken } = await reachEmailCode(backend);
    await expect(client.mfaPolicy.rememberDevice({ mfaToken })).resolves.toEqual({
      isAllowedToRemember: false,
      mfaDeviceExpiration: 86_400,
    });
  });

  it('rejects an mfaToken the server never issued as unauthorized', async () => {
    await expect(
      mockClient().mfaPolicy.rememberDevice({ mfaToken: 'made-up' }),
    ).rejects.toMatchObject({
      kind: 'unauthorized',
    });
  });
});

describe('mfaPolicy.strategies request', () => {
  const strategies = {
    strategies: [
      { strategy: 'AuthenticatorApp', isActive: true },
      { strategy: 'SMS', isActive: false },
    ],
  };

  it('GETs the tenant strategies with no body, no bearer and no query, and returns them', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, strategies));
    const client = createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'jwt' });
    await expect(client.mfaPolicy.strategies()).resolves.toEqual(strategies);
    const [request] = requests;
    expect(request?.method).toBe('GET');
    expect(request?.url.href).toBe(`${BASE}/resources/configurations/v1/mfa/strategies`);
    expect(request?.body).toBeNull();
    expect([...(request?.headers.keys() ?? [])]).toEqual([]);
  });

  it.each([
    ['no list', {}, '"strategies"'],
    [
      'a flag that is not boolean',
      { strategies: [{ strategy: 'SMS', isActive: 'yes' }] },
      '"strategies.0.isActive"',
    ],
  ])('reads an answer with %s as invalid-response', async (_label, answer, where) => {
    const { fetch } = fakeFetch(() => json(200, answer));
    await expect(
      createMfaClient({ baseUrl: BASE, fetch }).mfaPolicy.strategies(),
    ).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining(where) as unknown,
    });
  });
});
