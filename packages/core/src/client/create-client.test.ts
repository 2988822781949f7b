import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaClient, MfaClientOptions } from './create-client.js';
import { MfaApiError } from './errors.js';
import { fakeFetch, json } from './test-fetch.js';

const otc = () => json(201, { otcToken: 'otc' });

afterEach(() => {
  vi.unstubAllGlobals();
});

async function sentUrl(options: MfaClientOptions): Promise<string | undefined> {
  const { fetch, requests } = fakeFetch(otc);
  await createMfaClient({ ...options, fetch }).emailMfa.sendCode({ mfaToken: 'm' });
  return requests[0]?.url.href;
}

describe('createMfaClient base URL', () => {
  it.each([
    [undefined, 'https://api.frontegg.com/identity'],
    ['eu', 'https://api.frontegg.com/identity'],
    ['us', 'https://api.us.frontegg.com/identity'],
    ['ca', 'https://api.ca.frontegg.com/identity'],
    ['au', 'https://api.au.frontegg.com/identity'],
  ] as const)('region %s talks to %s', async (region, base) => {
    expect(await sentUrl({ region })).toBe(`${base}/resources/auth/v1/user/mfa/emailcode`);
  });

  it('lets baseUrl win over region, without doubling a trailing slash', async () => {
    expect(await sentUrl({ region: 'us', baseUrl: 'http://127.0.0.1:4010/identity/' })).toBe(
      'http://127.0.0.1:4010/identity/resources/auth/v1/user/mfa/emailcode',
    );
  });

  it('throws invalid-input for a baseUrl that is no URL outside a browser page', () => {
    expect(() => createMfaClient({ baseUrl: 'app-xxx.frontegg.com/identity' })).toThrow(
      expect.objectContaining({
        kind: 'invalid-input',
        message: expect.stringContaining('baseUrl') as unknown,
      }),
    );
  });

  it('takes a same-origin path as baseUrl inside a browser page', async () => {
    vi.stubGlobal('location', { href: 'https://app.example/sign-in' });
    const inputs: unknown[] = [];
    const fetch = (input: RequestInfo | URL) => {
      inputs.push(input);
      return Promise.resolve(otc());
    };
    await createMfaClient({ baseUrl: '/identity/', fetch }).emailMfa.sendCode({ mfaToken: 'm' });
    expect(inputs).toEqual(['/identity/resources/auth/v1/user/mfa/emailcode']);
  });

  it.each(['eu ', 'EU', 'toString', 'de'])(
    'throws invalid-input for the unknown region %j',
    (region) => {
      expect(() => createMfaClient({ region: region as 'eu' })).toThrow(MfaApiError);
      expect(() => createMfaClient({ region: region as 'eu' })).toThrow(
        /region must be eu, us, ca or au/,
      );
    },
  );

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31])(
    'throws invalid-input for timeoutMs %d',
    (timeoutMs) => {
      let error: unknown;
      try {
        createMfaClient({ timeoutMs });
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toMatchObject({
        kind: 'invalid-input',
        message: expect.stringContaining('timeoutMs') as unknown,
      });
    },
  );
});

