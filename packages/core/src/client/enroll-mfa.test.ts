import { DEMO_USERS, createWebAuthnAttestation, totpCode } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { wrongTotp } from '@mfa-kit/mock/testing';
import { reachSecondFactor } from '../test/login-factors.js';
import { mockClient, useMockEnv } from '../test/mock-backend.js';
import { createMfaClient } from './create-client.js';
import type { MfaClient } from './create-client.js';
import type { MfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const A = `${BASE}/resources/auth/v1/user/mfa`;
const attestationJson = {
  id: 'bmV3',
  rawId: 'bmV3',
  type: 'public-key',
  authenticatorAttachment: 'platform',
  clientExtensionResults: {},
  response: { clientDataJSON: 'Y2Q', attestationObject: 'YW8', transports: ['internal'] },
};
const creation = {
  webauthnToken: 'wa-1',
  options: {
    challenge: 'Y2hhbGxlbmdl',
    rp: { id: 'app.example.com', name: 'Example' },
    user: { id: 'dWlk', name: 'a@b.c', displayName: 'A' },
    pubKeyCredParams: [{ type: 'public-key', alg: -7 }],
    excludeCredentials: [{ id: 'b2xk', type: 'public-key' }],
  },
};
const signedInWithRecovery = { ...signedIn, recoveryCode: 'ABCD-EFGH-IJKL' };

type Call = (client: MfaClient) => Promise<unknown>;

// Each endpoint: the call, the request it must send, and the answer the server gives.
const endpoints: [string, Call, string, string, unknown][] = [
  [
    'startAuthenticator',
    (client) => client.enrollMfa.startAuthenticator({ mfaToken: 'mfa-1' }),
    `${A}/authenticator/enroll`,
    '{"mfaToken":"mfa-1"}',
    { qrCode: 'iVBORw0KGgo' },
  ],
  [
    'verifyAuthenticator',
    (client) =>
      client.enrollMfa.verifyAuthenticator({
        mfaToken: 'mfa-1',
        token: '123456',
        rememberDevice: true,
      }),
    `${A}/authenticator/enroll/verify`,
    '{"token":"123456","mfaToken":"mfa-1","rememberDevice":true}',
    signedInWithRecovery,
  ],
  [
    'startSms',
    (client) => client.enrollMfa.startSms({ mfaToken: 'mfa-1', phoneNumber: '+15551234567' }),
    `${A}/sms/enroll`,
    '{"phoneNumber":"+15551234567","mfaToken":"mfa-1"}',
    { otcToken: 'otc-1' },
  ],
  [
    'verifySms',
    (client) =>
      client.enrollMfa.verifySms({ mfaToken: 'mfa-1', otcToken: 'otc-1', code: '654321' }),
    `${A}/sms/enroll/verify`,
    '{"otcToken":"otc-1","code":"654321","mfaToken":"mfa-1"}',
    signedInWithRecovery,
  ],
  [
    'startWebAuthn',
    (client) => client.enrollMfa.startWebAuthn({ mfaToken: 'mfa-1' }),
    `${A}/webauthn/enroll`,
    '{"mfaToken":"mfa-1"}',
    creation,
  ],
  [
    'verifyWebAuthn',
    (client) =>
      client.enrollMfa.verifyWebAuthn({
        mfaToken: 'mfa-1',
        webauthnToken: 'wa-1',
        deviceType: 'Platform',
        options: attestationJson,
      }),
    `${A}/webauthn/enroll/verify`,
    JSON.stringify({
      deviceType: 'Platform',
      webauthnToken: 'wa-1',
      options: { id: 'bmV3', response: { clientDataJSON: 'Y2Q', attestationObject: 'YW8' } },
      mfaToken: 'mfa-1',
    }),
    signedInWithRecovery,
  ],
];

function recordingClient(answer: () => Response) {
  const { fetch, requests } = fakeFetch(answer);
  return {
    client: createMfaClient({ baseUrl: BASE, fetch, getAccessToken: () => 'jwt' }),
    fetch,
    requests,
  };
}

describe('enrollMfa requests (login time: no bearer, the mfaToken in the body)', () => {
  it.each(endpoints)(
    '%s posts exactly the documented body and returns the answer as it came',
    async (_name, call, url, body, answer) => {
      const { client, requests } = recordingClient(() => json(201, answer));
      await expect(call(client)).resolves.toEqual(answer);
      const [request] = requests;
      expect(request?.method).toBe('POST');
      expect(request?.url.href).toBe(url);
      expect(request?.body).toBe(body);
      expect(Object.fromEntries(request?.headers ?? [])).toEqual({
        'content-type': 'application/json',
      });
    },
  );

  it.each(endpoints)(
    '%s reads an answer of the wrong shape as invalid-response',
    async (_n, call) => {
      const { client } = recordingClient(() =>
        json(201, { qrCode: 7, otcToken: 7, mfaRequired: 'no' }),
      );
      await expect(call(client)).rejects.toMatchObject({ kind: 'invalid-response' });
    },
  );

  it.each([
    ['verifyAuthenticator', endpoints[1]![1], 'invalid-code'],
    ['verifySms', endpoints[3]![1], 'invalid-code'],
    ['verifyWebAuthn', endpoints[5]![1], 'bad-request'],
    ['startSms', endpoints[2]![1], 'bad-request'],
  ] as const)(
    '%s reads a refusal of a valid body as %s, with the server words',
    async (_n, call, kind) => {
      const { client } = recordingClient(() =>
        json(400, { errors: ['Nope'], errorCode: 'ER-09999' }),
      );
      await expect(call(client)).rejects.toMatchObject({
        kind,
        message: 'Nope',
        errorCode: 'ER-09999',
      });
    },
  );

  it('startWebAuthn checks the creation options the browser needs: challenge, rp and user', async () => {
    const broken = {
      ...creation,
      options: { ...creation.options, user: { name: 'a', displayName: 'A' } },
    };
    const { client } = recordingClient(() => json(201, broken));
    await expect(client.enrollMfa.startWebAuthn({ mfaToken: 'm' })).rejects.toMatchObject({
      kind: 'invalid-response',
      message: expect.stringContaining('"options.user.id"') as unknown,
    });
  });

  it.each([
    ['a phone number without +', { phoneNumber: '15551234567' }, 'phoneNumber'],
    ['a phone number with spaces', { phoneNumber: '+1 555 123 4567' }, 'phoneNumber'],
    ['a phone number starting with 0', { phoneNumber: '+0555123456' }, 'phoneNumber'],
    ['a phone number too long', { phoneNumber: '+1234567890123456' }, 'phoneNumber'],
    ['no mfaToken', { mfaToken: '' }, 'mfaToken'],
  ])('startSms refuses %s before sending anything', async (_label, change, field) => {
    const { client, fetch } = recordingClient(() => json(201, {}));
    const error = (await client.enrollMfa
      .startSms({ mfaToken: 'mfa-1', phoneNumber: '+15551234567', ...change })
      .catch((reason: unknown) => reason)) as MfaApiError;
    expect(error).toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(error.message).not.toContain('555');
    expect(fetch).not.toHaveBeenCalled();
  });

  it.each([
    ['a code with letters', () => ({ token: '12a456' }), 'token'],
    ['an unknown device type', () => ({ deviceType: 'usb' }), 'deviceType'],
    [
      'an attestation without attestationObject',
      () => ({ options: { id: 'i', response: { clientDataJSON: 'c' } } }),
      'attestationObject',
    ],
  ])('refuses %s before sending anything', async (_label, change, field) => {
    const { client, fetch } = recordingClient(() => json(201, signedIn));
    const input = {
      mfaToken: 'm',
      token: '123456',
      webauthnToken: 'w',
      deviceType: 'Platform',
      options: attestationJson,
      ...change(),
    };
    const call =
      field === 'token' ? client.enrollMfa.verifyAuthenticator : client.enrollMfa.verifyWebAuthn;
    await expect(call(input as never)).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('enrollMfa against the mock backend', () => {
  const env = useMockEnv();
  const { backend } = env;
  const newUser = DEMO_USERS.newUser;

  it('adds an authenticator app at sign-in: the QR code’s app code completes the login with a recovery code', async () => {
    const client = mockClient();
    const login = await client.auth.login({ email: newUser.email, password: newUser.password });
    expect(login).toMatchObject({ mfaRequired: true, mfaEnrolled: false });
    const mfaToken = login.mfaToken ?? '';
    const { qrCode } = await client.enrollMfa.startAuthenticator({ mfaToken });
    const secret = secretOfQrCode(qrCode);
    const refused = await client.enrollMfa
      .verifyAuthenticator({ mfaToken, token: await wrongTotp(secret, env.clock.now()) })
      .catch((reason: unknown) => reason as MfaApiError);
    expect(refused).toMatchObject({ kind: 'invalid-code' });
    await expect(
      client.enrollMfa.verifyAuthenticator({
        mfaToken,
        token: await totpCode(secret, env.clock.now()),
      }),
    ).resolves.toMatchObject({
      mfaRequired: false,
      accessToken: expect.any(String) as unknown,
      recoveryCode: expect.any(String) as unknown,
    });
  });

  it('adds a phone at sign-in with the texted code', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, newUser);
    const { otcToken } = await client.enrollMfa.startSms({ mfaToken, phoneNumber: '+15550100400' });
    const code = backend.outbox.latest({ channel: 'sms', to: '+15550100400' })?.code ?? '';
    await expect(
      client.enrollMfa.verifySms({ mfaToken, otcToken, code, rememberDevice: true }),
    ).resolves.toMatchObject({ mfaRequired: false, recoveryCode: expect.any(String) as unknown });
  });

  it('adds a passkey at sign-in from a real attestation; one from another origin is a bad request', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, newUser);
    const refused = await client.enrollMfa.startWebAuthn({ mfaToken });
    const elsewhere = await createWebAuthnAttestation({
      options: refused.options,
      origin: 'https://evil.example',
    });
    await expect(
      client.enrollMfa.verifyWebAuthn({
        mfaToken,
        deviceType: 'Platform',
        webauthnToken: refused.webauthnToken,
        options: elsewhere.attestation,
      }),
    ).rejects.toMatchObject({ kind: 'bad-request', status: 400 });
    const { webauthnToken, options } = await client.enrollMfa.startWebAuthn({ mfaToken });
    const { attestation } = await createWebAuthnAttestation({ options });
    await expect(
      client.enrollMfa.verifyWebAuthn({
        mfaToken,
        deviceType: 'Platform',
        webauthnToken,
        options: attestation,
      }),
    ).resolves.toMatchObject({ mfaRequired: false });
    expect(backend.devices(newUser.email).webauthn).toHaveLength(1);
  });

  it('reads the tenant’s strategies', async () => {
    const { strategies } = await mockClient().mfaPolicy.strategies();
    expect(strategies.map(({ strategy }) => strategy)).toContain('AuthenticatorApp');
  });
});
