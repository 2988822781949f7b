import { DEMO_USERS } from '@mfa-kit/mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mockPaths } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useEnrollAuthenticator, useEnrollSms } from './use-enroll-mfa.js';
import { useMfaStrategies } from './use-mfa-strategies.js';

const env = setupMockEnv();
const user = DEMO_USERS.newUser;

async function enrollmentToken() {
  const answer = await env.client().auth.login(user);
  expect(answer).toMatchObject({ mfaRequired: true, mfaEnrolled: false });
  return answer.mfaToken!;
}

describe('enrollment at login', () => {
  test('the tenant strategies are read once', async () => {
    const { result } = renderMfaHook(() => useMfaStrategies(), { client: env.client() });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(result.current.data?.strategies.map((entry) => entry.strategy)).toContain(
      'AuthenticatorApp',
    );
    expect(env.count(mockPaths.mfaStrategies)).toBe(1);
  });

  test('the strategies a login answer carries are used as they are: nothing is asked', async () => {
    const answer = await env.client().auth.login(user);
    expect(answer.mfaStrategies).toEqual(expect.arrayContaining(['AuthenticatorApp']));
    const { result } = renderMfaHook(() => useMfaStrategies(answer), { client: env.client() });
    expect(result.current.data?.strategies).toContainEqual({
      strategy: 'AuthenticatorApp',
      isActive: true,
    });
    expect(result.current.isSuccess).toBe(true);
    expect(env.count(mockPaths.mfaStrategies)).toBe(0);
  });

  test('a login answer without readable strategies asks the tenant, once', async () => {
    const { result } = renderMfaHook(() => useMfaStrategies({ mfaStrategies: {} }), {
      client: env.client(),
    });
    await waitFor(() => expect(result.current.data).toBeDefined());
    expect(env.count(mockPaths.mfaStrategies)).toBe(1);
  });

  test('useEnrollAuthenticator fetches the QR code once on mount and offers no resend wait', async () => {
    const mfaToken = await enrollmentToken();
    const { result } = renderMfaHook(() => useEnrollAuthenticator({ mfaToken, clock: env.clock }), {
      client: env.client(),
      strict: true,
    });
    // An image source, as Frontegg's data URL comes.
    await waitFor(() =>
      expect(result.current.qrCode).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/),
    );
    expect(env.count(mockPaths.enrollAuthenticator)).toBe(1);
    expect(result.current.recoveryCode).toBeNull();
  });

  test('useEnrollSms sends nothing until a number is submitted, then one code; the code signs in', async () => {
    const mfaToken = await enrollmentToken();
    const onVerified = vi.fn();
    const { result } = renderMfaHook(
      () => useEnrollSms({ mfaToken, onVerified, clock: env.clock }),
      { client: env.client() },
    );
    expect(result.current).toMatchObject({ step: 'idle', phoneNumber: null });
    expect(env.count(mockPaths.enrollSms)).toBe(0);
    act(() => result.current.submitPhone('+15550001111'));
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.enrollSms)).toBe(1);
    act(() => {
      result.current.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.auth).not.toBeNull());
    expect(result.current.recoveryCode).toEqual(expect.any(String));
    expect(onVerified).toHaveBeenCalledOnce();
  });
});
