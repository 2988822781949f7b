import { DEMO_USERS, signWebAuthnAssertion } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';
import { reachSecondFactor } from '../test/login-factors.js';
import { mockClient, useMockBackend } from '../test/mock-backend.js';
import type { VerifyWebAuthnInput } from './webauthn-mfa.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const started = {
  webauthnToken: 'wa-1',
  options: {
    challenge: 'Y2hhbGxlbmdl',
    rpId: 'app.example.com',
    allowCredentials: [{ id: 'Y3JlZA', type: 'public-key', transports: ['usb'] }],
    userVerification: 'preferred',
    timeout: 60000,
    hints: ['security-key'],
  },
};
// What `credential.toJSON()` gives for a security key: more than the spec's fields, no userHandle.
const credentialJson = {
  id: 'Y3JlZA',
  rawId: 'Y3JlZA',
  type: 'public-key',
  authenticatorAttachment: 'cross-platform',
  clientExtensionResults: {},
  response: { clientDataJSON: 'Y2Q', authenticatorData: 'YWQ', signature: 'c2ln' },
};
const verifyInput = {
  deviceId: 'key-1',
  mfaToken: 'mfa-1',
  webauthnToken: 'wa-1',
  options: credentialJson,
};

function recordingClient(answer: () => Response = () => json(201, started)) {
  const { fetch, requests } = fakeFetch(answer);
  return { client: createMfaClient({ baseUrl: BASE, fetch }), fetch, requests };
}

describe('webauthnMfa requests', () => {
  it('start posts exactly { mfaToken } and returns the options as they came, extra fields included', async () => {
    const { client, requests } = recordingClient();
    await expect(
      client.webauthnMfa.start({ deviceId: 'key 1', mfaToken: 'mfa-1' }),
    ).resolves.toEqual(started);
    expect(requests[0]?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/webauthn/key%201`);
    expect(requests[0]?.body).toBe('{"mfaToken":"mfa-1"}');
  });

  it.each([
    ['no challenge', { webauthnToken: 'w', options: {} }, '"options.challenge"'],
    ['no options', { webauthnToken: 'w' }, '"options"'],
    [
      'a credential without id',
      {
        webauthnToken: 'w',
        options: { challenge: 'c', allowCredentials: [{ type: 'public-key' }] },
      },
      '"options.allowCredentials.0.id"',
    ],
  ])('start reads an answer with %s as invalid-response', async (_label, answer, where) => {
    const { client } = recordingClient(() => json(201, answer));
    await expect(client.webauthnMfa.start({ deviceId: 'k', mfaToken: 'm' })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining(where) as unknown,
    });
  });

  it("verify sends the spec's fields of a toJSON() result alone, userHandle null when it has none", async () => {
    const { client, requests } = recordingClient(() => json(201, signedIn));
    await expect(client.webauthnMfa.verify(verifyInput)).resolves.toEqual(signedIn);
    expect(requests[0]?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/webauthn/key-1/verify`);
    expect(JSON.parse(requests[0]?.body ?? '')).toEqual({
      webauthnToken: 'wa-1',
      options: {
        id: 'Y3JlZA',
        response: {
          clientDataJSON: 'Y2Q',
          authenticatorData: 'YWQ',
          signature: 'c2ln',
          userHandle: null,
        },
      },
      mfaToken: 'mfa-1',
    });
  });

  it('verify passes a user handle on, and rememberDevice when given', async () => {
    const { client, requests } = recordingClient(() => json(201, signedIn));
    await client.webauthnMfa.verify({
      ...verifyInput,
      options: { ...credentialJson, response: { ...credentialJson.response, userHandle: 'dWg' } },
      rememberDevice: true,
    });
    expect(JSON.parse(requests[0]?.body ?? '')).toMatchObject({
      options: { response: { userHandle: 'dWg' } },
      rememberDevice: true,
    });
  });

  it.each([
    ['no options', { options: undefined }, 'options.id'],
    ['an empty credential id', { options: { ...credentialJson, id: '' } }, 'options.id'],
    [
      'no signature',
      { options: { id: 'c', response: { clientDataJSON: 'a', authenticatorData: 'b' } } },
      'signature',
    ],
    [
      'a numeric user handle',
      { options: { id: 'c', response: { ...credentialJson.response, userHandle: 7 } } },
      'userHandle',
    ],
    ['an empty webauthnToken', { webauthnToken: '' }, 'webauthnToken'],
  ])('verify rejects %s as invalid-input, sending nothing', async (_label, change, field) => {
    const { client, fetch } = recordingClient();
    const input = { ...verifyInput, ...change } as unknown as VerifyWebAuthnInput;
    await expect(client.webauthnMfa.verify(input)).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('webauthnMfa against the mock backend', () => {
  useMockBackend();
  const user = DEMO_USERS.passkeyAndRecovery;

  it.each(user.webauthn.map((device) => [device.name, device] as const))(
    'signs in with the %s, its assertion signed by the seeded key',
    async (_name, device) => {
      const client = mockClient();
      const mfaToken = await reachSecondFactor(client, user);
      const { webauthnToken, options } = await client.webauthnMfa.start({
        deviceId: device.id,
        mfaToken,
      });
      expect(options.allowCredentials).toMatchObject([{ id: device.credentialId }]);
      const assertion = await signWebAuthnAssertion({
        device,
        options,
        origin: 'http://localhost:5173',
      });
      await expect(
        client.webauthnMfa.verify({
          deviceId: device.id,
          mfaToken,
          webauthnToken,
          options: assertion,
        }),
      ).resolves.toMatchObject({ mfaRequired: false, userEmail: user.email });
    },
  );

  it('reads a refused assertion as bad-request with the server text: no code was typed', async () => {
    const client = mockClient();
    const [passkey, securityKey] = user.webauthn;
    const mfaToken = await reachSecondFactor(client, user);
    const { webauthnToken, options } = await client.webauthnMfa.start({
      deviceId: passkey.id,
      mfaToken,
    });
    const signedByAnother = await signWebAuthnAssertion({
      device: { ...passkey, privateKey: securityKey.privateKey },
      options,
    });
    const error = (await client.webauthnMfa
      .verify({ deviceId: passkey.id, mfaToken, webauthnToken, options: signedByAnother })
      .catch((reason: unknown) => reason)) as MfaApiError;
    expect(error).toMatchObject({
      kind: 'bad-request',
      status: 400,
      messages: [
        'WebAuthn assertion refused: the challenge, relying party, counter or signature does not match',
      ],
    });
    expect(error.message).not.toContain(webauthnToken);
  });
});