describe('createMfaClient fetch options', () => {
  it("uses credentials 'include' by default and the given mode otherwise", async () => {
    const { fetch, requests } = fakeFetch(otc);
    await createMfaClient({ fetch }).emailMfa.sendCode({ mfaToken: 'm' });
    await createMfaClient({ fetch, credentials: 'omit' }).emailMfa.sendCode({ mfaToken: 'm' });
    expect(requests.map((request) => request.credentials)).toEqual(['include', 'omit']);
  });

  it('adds extra headers to every request; its own headers win whatever the case', async () => {
    const { fetch, requests } = fakeFetch(otc);
    const headers = { 'X-App': 'demo', 'Content-Type': 'text/plain', Authorization: 'Basic eA==' };
    await createMfaClient({ fetch, headers }).emailMfa.sendCode({ mfaToken: 'm' });
    await createMfaClient({ fetch, headers, getAccessToken: () => 'h.p.s' })
      .devices.list()
      .catch(() => undefined);
    expect(Object.fromEntries(requests[0]?.headers ?? [])).toEqual({
      'x-app': 'demo',
      'content-type': 'application/json',
      authorization: 'Basic eA==',
    });
    expect(requests[1]?.headers.get('authorization')).toBe('Bearer h.p.s');
  });

  it('rejects an extra header with an invalid value as invalid-input, quoting nothing, sending nothing', async () => {
    const { fetch } = fakeFetch(otc);
    const client = createMfaClient({ fetch, headers: { 'X-Api-Key': 'key-secret\nbreak' } });
    const error: unknown = await client.emailMfa
      .sendCode({ mfaToken: 'm' })
      .catch((reason: unknown) => reason);
    expect(error).toMatchObject({ kind: 'invalid-input' });
    expect(error).not.toHaveProperty('cause');
    expect(String(error)).not.toContain('key-secret');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('looks globalThis.fetch up at call time, so a fetch patched later (MSW) is used', async () => {
    const client = createMfaClient();
    const { fetch } = fakeFetch(otc);
    vi.stubGlobal('fetch', fetch);
    await expect(client.emailMfa.sendCode({ mfaToken: 'm' })).resolves.toEqual({ otcToken: 'otc' });
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('calls an injected fetch unbound, as a browser’s native fetch requires', async () => {
    const { fetch } = fakeFetch(otc);
    const strictFetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
      if (this !== undefined && this !== globalThis) throw new TypeError('Illegal invocation');
      return fetch(input, init);
    };
    await expect(
      createMfaClient({ fetch: strictFetch }).emailMfa.sendCode({ mfaToken: 'm' }),
    ).resolves.toEqual({
      otcToken: 'otc',
    });
  });
});

describe('one user action is one request', () => {
  const calls: [string, (client: MfaClient) => Promise<unknown>][] = [
    ['auth.login', (client) => client.auth.login({ email: 'a@b.c', password: 'p' })],
    ['emailMfa.sendCode', (client) => client.emailMfa.sendCode({ mfaToken: 'm' })],
    [
      'emailMfa.verifyCode',
      (client) => client.emailMfa.verifyCode({ mfaToken: 'm', otcToken: 'o', code: '1' }),
    ],
    ['mfaPolicy.rememberDevice', (client) => client.mfaPolicy.rememberDevice({ mfaToken: 'm' })],
    ['devices.list', (client) => client.devices.list()],
    ['smsMfa.preDisable', (client) => client.smsMfa.preDisable({ deviceId: 'd' })],
    [
      'smsMfa.disable',
      (client) => client.smsMfa.disable({ deviceId: 'd', otcToken: 'o', code: '1' }),
    ],
  ];

  it.each(calls)(
    '%s sends exactly one request, also when it fails, and never retries',
    async (_name, call) => {
      for (const status of [500, 503, 429, 200]) {
        const { fetch } = fakeFetch(() => json(status, { errors: ['x'] }));
        await call(createMfaClient({ fetch })).catch(() => undefined);
        expect(fetch).toHaveBeenCalledOnce();
      }
    },
  );
});

describe('client.accessToken', () => {
  it('reads getAccessToken at each call, awaited, and sends nothing', async () => {
    const { fetch, requests } = fakeFetch(otc);
    let token: string | null = 'h.p.one';
    const client = createMfaClient({ fetch, getAccessToken: () => Promise.resolve(token) });
    await expect(client.accessToken()).resolves.toBe('h.p.one');
    token = null;
    await expect(client.accessToken()).resolves.toBeNull();
    await expect(createMfaClient({ fetch }).accessToken()).resolves.toBeNull();
    expect(requests).toEqual([]);
  });

  it('rejects as unauthorized, quoting nothing of the app’s error, when getAccessToken throws', async () => {
    const client = createMfaClient({
      getAccessToken: () => {
        throw new Error('session store secret-42 is locked');
      },
    });
    const error = await client.accessToken().catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(MfaApiError);
    expect(error).toMatchObject({ kind: 'unauthorized' });
    expect((error as Error).message).not.toContain('secret-42');
  });
});
