// smsMfa at login (sendCode, verifyCode); the account-settings calls are in sms-mfa.test.ts.
import { DEMO_USER } from '@mfa-kit/mock';
import { describe, expect, it } from 'vitest';
import { createMfaClient } from './create-client.js';
import type { MfaApiError } from './errors.js';
import { fakeFetch, json, signedIn } from './test-fetch.js';
import { reachSecondFactor } from '../test/login-factors.js';
import { wrongCode } from '@mfa-kit/mock/testing';
import { mockClient, useMockBackend } from '../test/mock-backend.js';

const BASE = 'https://app-xxx.frontegg.com/identity';
const verifyInput = { deviceId: 'phone-1', mfaToken: 'mfa-1', otcToken: 'otc-1', code: '123456' };

function recordingClient() {
  const { fetch, requests } = fakeFetch((request) =>
    request.url.pathname.endsWith('/verify')
      ? json(201, signedIn)
      : json(201, { otcToken: 'otc-2', phoneNumber: '+1***4567' }),
  );
  return { client: createMfaClient({ baseUrl: BASE, fetch }), fetch, requests };
}

describe('smsMfa login requests', () => {
  it('sendCode posts exactly { mfaToken } to the phone, and returns the otcToken and number', async () => {
    const { client, requests } = recordingClient();
    await expect(
      client.smsMfa.sendCode({ deviceId: 'phone 1', mfaToken: 'mfa-1' }),
    ).resolves.toEqual({ otcToken: 'otc-2', phoneNumber: '+1***4567' });
    const [request] = requests;
    expect(request?.method).toBe('POST');
    expect(request?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/sms/phone%201`);
    expect(request?.body).toBe('{"mfaToken":"mfa-1"}');
    expect([...(request?.headers.keys() ?? [])]).toEqual(['content-type']);
  });

  it.each([
    [undefined, '{"otcToken":"otc-1","code":"123456","mfaToken":"mfa-1"}'],
    [false, '{"otcToken":"otc-1","code":"123456","mfaToken":"mfa-1","rememberDevice":false}'],
  ])('verifyCode with rememberDevice %s posts %s', async (rememberDevice, body) => {
    const { client, requests } = recordingClient();
    await expect(client.smsMfa.verifyCode({ ...verifyInput, rememberDevice })).resolves.toEqual(
      signedIn,
    );
    expect(requests[0]?.url.href).toBe(`${BASE}/resources/auth/v1/user/mfa/sms/phone-1/verify`);
    expect(requests[0]?.body).toBe(body);
  });

  it.each([
    ['a dot-segment deviceId', { deviceId: '..' }, 'deviceId'],
    ['an empty deviceId', { deviceId: '' }, 'deviceId'],
    ['a code with spaces', { code: '123 456' }, 'code'],
    ['an empty otcToken', { otcToken: '' }, 'otcToken'],
    ['an empty mfaToken', { mfaToken: '' }, 'mfaToken'],
  ])('verifyCode rejects %s as invalid-input, sending nothing', async (_label, change, field) => {
    const { client, fetch } = recordingClient();
    await expect(client.smsMfa.verifyCode({ ...verifyInput, ...change })).rejects.toMatchObject({
      kind: 'invalid-input',
      message: expect.stringContaining(field) as unknown,
    });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('smsMfa at login against the mock backend', () => {
  let now = Date.parse('2026-11-29T03:00:00Z');
  const backend = useMockBackend({ now: () => now, resendCooldownMs: 30_000 });
  const [phone] = DEMO_USER.phones;

  it('signs in with the texted code', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, DEMO_USER);
    const { otcToken, phoneNumber } = await client.smsMfa.sendCode({
      deviceId: phone.id,
      mfaToken,
    });
    expect(phoneNumber).toBe(phone.phoneNumber);
    const code = backend.outbox.latest({ channel: 'sms', to: phone.phoneNumber })?.code ?? '';
    await expect(
      client.smsMfa.verifyCode({ deviceId: phone.id, mfaToken, otcToken, code }),
    ).resolves.toMatchObject({ mfaRequired: false, userEmail: DEMO_USER.email });
  });

  it('classifies a wrong code as invalid-code with no error-code map', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, DEMO_USER);
    const { otcToken } = await client.smsMfa.sendCode({ deviceId: phone.id, mfaToken });
    const code = backend.outbox.latest({ channel: 'sms' })?.code ?? '';
    const error = (await client.smsMfa
      .verifyCode({ deviceId: phone.id, mfaToken, otcToken, code: wrongCode(code) })
      .catch((reason: unknown) => reason)) as MfaApiError;
    expect(error).toMatchObject({
      kind: 'invalid-code',
      errorCode: backend.errorCodes.invalidCode,
      messages: ['Invalid code'],
    });
  });

  it('answers a resend inside the cooldown with rate-limited and the wait', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, DEMO_USER);
    await client.smsMfa.sendCode({ deviceId: phone.id, mfaToken });
    now += 10_000;
    await expect(client.smsMfa.sendCode({ deviceId: phone.id, mfaToken })).rejects.toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 20_000,
    });
  });

  it('reads an unknown phone as not-found', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, DEMO_USER);
    await expect(
      client.smsMfa.sendCode({ deviceId: 'no-such-phone', mfaToken }),
    ).rejects.toMatchObject({ kind: 'not-found', status: 404 });
  });
});
