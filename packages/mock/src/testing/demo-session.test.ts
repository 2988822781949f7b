import { describe, expect, it } from 'vitest';
import { createMockBackend } from '../backend';
import { DEMO_USERS } from '../seeded-users';
import { DEMO_USER } from '../users';
import { callMock } from './call-mock';
import { loginAs, loginDemoUser, sendEmailCode, signInDemoUser } from './demo-session';
import { mockPaths } from './mock-paths';

describe('the demo user on a backend, without the network', () => {
  it('signInDemoUser: an access token the user routes take, and a login waiting for its code', async () => {
    const backend = createMockBackend({ seed: 3 });
    const { accessToken, mfaToken } = await signInDemoUser(backend);
    expect(backend.outbox.messages()).toEqual([]);

    const devices = await callMock(backend, mockPaths.devices, { accessToken });
    expect(devices.status).toBe(200);
    expect(await devices.json()).toMatchObject({ phones: DEMO_USER.phones });

    const { otcToken, code } = await sendEmailCode(backend, mfaToken);
    const verified = await callMock(backend, mockPaths.emailCodeVerify, {
      body: { mfaToken, otcToken, code },
    });
    expect(verified.status).toBe(201);
  });

  it('loginDemoUser sends no code; sendEmailCode returns the code the outbox holds', async () => {
    const backend = createMockBackend({ seed: 4 });
    const mfaToken = await loginDemoUser(backend);
    expect(backend.outbox.messages()).toEqual([]);
    const { code } = await sendEmailCode(backend, mfaToken);
    expect(backend.outbox.latest({ channel: 'email' })).toMatchObject({
      to: DEMO_USER.email,
      code,
    });
  });

  it('says which step failed, and how, when the backend has no demo user', async () => {
    const backend = createMockBackend({
      users: [{ email: 'someone@example.com', password: 'secret', name: 'Someone' }],
    });
    await expect(loginDemoUser(backend)).rejects.toThrow(
      /POST \/resources\/auth\/v1\/user answered 401/,
    );
  });

  it('loginAs logs any seeded user in at its second-factor step, and throws when no MFA is asked', async () => {
    const backend = createMockBackend({
      seed: 5,
      users: [
        DEMO_USERS.authenticator,
        { email: 'plain@example.com', password: 'pw', name: 'P', emailMfa: false },
      ],
    });
    const mfaToken = await loginAs(backend, DEMO_USERS.authenticator);
    expect(mfaToken).not.toBe('');
    await expect(loginAs(backend, { email: 'plain@example.com', password: 'pw' })).rejects.toThrow(
      /POST \/resources\/auth\/v1\/user answered 200/,
    );
  });
});
