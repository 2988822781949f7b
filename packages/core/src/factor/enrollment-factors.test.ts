import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { describe, expect, test, vi } from 'vitest';
import { createMfaClient } from '../client/create-client.js';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { reachSecondFactor } from '../test/login-factors.js';
import { mockClient, useMockEnv } from '../test/mock-backend.js';
import { addAuthenticatorFactor } from './add-authenticator-factor.js';
import { addPhoneFactor } from './add-phone-factor.js';
import { enrollAuthenticatorFactor } from './enroll-authenticator-factor.js';
import { enrollSmsFactor } from './enroll-sms-factor.js';
import { removeAuthenticatorFactor } from './remove-authenticator-factor.js';
import { createMfaFactorSession } from './session.js';
import { settled } from '../test/settled.js';

const env = useMockEnv();

/** A seeded user signed in with their authenticator app: a client with their access token. */
async function signedIn(user: typeof DEMO_USERS.smsAndAuthenticator) {
  const anonymous = mockClient();
  const mfaToken = await reachSecondFactor(anonymous, user);
  const { accessToken } = await anonymous.authenticatorMfa.verify({
    mfaToken,
    value: await totpCode(user.authenticators[0].secret, env.clock.now()),
  });
  return mockClient({ getAccessToken: () => accessToken ?? null });
}

describe('enrollment at login (mfaEnrolled: false)', () => {
  const user = DEMO_USERS.newUser;

  test('an authenticator app: the QR code as details, the first code signs in with a recovery code', async () => {
    const client = mockClient();
    const login = await client.auth.login(user);
    expect(login).toMatchObject({ mfaRequired: true, mfaEnrolled: false });
    const session = createMfaFactorSession(enrollAuthenticatorFactor, {
      client,
      params: { mfaToken: login.mfaToken! },
      clock: env.clock,
    });
    session.start();
    await settled(session);
    const qrCode = session.getSnapshot().details?.qrCode ?? '';
    session.verify({ code: await totpCode(secretOfQrCode(qrCode), env.clock.now()) });
    await settled(session);
    const { result } = session.getSnapshot();
    expect(result?.mfaRequired).toBe(false);
    expect(result?.accessToken).toMatch(/\S/);
    expect(result?.recoveryCode).toMatch(/\S/);
  });

  test('a phone: the code texted to the number entered signs in', async () => {
    const client = mockClient();
    const login = await client.auth.login(user);
    const session = createMfaFactorSession(enrollSmsFactor, {
      client,
      params: { mfaToken: login.mfaToken!, phoneNumber: '+15550001111' },
      clock: env.clock,
      autoStart: true,
    });
    session.mount();
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('code-sent');
    session.verify({ code: env.latestCode('sms') });
    await settled(session);
    expect(session.getSnapshot().result).toMatchObject({ mfaRequired: false });
  });
});

describe('the QR code, whichever shape it comes in', () => {
  const PNG_BASE64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  /** A session adding an app against a server that answers the start with `qrCode`. */
  function startedWith(qrCode: string) {
    const fetch = vi.fn(() => Promise.resolve(Response.json({ qrCode }, { status: 200 })));
    const client = createMfaClient({ baseUrl: 'https://tenant.example/identity', fetch });
    const session = createMfaFactorSession(addAuthenticatorFactor, {
      client,
      params: {},
      clock: env.clock,
    });
    session.start();
    return { session, fetch };
  }

  test.each([
    ['a data URL, as Frontegg sends it', `data:image/png;base64,${PNG_BASE64}`],
    ['bare base64', PNG_BASE64],
  ])('%s: details carry an image source', async (_, qrCode) => {
    const { session } = startedWith(qrCode);
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('code-sent');
    expect(session.getSnapshot().details?.qrCode).toBe(`data:image/png;base64,${PNG_BASE64}`);
  });

  test('one the page could not show fails the start as invalid-response, with no details; trying again sends once more', async () => {
    const { session, fetch } = startedWith('https://tracker.example/qr.png');
    await settled(session);
    const { flow, details } = session.getSnapshot();
    expect(flow.step).toBe('failed');
    expect(flow.error?.kind).toBe('invalid-response');
    expect(details).toBeNull();
    expect(fetch).toHaveBeenCalledTimes(1);
    session.start();
    await settled(session);
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('account settings', () => {
  const user = DEMO_USERS.smsAndAuthenticator;

  test('adds an authenticator app and answers its recovery code', async () => {
    const client = await signedIn(user);
    const session = createMfaFactorSession(addAuthenticatorFactor, {
      client,
      params: {},
      clock: env.clock,
    });
    session.start();
    await settled(session);
    const secret = secretOfQrCode(session.getSnapshot().details?.qrCode ?? '');
    session.verify({ code: await totpCode(secret, env.clock.now()) });
    await settled(session);
    expect(session.getSnapshot().result?.recoveryCode).toMatch(/\S/);
    expect((await client.devices.list()).authenticators).toHaveLength(2);
  });

  test('adds a phone with the texted code', async () => {
    const client = await signedIn(user);
    const session = createMfaFactorSession(addPhoneFactor, {
      client,
      params: { phoneNumber: '+447700900123' },
      clock: env.clock,
    });
    session.start();
    await settled(session);
    session.verify({ code: env.latestCode('sms') });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect((await client.devices.list()).phones).toHaveLength(2);
  });

  test('removes an authenticator app with a recovery code; a wrong one is refused first', async () => {
    const client = await signedIn(user);
    const session = createMfaFactorSession(removeAuthenticatorFactor, {
      client,
      params: { deviceId: user.authenticators[0].id },
      clock: env.clock,
    });
    session.start();
    session.verify({ code: 'AAAA-BBBB-CCCC' });
    await settled(session);
    expect(session.getSnapshot().flow.error?.kind).toBe('invalid-code');
    session.verify({ code: user.recoveryCodes[0] });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect((await client.devices.list()).authenticators).toHaveLength(0);
  });
});
