import { DEMO_USER } from '@mfa-kit/mock';
import { signInDemoUser } from '@mfa-kit/mock/testing';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';
import { mockClient, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const noDevices = { webauthn: [], phones: [], authenticators: [], emails: [] };
const challenge = { mfaToken: 'step-up-1', mfaEnrolled: true, mfaDevices: noDevices };

describe('stepUp.generate request', () => {
  it.each([
    [undefined, '{}'],
    [{}, '{}'],
    [{ maxAge: 300 }, '{"maxAge":300}'],
    [{ maxAge: 0 }, '{"maxAge":0}'],
  ])('with %o POSTs %s and the bearer token', async (input, body) => {
    const { fetch, requests } = fakeFetch(() => json(201, challenge));
    const client = createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'h.p.s' });
    await expect(client.stepUp.generate(input)).resolves.toEqual(challenge);
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe(`${BASE}/resources/auth/v1/user/step-up/generate`);
    expect(request?.body).toBe(body);
    expect(Object.fromEntries(request?.headers ?? [])).toEqual({
      authorization: 'Bearer h.p.s',
      'content-type': 'application/json',
    });
  });

  it.each([-1, 1.5, '300', Number.NaN, Number.POSITIVE_INFINITY])(
    'refuses a maxAge of %s as invalid-input, sending nothing',
    async (maxAge) => {
      const { fetch } = fakeFetch(() => json(201, challenge));
      const client = createMfaClient({ baseUrl: BASE, fetch });
      await expect(client.stepUp.generate({ maxAge } as { maxAge: number })).rejects.toMatchObject({
        kind: 'invalid-input',
        message: 'maxAge must be a whole number of seconds.',
      });
      expect(fetch).not.toHaveBeenCalled();
    },
  );
});

describe('stepUp.generate answers', () => {
  it('keeps a login answer with tokens as it came, fields Frontegg adds included', async () => {
    const answer = { ...signedIn, acr: 'x', amr: ['pwd', 'otp', 'mfa'] };
    const { fetch } = fakeFetch(() => json(201, answer));
    await expect(createMfaClient({ baseUrl: BASE, fetch }).stepUp.generate()).resolves.toEqual(
      answer,
    );
  });

  it.each([
    ['a challenge without mfaDevices', { mfaToken: 't', mfaEnrolled: true }, '"mfaDevices"'],
    [
      'a challenge with a malformed phone',
      { ...challenge, mfaDevices: { ...noDevices, phones: [{ id: 1 }] } },
      '"mfaDevices.phones.0.id"',
    ],
    ['an empty accessToken and no challenge', { accessToken: '' }, '"mfaToken"'],
    ['tokens without mfaRequired', { accessToken: 'a.b.c' }, '"mfaRequired"'],
    ['a list', [], '"(root)"'],
  ])('names the field of %s (invalid-response)', async (_, body, field) => {
    const { fetch } = fakeFetch(() => json(201, body));
    await expect(createMfaClient({ baseUrl: BASE, fetch }).stepUp.generate()).rejects.toMatchObject(
      {
        kind: 'invalid-response',
        message: expect.stringContaining(field) as unknown,
      },
    );
  });
});

describe('stepUp.generate against the mock', () => {
  const backend = useMockBackend();

  it('answers tokens for a fresh second-factor sign-in, and a challenge once it is older than maxAge', async () => {
    const { accessToken } = await signInDemoUser(backend);
    const fresh = await mockClient({ getAccessToken: () => accessToken }).stepUp.generate({
      maxAge: 300,
    });
    expect(fresh).toMatchObject({ mfaRequired: false, accessToken: expect.any(String) as unknown });

    const aged = await backend.ageSession(accessToken, 600);
    const stale = await mockClient({ getAccessToken: () => aged }).stepUp.generate({ maxAge: 300 });
    expect(stale).toEqual({
      mfaToken: expect.any(String) as unknown,
      mfaEnrolled: true,
      mfaDevices: backend.devices(DEMO_USER.email),
    });
  });

  it('is unauthorized without a token', async () => {
    await expect(mockClient().stepUp.generate()).rejects.toMatchObject({ kind: 'unauthorized' });
  });
});
