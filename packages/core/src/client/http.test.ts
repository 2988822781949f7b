// Transport behaviour shared by every call: error mapping, Retry-After, timeouts, aborts, answers that do not fit.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMfaClient } from './create-client.js';
import { MfaApiError } from './errors.js';
import type { MfaClientOptions } from './create-client.js';
import { fakeFetch, json, never, signedIn } from './test-fetch.js';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import { mockClient, reachEmailCode, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const verifyInput = { mfaToken: 'mfa-token-secret', otcToken: 'otc-token-secret', code: '123456' };
// A call that checks no code and carries more than the login's token.
const credentials = { email: 'user@example.com', password: 'password-secret' };

function clientAnswering(answer: Parameters<typeof fakeFetch>[0], options: MfaClientOptions = {}) {
  const { fetch, requests } = fakeFetch(answer);
  return { client: createMfaClient({ baseUrl: BASE, fetch, ...options }), fetch, requests };
}

/** The rejection of `promise`, which must be an MfaApiError. */
async function failure(promise: Promise<unknown>): Promise<MfaApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(MfaApiError);
  return error as MfaApiError;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('error responses', () => {
  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [408, 'timeout'],
    [429, 'rate-limited'],
    [400, 'bad-request'],
    [409, 'bad-request'],
    [422, 'bad-request'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
  ] as const)('maps HTTP %i to kind %s', async (status, kind) => {
    const { client } = clientAnswering(() =>
      json(status, { errors: ['Something specific'], errorCode: 'ER-00001' }),
    );
    const error = await failure(client.auth.login(credentials));
    expect(error).toMatchObject({
      kind,
      status,
      errorCode: 'ER-00001',
      messages: ['Something specific'],
    });
    expect(error.message).toBe('Something specific');
  });

  it("joins the server's errors into the message, as Frontegg's SDK does", async () => {
    const { client } = clientAnswering(() =>
      json(400, { errors: ['First', 'Second'], errorCode: 'ER-01097' }),
    );
    const error = await failure(client.emailMfa.sendCode({ mfaToken: 'mfa-token-secret' }));
    expect(error.message).toBe('First, Second');
    expect(error.messages).toEqual(['First', 'Second']);
  });

  it('reads a body that is one JSON string as the message, as Frontegg’s SDK does (rest-api FetchClient.js)', async () => {
    const { client } = clientAnswering(() => json(403, 'Tenant is blocked'));
    const error = await failure(client.emailMfa.sendCode({ mfaToken: 'mfa-token-secret' }));
    expect(error).toMatchObject({ kind: 'forbidden', messages: ['Tenant is blocked'] });
    expect(error.message).toBe('Tenant is blocked');
  });

  it('redacts a token echoed in a JSON-string body', async () => {
    const { client } = clientAnswering(() => json(400, 'Unknown token mfa-token-secret'));
    const error = await failure(client.emailMfa.sendCode({ mfaToken: 'mfa-token-secret' }));
    expect(error.message).toBe('Unknown token ***');
  });

  it('keeps the frontegg-trace-id header for support', async () => {
    const { client } = clientAnswering(() =>
      json(500, { errors: ['Boom'] }, { 'frontegg-trace-id': 'trace-42' }),
    );
    const error = await failure(client.emailMfa.sendCode({ mfaToken: 'mfa-token-secret' }));
    expect(error.traceId).toBe('trace-42');
  });

  it('reads the code from errorCodes[] when errorCode is absent', async () => {
    const { client } = clientAnswering(() =>
      json(400, { errors: ['Nope'], errorCodes: ['ER-01097', 'ER-2'] }),
    );
    expect(await failure(client.emailMfa.sendCode({ mfaToken: 'mfa-token-secret' }))).toMatchObject(
      {
        errorCode: 'ER-01097',
      },
    );
  });

  it.each([
    ['no body', () => new Response(null, { status: 503 }), 'server'],
    ['an HTML page', () => new Response('<html>Bad gateway</html>', { status: 502 }), 'server'],
    ['JSON that is not an error body', () => json(404, [1, 2, 3]), 'not-found'],
    [
      'errors that are not strings',
      () => json(400, { errors: [42, null, { a: 1 }], errorCode: 7 }),
      'bad-request',
    ],
  ] as const)('falls back to a clear default message for %s', async (_label, answer, kind) => {
    const { client } = clientAnswering(answer);
    const error = await failure(client.auth.login(credentials));
    expect(error.kind).toBe(kind);
    expect(error.messages).toEqual([]);
    expect(error.errorCode).toBeUndefined();
    expect(error.message.length).toBeGreaterThan(5);
  });

  it('classifies an unmapped 4xx on a code check as invalid-code and keeps the server text', async () => {
    const { client } = clientAnswering(() =>
      json(400, { errors: ['Invalid code'], errorCode: 'ER-01110' }),
    );
    const error = await failure(client.emailMfa.verifyCode(verifyInput));
    expect(error).toMatchObject({
      kind: 'invalid-code',
      errorCode: 'ER-01110',
      messages: ['Invalid code'],
      message: 'Invalid code',
    });
  });

  it.each([400, 409, 410, 422, 451])(
    'reads HTTP %i on both code checks as a refused code, even with no body',
    async (status) => {
      const { client } = clientAnswering(() => new Response('', { status }), {
        getAccessToken: () => 'access-token',
      });
      const email = await failure(client.emailMfa.verifyCode(verifyInput));
      const sms = await failure(
        client.smsMfa.disable({
          deviceId: 'phone-1',
          otcToken: 'otc-token-secret',
          code: '123456',
        }),
      );
      expect([email.kind, sms.kind]).toEqual(['invalid-code', 'invalid-code']);
      expect(email.message).toBe("That code didn't work. Check it, or send a new code.");
    },
  );

  it.each([
    [401, 'unauthorized'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [408, 'timeout'],
    [429, 'rate-limited'],
    [500, 'server'],
  ] as const)('keeps the meaning of HTTP %i on a code check: %s', async (status, kind) => {
    const { client } = clientAnswering(() =>
      json(status, { errors: ['x'], errorCode: 'ER-00001' }),
    );
    expect((await failure(client.emailMfa.verifyCode(verifyInput))).kind).toBe(kind);
  });

  it('reads an unmapped 4xx on a call that checks no code as bad-request', async () => {
    const { client } = clientAnswering(() => json(400, { errors: ['Nope'], errorCode: 'ER-1' }));
    expect((await failure(client.auth.login(credentials))).kind).toBe('bad-request');
  });

  it("reads an unmapped 4xx on a call that carries only the login's token as that token expired", async () => {
    const { client } = clientAnswering(() => json(400, { errors: ['Nope'], errorCode: 'ER-1' }));
    const mfaToken = 'mfa-token-secret';
    const deviceId = 'd1';
    const calls = [
      client.emailMfa.sendCode({ mfaToken }),
      client.smsMfa.sendCode({ mfaToken, deviceId }),
      client.webauthnMfa.start({ mfaToken, deviceId }),
      client.enrollMfa.startAuthenticator({ mfaToken }),
      client.mfaPolicy.rememberDevice({ mfaToken }),
    ];
    const kinds = await Promise.all(calls.map(async (call) => (await failure(call)).kind));
    expect(kinds).toEqual(['expired', 'expired', 'expired', 'expired', 'expired']);
    // With the phone number beside it, the number may be what was refused.
    expect(
      (await failure(client.enrollMfa.startSms({ mfaToken, phoneNumber: '+14155550123' }))).kind,
    ).toBe('bad-request');
  });

  it('lets errorCodeKinds classify codes Frontegg does not document, over the status', async () => {
    const errorCodeKinds = {
      'ER-01110': 'invalid-code',
      'ER-01111': 'expired',
      'ER-01112': 'too-many-attempts',
    } as const;
    const codes = ['ER-01110', 'ER-01111', 'ER-01112', 'ER-09999'];
    const { client } = clientAnswering(
      () => json(400, { errors: ['x'], errorCode: codes.shift() }),
      { errorCodeKinds },
    );
    const kinds = [];
    for (let i = 0; i < 4; i++)
      kinds.push((await failure(client.emailMfa.verifyCode(verifyInput))).kind);
    expect(kinds).toEqual(['invalid-code', 'expired', 'too-many-attempts', 'invalid-code']);
  });

  it('ignores inherited names in errorCodeKinds', async () => {
    const { client } = clientAnswering(() => json(400, { errors: ['x'], errorCode: 'toString' }), {
      errorCodeKinds: {},
    });
    expect((await failure(client.auth.login(credentials))).kind).toBe('bad-request');
  });

  it('gives a clear default message per kind when the server sends none', async () => {
    const statuses = [401, 403, 404, 429, 500, 400];
    const { client } = clientAnswering(() => new Response('', { status: statuses.shift() ?? 400 }));
    const messages = new Set<string>();
    for (let i = 0; i < 6; i++)
      messages.add((await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }))).message);
    expect(messages.size).toBe(6);
  });
});

