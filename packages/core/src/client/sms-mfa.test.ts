import { DEMO_TENANT_ID, DEMO_USER } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import { MfaApiError } from './errors.js';
import { fakeFetch, json } from './test-fetch.js';
import { signInDemoUser, wrongCode } from '@mfa-kit/mock/testing';
import { mockClient, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';

function recordingClient(options: { userId?: string; tenantId?: string } = {}) {
  const { fetch, requests } = fakeFetch((request) =>
    request.url.pathname.endsWith('/verify')
      ? new Response(null, { status: 200 })
      : json(200, { otcToken: 'otc-2', phoneNumber: '+1***4567' }),
  );
  return {
    client: createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'h.p.s', ...options }),
    fetch,
    requests,
  };
}

describe('smsMfa requests', () => {
  it('preDisable posts {} with the bearer token, the user and tenant headers when configured', async () => {
    const { client, requests } = recordingClient({ userId: 'user-1', tenantId: 'tenant-1' });
    await expect(client.smsMfa.preDisable({ deviceId: 'phone-1' })).resolves.toEqual({
      otcToken: 'otc-2',
      phoneNumber: '+1***4567',
    });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe(`${BASE}/resources/users/v1/mfa/sms/phone-1/disable`);
    expect(request?.body).toBe('{}');
    expect(Object.fromEntries(request?.headers ?? [])).toEqual({
      authorization: 'Bearer h.p.s',
      'content-type': 'application/json',
      'frontegg-user-id': 'user-1',
      'frontegg-tenant-id': 'tenant-1',
    });
  });

  it('disable posts exactly { otcToken, code } with frontegg-user-id only, and resolves with nothing', async () => {
    const { client, requests } = recordingClient({ userId: 'user-1', tenantId: 'tenant-1' });
    await expect(
      client.smsMfa.disable({ deviceId: 'phone-1', otcToken: 'otc-2', code: '654321' }),
    ).resolves.toBeUndefined();
    const [request] = requests;
    expect(request?.url.href).toBe(`${BASE}/resources/users/v1/mfa/sms/phone-1/disable/verify`);
    expect(request?.body).toBe('{"otcToken":"otc-2","code":"654321"}');
    expect(Object.fromEntries(request?.headers ?? [])).toEqual({
      authorization: 'Bearer h.p.s',
      'content-type': 'application/json',
      'frontegg-user-id': 'user-1',
    });
  });

  it('disable without a code posts {} as Frontegg’s SDK does when it skips the pre-disable', async () => {
    const { client, requests } = recordingClient();
    await expect(client.smsMfa.disable({ deviceId: 'phone-1' })).resolves.toBeUndefined();
    expect(requests[0]?.url.href).toBe(`${BASE}/resources/users/v1/mfa/sms/phone-1/disable/verify`);
    expect(requests[0]?.body).toBe('{}');
  });

  it('disable without a code reads a refusal as bad-request with the server words: no code was typed', async () => {
    const { fetch } = fakeFetch(() => json(400, { errors: ['Pre-disable is required'] }));
    const client = createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'h.p.s' });
    await expect(client.smsMfa.disable({ deviceId: 'phone-1' })).rejects.toMatchObject({
      kind: 'bad-request',
      message: 'Pre-disable is required',
    });
  });

  it('leaves the vendor headers out when not configured (user-token use, as Frontegg’s SDK does)', async () => {
    const { client, requests } = recordingClient();
    await client.smsMfa.preDisable({ deviceId: 'phone-1' });
    expect([...(requests[0]?.headers.keys() ?? [])].sort()).toEqual([
      'authorization',
      'content-type',
    ]);
  });

  it('accepts a preDisable answer without phoneNumber', async () => {
    const { fetch } = fakeFetch(() => json(200, { otcToken: 'otc-2' }));
    await expect(
      createMfaClient({ baseUrl: BASE, fetch }).smsMfa.preDisable({ deviceId: 'p' }),
    ).resolves.toEqual({
      otcToken: 'otc-2',
    });
  });

  it.each([
    ['../../auth/v1/user', '..%2F..%2Fauth%2Fv1%2Fuser'],
    ['a/b?c#d', 'a%2Fb%3Fc%23d'],
    ['%2e%2e', '%252e%252e'],
    ['...', '...'],
    ['tél 1', 't%C3%A9l%201'],
  ])('encodes deviceId %j so it stays one path segment', async (deviceId, segment) => {
    const { client, requests } = recordingClient();
    await client.smsMfa.preDisable({ deviceId });
    await client.smsMfa.disable({ deviceId, otcToken: 'otc-2', code: '1' });
    expect(requests.map((request) => request.url.pathname)).toEqual([
      `/identity/resources/users/v1/mfa/sms/${segment}/disable`,
      `/identity/resources/users/v1/mfa/sms/${segment}/disable/verify`,
    ]);
  });

  it.each(['.', '..', '', '\uDC00'])(
    'rejects deviceId %j, which has no safe path segment, sending nothing',
    async (deviceId) => {
      const { client, fetch } = recordingClient();
      await expect(client.smsMfa.preDisable({ deviceId })).rejects.toMatchObject({
        kind: 'invalid-input',
      });
      await expect(
        client.smsMfa.disable({ deviceId, otcToken: 'otc', code: '1' }),
      ).rejects.toMatchObject({
        kind: 'invalid-input',
        message: expect.stringContaining('deviceId') as unknown,
      });
      expect(fetch).not.toHaveBeenCalled();
    },
  );

  it.each([
    [{ code: 'abc' }, 'code'],
    [{ code: '' }, 'code'],
    [{ otcToken: '' }, 'otcToken'],
  ])('disable rejects %j before sending', async (change, field) => {
    const { client, fetch } = recordingClient();
    const error = await client.smsMfa
      .disable({ deviceId: 'phone-1', otcToken: 'otc', code: '123456', ...change })
      .catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(MfaApiError);
    expect(error).toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('smsMfa against the mock backend', () => {
  const backend = useMockBackend();

  async function signedInClient(options: { userId?: string; tenantId?: string } = {}) {
    const { accessToken } = await signInDemoUser(backend);
    return mockClient({ getAccessToken: () => accessToken, ...options });
  }

  it('disables an SMS device with the texted code', async () => {
    const client = await signedInClient();
    const [phone] = (await client.devices.list()).phones;
    if (!phone) throw new Error('the demo user has no phone');
    const { otcToken, phoneNumber } = await client.smsMfa.preDisable({ deviceId: phone.id });
    expect(phoneNumber).toBe(phone.phoneNumber);
    const code = backend.outbox.latest({ channel: 'sms', to: phone.phoneNumber })?.code ?? '';
    await expect(
      client.smsMfa.disable({ deviceId: phone.id, otcToken, code }),
    ).resolves.toBeUndefined();
    expect((await client.devices.list()).phones.map((device) => device.id)).not.toContain(phone.id);
    expect(backend.devices(DEMO_USER.email).phones).toHaveLength(1);
  });

  it('classifies a wrong SMS code as invalid-code and keeps the device', async () => {
    const client = await signedInClient();
    const phone = DEMO_USER.phones[0];
    const { otcToken } = await client.smsMfa.preDisable({ deviceId: phone.id });
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
    await expect(
      client.smsMfa.disable({ deviceId: phone.id, otcToken, code: wrongCode(code) }),
    ).rejects.toMatchObject({
      kind: 'invalid-code',
    });
    expect(backend.devices(DEMO_USER.email).phones).toHaveLength(2);
  });

  it('answers an unknown device with not-found', async () => {
    const client = await signedInClient();
    await expect(client.smsMfa.preDisable({ deviceId: '../../devices' })).rejects.toMatchObject({
      kind: 'not-found',
      status: 404,
      errorCode: 'ER-01008',
    });
  });

  it('answers a tenant the user is not in with forbidden', async () => {
    const client = createMfaClient({
      baseUrl: 'https://api.frontegg.com/identity',
      getAccessToken: () => 'vendor-token',
      userId: DEMO_USER.id,
      tenantId: `not-${DEMO_TENANT_ID}`,
    });
    await expect(
      client.smsMfa.preDisable({ deviceId: DEMO_USER.phones[0].id }),
    ).rejects.toMatchObject({
      kind: 'forbidden',
      status: 403,
    });
  });

  it('works with a vendor token plus the user and tenant headers the spec requires', async () => {
    const client = createMfaClient({
      baseUrl: 'https://api.frontegg.com/identity',
      getAccessToken: () => 'vendor-token',
      userId: DEMO_USER.id,
      tenantId: DEMO_TENANT_ID,
    });
    const { otcToken } = await client.smsMfa.preDisable({ deviceId: DEMO_USER.phones[1].id });
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
    await expect(
      client.smsMfa.disable({ deviceId: DEMO_USER.phones[1].id, otcToken, code }),
    ).resolves.toBeUndefined();
  });
});
