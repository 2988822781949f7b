import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { AuthResponse } from '@mfa-kit/core';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mockPaths } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useMfaLogin } from './use-mfa-login.js';
import { useRecoveryCode } from './use-recovery-code.js';
import { useSmsMfa } from './use-sms-mfa.js';
import { useAuthenticatorMfa } from './use-authenticator-mfa.js';

const env = setupMockEnv();
const user = DEMO_USERS.allFactors;

async function loginAnswer(email: string = user.email): Promise<AuthResponse> {
  return env.client().auth.login({ email, password: user.password });
}

/** The step as an app builds it: the login hook picks the method, the method's hook runs it. */
function useStep({ answer, onVerified }: { answer: AuthResponse; onVerified: () => void }) {
  const login = useMfaLogin(answer, { onVerified });
  const active = login.active;
  const authenticator = useAuthenticatorMfa({
    mfaToken: login.mfaToken,
    onVerified: login.onVerified,
    clock: env.clock,
  });
  const phone = active?.kind === 'sms' ? active.deviceId : '';
  const sms = useSmsMfa({
    mfaToken: login.mfaToken,
    deviceId: phone,
    autoSend: phone !== '',
    onVerified: login.onVerified,
    clock: env.clock,
  });
  return { login, authenticator, sms };
}

describe('useMfaLogin', () => {
  test('offers every factor of the login answer, preferred first, and sends nothing itself', async () => {
    const answer = await loginAnswer();
    const before = env.requests.length;
    const { result } = renderMfaHook(() => useMfaLogin(answer, { email: user.email }), {
      client: env.client(),
    });
    expect(result.current.methods.map((method) => method.kind)).toEqual([
      'passkey',
      'security-key',
      'authenticator',
      'sms',
      'email',
      'recovery-code',
    ]);
    expect(result.current.active?.kind).toBe('passkey');
    expect(result.current.others).toHaveLength(5);
    expect(result.current.needsEnrolment).toBe(false);
    expect(env.requests.length).toBe(before);
  });

  test('offers no recovery code without the email it is spent with', async () => {
    const answer = await loginAnswer();
    const { result } = renderMfaHook(() => useMfaLogin(answer), { client: env.client() });
    expect(result.current.methods.map((method) => method.kind)).not.toContain('recovery-code');
  });

  test('switching to SMS texts one code; passing it hands the sign-in answer to the app once', async () => {
    const answer = await loginAnswer();
    const onVerified = vi.fn();
    const { result } = renderMfaHook(useStep, {
      client: env.client(),
      initialProps: { answer, onVerified },
    });
    const phone = user.phones[0];
    act(() => result.current.login.choose(`sms:${phone.id}`));
    expect(result.current.login.active).toMatchObject({ kind: 'sms', deviceId: phone.id });
    await waitFor(() => expect(result.current.sms.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsCode(phone.id))).toBe(1);

    act(() => {
      result.current.sms.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.login.auth).not.toBeNull());
    expect(result.current.login.auth).toMatchObject({ mfaRequired: false });
    expect(onVerified).toHaveBeenCalledExactlyOnceWith(result.current.login.auth);
    expect(env.count(mockPaths.smsCodeVerify(phone.id))).toBe(1);
  });

  test('an authenticator code signs in with one request; the tenant policy is asked once for the login', async () => {
    const answer = await loginAnswer();
    const { result } = renderMfaHook(useStep, {
      client: env.client(),
      initialProps: { answer, onVerified: () => {} },
    });
    act(() => result.current.login.choose('authenticator'));
    expect(result.current.authenticator).toMatchObject({
      step: 'ready',
      canVerify: true,
      canResend: false,
    });
    const code = await totpCode(user.authenticators[0].secret, env.clock.now());
    act(() => {
      result.current.authenticator.verifyCode({ code });
    });
    await waitFor(() => expect(result.current.login.auth).not.toBeNull());
    expect(env.count(mockPaths.totpVerify)).toBe(1);
    expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1);
  });

  test('a new login answer starts from its preferred method again', async () => {
    const first = await loginAnswer();
    const { result, rerender } = renderMfaHook(
      ({ answer }: { answer: AuthResponse }) => useMfaLogin(answer),
      { client: env.client(), initialProps: { answer: first } },
    );
    act(() => result.current.choose('email'));
    expect(result.current.active?.kind).toBe('email');
    rerender({ answer: await loginAnswer() });
    expect(result.current.active?.kind).toBe('passkey');
  });

  test('a user with nothing enrolled needs enrolment first', () => {
    const { result } = renderMfaHook(
      () =>
        useMfaLogin({
          mfaRequired: true,
          mfaToken: 'token',
          mfaEnrolled: false,
          mfaDevices: { webauthn: [], phones: [], authenticators: [], emails: [] },
        }),
      { client: env.client() },
    );
    expect(result.current).toMatchObject({ active: null, methods: [], needsEnrolment: true });
  });
});

describe('useRecoveryCode', () => {
  test('spends a recovery code typed with spaces, once, and then says MFA is off', async () => {
    await loginAnswer();
    const onRecovered = vi.fn();
    const { result } = renderMfaHook(
      () => useRecoveryCode({ email: user.email, onRecovered, clock: env.clock }),
      { client: env.client() },
    );
    expect(result.current).toMatchObject({ step: 'ready', canResend: false, recovered: false });
    act(() => {
      result.current.redeem(` ${user.recoveryCodes[0].replaceAll('-', ' ')} `);
    });
    await waitFor(() => expect(result.current.recovered).toBe(true));
    expect(onRecovered).toHaveBeenCalledOnce();
    expect(await env.bodies(mockPaths.recover)).toEqual([
      { email: user.email, recoveryCode: user.recoveryCodes[0] },
    ]);
  });

  test('a refused code is not sent again, however it is spaced', async () => {
    const { result } = renderMfaHook(
      () => useRecoveryCode({ email: user.email, clock: env.clock }),
      { client: env.client() },
    );
    act(() => {
      result.current.redeem('AAAA-BBBB-CCCC');
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-code'));
    expect(result.current.isCodeRefused('AAAA BBBB CCCC')).toBe(true);
    act(() => {
      expect(result.current.redeem('AAAA BBBB CCCC')).toBe(false);
    });
    expect(env.count(mockPaths.recover)).toBe(1);
  });
});