describe('secrets never reach an error', () => {
  it('redacts tokens and codes a server echoes in its messages', async () => {
    const { client } = clientAnswering(() =>
      json(400, {
        errors: ['otcToken otc-token-secret with code 123456 for mfa-token-secret is wrong'],
      }),
    );
    const error = await failure(client.emailMfa.verifyCode(verifyInput));
    for (const secret of Object.values(verifyInput)) {
      expect(error.message).not.toContain(secret);
      expect(error.messages.join()).not.toContain(secret);
    }
    expect(error.message).toBe('otcToken *** with code *** for *** is wrong');
  });

  it('redacts the access token and the password', async () => {
    const { client: userClient } = clientAnswering(
      () => json(401, { errors: ['Bad token t0k3n-secret'] }),
      {
        getAccessToken: () => 't0k3n-secret',
      },
    );
    expect((await failure(userClient.devices.list())).message).toBe('Bad token ***');
    const { client } = clientAnswering(() =>
      json(401, { errors: ['Wrong password hunter22 for a@b.c'] }),
    );
    expect(
      (await failure(client.auth.login({ email: 'a@b.c', password: 'hunter22' }))).message,
    ).toBe('Wrong password *** for ***');
  });
});

describe('Retry-After and X-Rate-Limit-Reset', () => {
  const rateLimitedWith = (headers: Record<string, string>) =>
    clientAnswering(() => json(429, { errors: ['Slow down'] }, headers)).client;

  it('reads Retry-After in seconds', async () => {
    const error = await failure(
      rateLimitedWith({ 'Retry-After': '30' }).emailMfa.sendCode({ mfaToken: 'abc' }),
    );
    expect(error).toMatchObject({ kind: 'rate-limited', retryAfterMs: 30_000 });
  });

  it('reads Retry-After as an HTTP date, relative to now', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-29T03:00:00Z') });
    const client = rateLimitedWith({ 'Retry-After': 'Sun, 29 Nov 2026 03:00:45 GMT' });
    expect((await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }))).retryAfterMs).toBe(
      45_000,
    );
  });

  it('reads X-Rate-Limit-Reset as an RFC 3339 time', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-29T03:00:00Z') });
    const client = rateLimitedWith({ 'X-Rate-Limit-Reset': '2026-11-29T03:01:00.000Z' });
    expect((await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }))).retryAfterMs).toBe(
      60_000,
    );
  });

  it('prefers Retry-After, and falls back to X-Rate-Limit-Reset when Retry-After is unreadable', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-29T03:00:00Z') });
    const both = rateLimitedWith({
      'Retry-After': '5',
      'X-Rate-Limit-Reset': '2026-11-29T03:01:00Z',
    });
    expect((await failure(both.emailMfa.sendCode({ mfaToken: 'abc' }))).retryAfterMs).toBe(5_000);
    const garbled = rateLimitedWith({
      'Retry-After': 'soon',
      'X-Rate-Limit-Reset': '2026-11-29T03:00:10Z',
    });
    expect((await failure(garbled.emailMfa.sendCode({ mfaToken: 'abc' }))).retryAfterMs).toBe(
      10_000,
    );
  });

  it('never reports a negative wait for a time already past', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: Date.parse('2026-11-29T03:00:00Z') });
    const client = rateLimitedWith({ 'X-Rate-Limit-Reset': '2026-11-29T02:59:00Z' });
    expect((await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }))).retryAfterMs).toBe(0);
  });

  it('leaves retryAfterMs undefined for a proxied 429 with neither header', async () => {
    const error = await failure(rateLimitedWith({}).emailMfa.sendCode({ mfaToken: 'abc' }));
    expect(error.kind).toBe('rate-limited');
    expect(error.retryAfterMs).toBeUndefined();
  });
});

