import { DEMO_USERS, MOCK_ERROR_CODE_KINDS, totpCode } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';
import { wrongTotp } from '@mfa-kit/mock/testing';
import { reachSecondFactor } from '../test/login-factors.js';
import { mockClient, useMockEnv } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const user = DEMO_USERS.authenticator;
const { secret } = user.authenticators[0];

describe('authenticatorMfa requests', () => {
  it.each([
    [undefined, '{"value":"123456","mfaToken":"mfa-1"}'],
    [true, '{"value":"123456","mfaToken":"mfa-1","rememberDevice":true}'],
  ])(
    'verify with rememberDevice %s posts %s to /mfa/verify, no bearer',
    async (rememberDevice, body) => {
      const { fetch, requests } = fakeFetch(() => json(201, signedIn));
      const client = createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'h.p.s' });
      await expect(
        client.authenticatorMfa.verify({ mfaToken: 'mfa-1', value: '123456', rememberDevice }),
      ).resolves.toEqual(signedIn);
      const [request] = requests;
      expect(request?.method).toBe('POST');
      expect(request?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/verify`);
      expect(request?.body).toBe(body);
      expect([...(request?.headers.keys() ?? [])]).toEqual(['content-type']);
    },
  );

  it.each([
    ['an empty value', { value: '' }, 'value'],
    ['a value with letters', { value: '12a456' }, 'value'],
    ['a numeric value', { value: 123456 }, 'value'],
    ['an empty mfaToken', { mfaToken: '' }, 'mfaToken'],
    ['a string rememberDevice', { rememberDevice: 'yes' }, 'rememberDevice'],
  ])('verify rejects %s as invalid-input, sending nothing', async (_label, change, field) => {
    const { fetch } = fakeFetch(() => json(201, signedIn));
    const client = createMfaClient({ baseUrl: BASE, fetch });
    const input = { mfaToken: 'mfa-1', value: '123456', ...change } as unknown as Parameters<
      typeof client.authenticatorMfa.verify
    >[0];
    await expect(client.authenticatorMfa.verify(input)).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads an answer that is no login answer as invalid-response', async () => {
    const { fetch } = fakeFetch(() => json(201, { mfaRequired: 'no' }));
    await expect(
      createMfaClient({ baseUrl: BASE, fetch }).authenticatorMfa.verify({
        mfaToken: 'm',
        value: '1',
      }),
    ).rejects.toMatchObject({ kind: 'invalid-response' });
  });
});

describe('authenticatorMfa against the mock backend', () => {
  const env = useMockEnv({ maxAttempts: 3 });
  const { backend } = env;

  it('signs in with the code the authenticator app shows', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, user);
    const answer = await client.authenticatorMfa.verify({
      mfaToken,
      value: await totpCode(secret, env.clock.now()),
    });
    expect(answer).toMatchObject({ mfaRequired: false, userEmail: user.email });
    expect(answer.accessToken?.split('.')).toHaveLength(3);
  });

  it('classifies a wrong code as invalid-code with no error-code map, keeping the server text and no secret', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, user);
    const value = await wrongTotp(secret, env.clock.now());
    const error = (await client.authenticatorMfa
      .verify({ mfaToken, value })
      .catch((reason: unknown) => reason)) as MfaApiError;
    expect(error).toMatchObject({
      kind: 'invalid-code',
      status: 400,
      errorCode: backend.errorCodes.invalidCode,
      messages: ['Invalid code'],
    });
    expect(error.message).not.toContain(mfaToken);
    expect(error.message).not.toContain(value);
  });

  it('reads used-up tries as a refused code too, and as too-many-attempts with a map', async () => {
    const kindsOf = async (client: ReturnType<typeof mockClient>) => {
      const mfaToken = await reachSecondFactor(client, user);
      const kinds: string[] = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        const error = await client.authenticatorMfa
          .verify({ mfaToken, value: await wrongTotp(secret, env.clock.now()) })
          .catch((reason: MfaApiError) => reason);
        kinds.push((error as MfaApiError).kind);
      }
      return kinds;
    };
    expect(await kindsOf(mockClient())).toEqual(Array(4).fill('invalid-code'));
    const mapped = mockClient({
      errorCodeKinds: {
        [backend.errorCodes.invalidCode]: MOCK_ERROR_CODE_KINDS['ER-01110'],
        [backend.errorCodes.tooManyAttempts]: MOCK_ERROR_CODE_KINDS['ER-01112'],
      },
    });
    expect(await kindsOf(mapped)).toEqual([
      'invalid-code',
      'invalid-code',
      'too-many-attempts',
      'too-many-attempts',
    ]);
  });
});

describe('the deprecated name totpMfa (issue #19)', () => {
  it('is the same methods as authenticatorMfa', () => {
    const client = createMfaClient({ baseUrl: BASE });
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias itself is under test
    expect(client.totpMfa).toBe(client.authenticatorMfa);
  });
});
