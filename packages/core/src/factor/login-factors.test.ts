import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { describe, expect, test, vi } from 'vitest';
import type { AuthResponse } from '../client/schemas.js';
import { wrongTotp } from '@mfa-kit/mock/testing';
import { reachSecondFactor } from '../test/login-factors.js';
import { mockClient, useMockEnv } from '../test/mock-backend.js';
import { recoveryCodeFactor } from './recovery-code-factor.js';
import { createMfaFactorSession } from './session.js';
import { smsMfaFactor } from './sms-mfa-factor.js';
import { authenticatorMfaFactor } from './authenticator-mfa-factor.js';
import { settled } from '../test/settled.js';

const env = useMockEnv();

describe('authenticatorMfaFactor', () => {
  const user = DEMO_USERS.authenticator;
  const { secret } = user.authenticators[0];

  test('is ready without a request, sends the code as `value`, and signs in', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, user);
    const onVerified = vi.fn<(auth: AuthResponse) => void>();
    const before = env.requests.length;
    const session = createMfaFactorSession(authenticatorMfaFactor, {
      client,
      params: { mfaToken },
      clock: env.clock,
      onVerified,
    });
    expect(session.start()).toBe(true);
    expect(session.getSnapshot().flow).toMatchObject({ step: 'ready', canVerify: true });
    expect(env.requests.length).toBe(before);

    session.verify({ code: await totpCode(secret, env.clock.now()), rememberDevice: false });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect(onVerified).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ mfaRequired: false, userEmail: user.email }),
    );
    expect(env.requests.slice(before).map((request) => request.path)).toEqual([
      '/resources/auth/v1/user/mfa/verify',
    ]);
  });

  test('a wrong code is refused, never sent twice, and the right one then costs one more check', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, user);
    const session = createMfaFactorSession(authenticatorMfaFactor, {
      client,
      params: { mfaToken },
      clock: env.clock,
      autoStart: true,
    });
    session.mount();
    const wrong = await wrongTotp(secret, env.clock.now());
    const before = env.requests.length;
    session.verify({ code: wrong });
    await settled(session);
    // Back where the code is typed, with the refusal shown.
    expect(session.getSnapshot().flow).toMatchObject({
      step: 'ready',
      error: { kind: 'invalid-code' },
    });
    expect(session.verify({ code: wrong })).toBe(false);
    session.verify({ code: await totpCode(secret, env.clock.now()) });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect(env.requests.length - before).toBe(2);
  });
});

describe('smsMfaFactor', () => {
  const user = DEMO_USERS.smsAndAuthenticator;
  const phone = user.phones[0];

  test('texts the phone, shows where the code went, and signs in with the texted code', async () => {
    const client = mockClient();
    const mfaToken = await reachSecondFactor(client, user);
    const session = createMfaFactorSession(smsMfaFactor, {
      client,
      params: { mfaToken, deviceId: phone.id },
      clock: env.clock,
    });
    session.start();
    await settled(session);
    const { flow, details } = session.getSnapshot();
    expect(flow.step).toBe('code-sent');
    expect(details?.phoneNumber).toMatch(/\d{2}$/);
    session.verify({ code: env.latestCode('sms'), rememberDevice: true });
    await settled(session);
    expect(session.getSnapshot().result).toMatchObject({ mfaRequired: false });
  });
});

describe('recoveryCodeFactor', () => {
  const user = DEMO_USERS.smsAndAuthenticator;

  test('spends the code once: the answer has no session, and the same code is refused after', async () => {
    const client = mockClient();
    await reachSecondFactor(client, user);
    const session = createMfaFactorSession(recoveryCodeFactor, {
      client,
      params: { email: user.email },
      clock: env.clock,
    });
    session.start();
    session.verify({ code: user.recoveryCodes[0] });
    await settled(session);
    expect(session.getSnapshot().flow.step).toBe('verified');
    expect(session.getSnapshot().result).toBeUndefined();

    const again = createMfaFactorSession(recoveryCodeFactor, {
      client,
      params: { email: user.email },
      clock: env.clock,
    });
    again.start();
    again.verify({ code: user.recoveryCodes[0] });
    await settled(again);
    expect(again.getSnapshot().flow).toMatchObject({
      step: 'ready',
      error: { kind: 'invalid-code' },
    });
  });
});