describe('answers that do not fit', () => {
  it('rejects malformed JSON as invalid-response', async () => {
    const { client } = clientAnswering(
      () => new Response('{"otcToken": "abc", <html>', { status: 201 }),
    );
    const error = await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('not JSON');
  });

  it('names the field that does not fit, never its value', async () => {
    const { client } = clientAnswering(() =>
      json(201, {
        ...signedIn,
        mfaDevices: {
          webauthn: [],
          phones: [{ id: 'p1', phoneNumber: 5550100 }],
          authenticators: [],
          emails: [],
        },
      }),
    );
    const error = await failure(client.emailMfa.verifyCode(verifyInput));
    expect(error.kind).toBe('invalid-response');
    expect(error.message).toContain('"mfaDevices.phones.0.phoneNumber"');
    expect(error.message).not.toContain('5550100');
  });

  it('names the root when the body is not an object', async () => {
    const { client } = clientAnswering(() => json(201, null));
    expect((await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }))).message).toContain(
      '"(root)"',
    );
  });

  it('rejects an empty 2xx body where an answer is expected', async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 204 }));
    expect((await failure(client.devices.list())).kind).toBe('invalid-response');
  });

  it('passes unknown fields through untouched', async () => {
    const extra = {
      amr: ['pwd', 'otp'],
      entitlements: { features: { sso: true } },
      exp: 1_900_000_000,
    };
    const { client } = clientAnswering(() => json(201, { ...signedIn, ...extra }));
    expect(await client.emailMfa.verifyCode(verifyInput)).toEqual({ ...signedIn, ...extra });
  });
});

