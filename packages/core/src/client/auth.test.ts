import { DEMO_USER } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import { MfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';
import { mockClient, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';

describe('auth.login request', () => {
  it('posts exactly the email and password as JSON, without user-route headers', async () => {
    const { fetch, requests } = fakeFetch(() => json(200, signedIn));
    const client = createMfaClient({
      baseUrl: BASE,
      fetch,
      getAccessToken: () => 'jwt',
      userId: 'user-1',
      tenantId: 'tenant-1',
    });
    await client.auth.login({ email: 'a@example.com', password: 'pa55word' });
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe(`${BASE}/resources/auth/v1/user`);
    expect(request?.body).toBe('{"email":"a@example.com","password":"pa55word"}');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect(request?.credentials).toBe('include');
    for (const header of ['authorization', 'frontegg-user-id', 'frontegg-tenant-id']) {
      expect(request?.headers.has(header)).toBe(false);
    }
  });

  it.each([
    ['no email', { password: 'pa55word' }, 'email'],
    ['an empty email', { email: '', password: 'pa55word' }, 'email'],
    ['no password', { email: 'a@example.com' }, 'password'],
    ['a numeric password', { email: 'a@example.com', password: 1234 }, 'password'],
    ['null', null, 'email'],
  ])(
    'rejects %s as invalid-input naming the field, sending nothing',
    async (_label, input, field) => {
      const { fetch } = fakeFetch();
      const client = createMfaClient({ baseUrl: BASE, fetch });
      // @ts-expect-error -- deliberately wrong input, as plain JavaScript could pass
      const error: unknown = await client.auth.login(input).catch((reason: unknown) => reason);
      expect(error).toBeInstanceOf(MfaApiError);
      expect(error).toMatchObject({
        kind: 'invalid-input',
        message: expect.stringContaining(field) as unknown,
      });
      expect((error as Error).message).not.toContain('pa55word');
      expect(fetch).not.toHaveBeenCalled();
    },
  );
});

describe('auth.login against the mock backend', () => {
  const backend = useMockBackend();

  it('asks for MFA with an mfaToken and the devices', async () => {
    const answer = await mockClient().auth.login({
      email: DEMO_USER.email,
      password: DEMO_USER.password,
    });
    expect(answer.mfaRequired).toBe(true);
    expect(answer.mfaToken).toEqual(expect.any(String));
    expect(answer.mfaDevices?.phones).toEqual(backend.devices(DEMO_USER.email).phones);
    expect(answer.mfaDevices?.emails).toEqual([{ email: DEMO_USER.email }]);
  });

  it('rejects a wrong password as unauthorized with the server message, never the password', async () => {
    const error = await mockClient()
      .auth.login({ email: DEMO_USER.email, password: 'not-the-password' })
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({
      kind: 'unauthorized',
      status: 401,
      messages: [expect.any(String)],
    });
    expect((error as MfaApiError).traceId).toMatch(/^[0-9a-f]{32}$/);
    expect((error as MfaApiError).message).not.toContain('not-the-password');
  });
});
