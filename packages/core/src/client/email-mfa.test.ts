import { DEMO_USER, MOCK_ERROR_CODE_KINDS } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import { MfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';
import { wrongCode } from '@mfa-kit/mock/testing';
import { mockClient, reachEmailCode, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const verifyInput = { mfaToken: 'mfa-1', otcToken: 'otc-1', code: '123456' };

function recordingClient(answer: () => Response) {
  const { fetch, requests } = fakeFetch(answer);
  return {
    client: createMfaClient({ baseUrl: BASE, fetch, userId: 'user-1', tenantId: 'tenant-1' }),
    fetch,
    requests,
  };
}

describe('emailMfa requests', () => {
  it('sendCode posts exactly { mfaToken } and returns the otcToken', async () => {
    const { client, requests } = recordingClient(() => json(201, { otcToken: 'otc-9' }));
    await expect(client.emailMfa.sendCode({ mfaToken: 'mfa-1' })).resolves.toEqual({
      otcToken: 'otc-9',
    });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/emailcode`);
    expect(request?.body).toBe('{"mfaToken":"mfa-1"}');
    expect(request?.headers.get('content-type')).toBe('application/json');
    expect([...(request?.headers.keys() ?? [])]).toEqual(['content-type']);
  });

  it.each([
    [undefined, '{"otcToken":"otc-1","code":"123456","mfaToken":"mfa-1"}'],
    [true, '{"otcToken":"otc-1","code":"123456","mfaToken":"mfa-1","rememberDevice":true}'],
    [false, '{"otcToken":"otc-1","code":"123456","mfaToken":"mfa-1","rememberDevice":false}'],
  ])('verifyCode with rememberDevice %s sends %s', async (rememberDevice, body) => {
    const { client, requests } = recordingClient(() => json(201, signedIn));
    await client.emailMfa.verifyCode({ ...verifyInput, rememberDevice });
    expect(requests[0]?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/emailcode/verify`);
    expect(requests[0]?.body).toBe(body);
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it.each([
    ['an empty code', { code: '' }, 'code'],
    ['a code with letters', { code: '12a456' }, 'code'],
    ['a code with spaces', { code: '123 456' }, 'code'],
    ['a code with a trailing newline', { code: '123456\n' }, 'code'],
    ['non-ASCII digits', { code: '١٢٣٤٥٦' }, 'code'],
    ['a numeric code', { code: 123456 }, 'code'],
    ['an empty otcToken', { otcToken: '' }, 'otcToken'],
    ['an empty mfaToken', { mfaToken: '' }, 'mfaToken'],
    ['a string rememberDevice', { rememberDevice: 'yes' }, 'rememberDevice'],
  ])('verifyCode rejects %s as invalid-input, sending nothing', async (_label, change, field) => {
    const { client, fetch } = recordingClient(() => json(201, signedIn));
    const input = { ...verifyInput, ...change } as unknown as Parameters<
      typeof client.emailMfa.verifyCode
    >[0];
    const error = await client.emailMfa.verifyCode(input).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(MfaApiError);
    expect(error).toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect((error as Error).message).not.toMatch(/123|mfa-1|otc-1/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sendCode rejects a missing mfaToken, sending nothing', async () => {
    const { client, fetch } = recordingClient(() => json(201, {}));
    // @ts-expect-error -- deliberately missing, as plain JavaScript could pass
    await expect(client.emailMfa.sendCode({})).rejects.toMatchObject({ kind: 'invalid-input' });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sendCode rejects an answer without otcToken as invalid-response', async () => {
    const { client } = recordingClient(() => json(201, {}));
    await expect(client.emailMfa.sendCode({ mfaToken: 'mfa-1' })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('"otcToken"') as unknown,
    });
  });
});

describe('emailMfa against the mock backend', () => {
  let now = Date.parse('2026-11-29T03:00:00Z');
  const backend = useMockBackend({
    now: () => now,
    codeTtlMs: 600_000,
    resendCooldownMs: 30_000,
    maxAttempts: 3,
  });

  it('signs in with the emailed code', async () => {
    const client = mockClient();
    const answer = await client.emailMfa.verifyCode({
      ...(await reachEmailCode(backend)),
      rememberDevice: true,
    });
    expect(answer).toMatchObject({
      mfaRequired: false,
      userEmail: DEMO_USER.email,
      expiresIn: expect.any(Number) as unknown,
    });
    expect(answer.accessToken?.split('.')).toHaveLength(3);
    // A field the spec does not list passes through.
    expect((answer as unknown as Record<string, unknown>).amr).toEqual(['pwd', 'otp', 'mfa']);
  });

  it('classifies a wrong code as invalid-code with no error-code map, keeping the server text', async () => {
    const client = mockClient();
    const step = await reachEmailCode(backend);
    await expect(
      client.emailMfa.verifyCode({ ...step, code: wrongCode(step.code) }),
    ).rejects.toMatchObject({
      kind: 'invalid-code',
      status: 400,
      errorCode: backend.errorCodes.invalidCode,
      messages: ['Invalid code'],
    });
  });

  it('reads an expired or burned code, unmapped, as a refused code', async () => {
    const client = mockClient();
    const step = await reachEmailCode(backend);
    const kinds: string[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const error = await client.emailMfa
        .verifyCode({ ...step, code: wrongCode(step.code) })
        .catch((reason: MfaApiError) => reason);
      kinds.push((error as MfaApiError).kind);
    }
    now += 600_001;
    const expired = await client.emailMfa.verifyCode(step).catch((reason: MfaApiError) => reason);
    expect([...kinds, (expired as MfaApiError).kind]).toEqual(Array(5).fill('invalid-code'));
  });

  it('answers a resend inside the cooldown with rate-limited and the wait', async () => {
    const client = mockClient();
    const { mfaToken } = await reachEmailCode(backend);
    now += 10_000;
    await expect(client.emailMfa.sendCode({ mfaToken })).rejects.toMatchObject({
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 20_000,
    });
    now += 20_000;
    await expect(client.emailMfa.sendCode({ mfaToken })).resolves.toEqual({
      otcToken: expect.any(String) as unknown,
    });
  });
});

describe('emailMfa against a mock whose codes the app maps (errorCodeKinds)', () => {
  let now = Date.parse('2026-11-29T03:00:00Z');
  const backend = useMockBackend({ now: () => now, maxAttempts: 3, errorCodeStyle: 'mock' });
  const mappedClient = () => mockClient({ errorCodeKinds: MOCK_ERROR_CODE_KINDS });

  it('classifies a wrong code as invalid-code via the table', async () => {
    const client = mappedClient();
    const step = await reachEmailCode(backend);
    await expect(
      client.emailMfa.verifyCode({ ...step, code: wrongCode(step.code) }),
    ).rejects.toMatchObject({ kind: 'invalid-code', status: 400, errorCode: 'ER-01110' });
  });

  it('classifies an expired code as expired', async () => {
    const client = mappedClient();
    const step = await reachEmailCode(backend);
    now += 600_001;
    await expect(client.emailMfa.verifyCode(step)).rejects.toMatchObject({ kind: 'expired' });
  });

  it('classifies a burned code as too-many-attempts', async () => {
    const client = mappedClient();
    const step = await reachEmailCode(backend);
    const kinds: string[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const error = await client.emailMfa
        .verifyCode({ ...step, code: wrongCode(step.code) })
        .catch((reason: MfaApiError) => reason);
      kinds.push((error as MfaApiError).kind);
    }
    expect(kinds).toEqual([
      'invalid-code',
      'invalid-code',
      'too-many-attempts',
      'too-many-attempts',
    ]);
  });
});