describe('transport failures', () => {
  it('maps a fetch TypeError to network, keeping the cause', async () => {
    const cause = new TypeError('fetch failed');
    const { client } = clientAnswering(() => Promise.reject(cause));
    const error = await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }));
    expect(error.kind).toBe('network');
    expect(error.cause).toBe(cause);
  });

  it('drops the cause of a network error when the URL carries a token (the runtime may quote it)', async () => {
    const { client } = clientAnswering(() =>
      Promise.reject(new TypeError('Failed to fetch ?mfaToken=mfa-token-secret')),
    );
    const error = await failure(client.mfaPolicy.rememberDevice({ mfaToken: 'mfa-token-secret' }));
    expect(error.kind).toBe('network');
    expect(error).not.toHaveProperty('cause');
  });

  it('maps a broken body stream to network', async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.error(new TypeError('terminated'));
      },
    });
    const { client } = clientAnswering(() => new Response(body, { status: 201 }));
    expect((await failure(client.emailMfa.sendCode({ mfaToken: 'abc' }))).kind).toBe('network');
  });

  it('times out after timeoutMs (default 15 s) and aborts the fetch', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, requests } = clientAnswering(never);
    const call = failure(client.emailMfa.sendCode({ mfaToken: 'abc' }));
    await vi.advanceTimersByTimeAsync(14_999);
    expect(requests[0]?.signal?.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await call;
    expect(error.kind).toBe('timeout');
    expect(requests[0]?.signal?.aborted).toBe(true);
  });

  it('honours a custom timeoutMs, also while the body is still arriving', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client } = clientAnswering(
      (request) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"otcToken":'));
              request.signal?.addEventListener('abort', () =>
                controller.error(new DOMException('aborted', 'AbortError')),
              );
            },
          }),
          { status: 201 },
        ),
      { timeoutMs: 2_000 },
    );
    const call = failure(client.emailMfa.sendCode({ mfaToken: 'abc' }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await call).kind).toBe('timeout');
  });

  it('clears its timer once answered', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client } = clientAnswering(() => json(201, { otcToken: 'otc' }));
    await client.emailMfa.sendCode({ mfaToken: 'abc' });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects with aborted when the caller aborts mid-flight', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { client, requests } = clientAnswering(never);
    const controller = new AbortController();
    const call = failure(
      client.emailMfa.sendCode({ mfaToken: 'abc' }, { signal: controller.signal }),
    );
    await vi.advanceTimersByTimeAsync(100);
    controller.abort();
    expect((await call).kind).toBe('aborted');
    expect(requests[0]?.signal?.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const { client, fetch } = clientAnswering(() => json(201, { otcToken: 'otc' }));
    const error = await failure(
      client.emailMfa.sendCode({ mfaToken: 'abc' }, { signal: AbortSignal.abort() }),
    );
    expect(error.kind).toBe('aborted');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends nothing when aborted while the access token is fetched', async () => {
    const controller = new AbortController();
    const { client, fetch } = clientAnswering(() => json(200, {}), {
      getAccessToken: () => {
        controller.abort();
        return 'token';
      },
    });
    expect((await failure(client.devices.list({ signal: controller.signal }))).kind).toBe(
      'aborted',
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('is unaffected by a signal that aborts after the answer', async () => {
    const controller = new AbortController();
    const { client } = clientAnswering(() => json(201, { otcToken: 'otc' }));
    await expect(
      client.emailMfa.sendCode({ mfaToken: 'abc' }, { signal: controller.signal }),
    ).resolves.toEqual({
      otcToken: 'otc',
    });
    controller.abort();
  });
});

describe('access tokens', () => {
  it('maps a failing getAccessToken to unauthorized, sending nothing', async () => {
    const cause = new Error('refresh failed');
    const { client, fetch } = clientAnswering(() => json(200, {}), {
      getAccessToken: () => Promise.reject(cause),
    });
    const error = await failure(client.devices.list());
    expect(error).toMatchObject({ kind: 'unauthorized', cause });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a token that is not RFC 6750 syntax, without quoting it', async () => {
    const { client, fetch } = clientAnswering(() => json(200, {}), {
      getAccessToken: () => 'abc\r\nX-Evil: 1',
    });
    const error = await failure(client.devices.list());
    expect(error.kind).toBe('unauthorized');
    expect(error.message).not.toContain('abc');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends no Authorization when getAccessToken has none', async () => {
    const { client, requests } = clientAnswering(
      () => json(200, { webauthn: [], phones: [], authenticators: [], emails: [] }),
      { getAccessToken: () => null },
    );
    await client.devices.list();
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });
});

describe('against the mock backend and its faults', () => {
  const backend = useMockBackend();
  const sendCode = (client = mockClient()) =>
    failure(client.emailMfa.sendCode({ mfaToken: 'not-issued' }));

  it('maps an injected network error to network', async () => {
    backend.faults.networkErrorNext(1);
    expect((await sendCode()).kind).toBe('network');
  });

  it('maps a malformed body to invalid-response', async () => {
    backend.faults.malformedNext(1);
    expect(await sendCode()).toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('not JSON') as unknown,
    });
  });

  it.each([
    [
      'login',
      (client: ReturnType<typeof mockClient>) =>
        client.auth.login({ email: 'a@b.c', password: 'p' }),
      '"mfaRequired"',
    ],
    [
      'email-code',
      (client: ReturnType<typeof mockClient>) => client.emailMfa.sendCode({ mfaToken: 'm' }),
      '"otcToken"',
    ],
    [
      'remember-device-policy',
      (client: ReturnType<typeof mockClient>) => client.mfaPolicy.rememberDevice({ mfaToken: 'm' }),
      '"isAllowedToRemember"',
    ],
    ['devices', (client: ReturnType<typeof mockClient>) => client.devices.list(), '"webauthn"'],
    [
      'sms-pre-disable',
      (client: ReturnType<typeof mockClient>) => client.smsMfa.preDisable({ deviceId: 'd' }),
      '"otcToken"',
    ],
  ] as const)(
    'names the broken field of a schema-breaking %s answer',
    async (route, call, field) => {
      backend.faults.schemaBreakNext(1, { route });
      const error = await failure(call(mockClient()));
      expect(error.kind).toBe('invalid-response');
      expect(error.message).toContain(field);
    },
  );

  it('ignores any body on the SMS disable verify, whose success the spec gives no body', async () => {
    // The spec documents 200 with no content, so the client reads nothing from it: a body there cannot break it.
    const { accessToken } = await signInDemoUser(backend);
    const client = mockClient({ getAccessToken: () => accessToken });
    const [phone] = (await client.devices.list()).phones;
    const { otcToken } = await client.smsMfa.preDisable({ deviceId: phone?.id ?? '' });
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
    backend.faults.schemaBreakNext(1, { route: 'sms-disable-verify' });
    await expect(
      client.smsMfa.disable({ deviceId: phone?.id ?? '', otcToken, code }),
    ).resolves.toBeUndefined();
  });

  it.each([
    [500, 'server'],
    [502, 'server'],
    [403, 'forbidden'],
    [404, 'not-found'],
    [401, 'unauthorized'],
    // The send carries only the login's token: a refusal is of that token.
    [400, 'expired'],
  ] as const)(
    'maps an injected %i to %s with the injected message and trace id',
    async (status, kind) => {
      backend.faults.failNext(1, { status });
      const error = await sendCode();
      expect(error).toMatchObject({ kind, status, messages: [`Injected fault: HTTP ${status}`] });
      expect(error.traceId).toMatch(/^[0-9a-f]{32}$/);
    },
  );

  const inAnHour = () => new Date(Date.now() + 3_600_000);
  it.each([
    ['Retry-After seconds', () => ({ 'Retry-After': '12' }), 12_000],
    ['Retry-After date', () => ({ 'Retry-After': inAnHour().toUTCString() }), 3_600_000],
    ['X-Rate-Limit-Reset', () => ({ 'X-Rate-Limit-Reset': inAnHour().toISOString() }), 3_600_000],
  ])('reads an injected 429 with %s', async (_form, headers, expected) => {
    backend.faults.failNext(1, { status: 429, headers: headers() });
    const error = await sendCode();
    expect(error.kind).toBe('rate-limited');
    // HTTP dates have whole seconds and a little time passes between the fault and the answer.
    expect(error.retryAfterMs).toBeGreaterThan(expected - 2_000);
    expect(error.retryAfterMs).toBeLessThanOrEqual(expected);
  });

  it('answers the verify route over its rate limit with 429 and both wait headers', async () => {
    const client = mockClient();
    const step = await reachEmailCode(backend);
    const errors: MfaApiError[] = [];
    for (let attempt = 0; attempt < 11; attempt++) {
      errors.push(await failure(client.emailMfa.verifyCode({ ...step, mfaToken: 'unknown' })));
    }
    expect(errors.slice(0, 10).map((error) => error.kind)).toEqual(Array(10).fill('unauthorized'));
    expect(errors[10]).toMatchObject({ kind: 'rate-limited', status: 429 });
    expect(errors[10]?.retryAfterMs).toBeGreaterThan(0);
  });

  it('times out on a slow backend (fake timers) and aborts the request', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    backend.faults.latency(20_000);
    const call = sendCode(mockClient({ timeoutMs: 5_000 }));
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await call).kind).toBe('timeout');
    await vi.advanceTimersByTimeAsync(20_000);
  });

  it('is aborted by the caller while the backend is slow', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    backend.faults.latency(1_000);
    const controller = new AbortController();
    const call = failure(
      mockClient().emailMfa.sendCode({ mfaToken: 'm' }, { signal: controller.signal }),
    );
    await vi.advanceTimersByTimeAsync(500);
    controller.abort();
    expect((await call).kind).toBe('aborted');
    await vi.advanceTimersByTimeAsync(1_000);
  });
});
