import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS } from '@mfa-kit/mock';
import { loginAs, mockPaths, wrongCode } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useSmsMfa } from './use-sms-mfa.js';

const env = setupMockEnv();
const user = DEMO_USERS.smsOnly;
const phone = user.phones[0];

async function renderSms(autoSend?: boolean) {
  const mfaToken = await loginAs(env.backend, user);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderMfaHook(
    () => useSmsMfa({ mfaToken, deviceId: phone.id, autoSend, onVerified, clock: env.clock }),
    { client: env.client(), strict: true },
  );
  return { ...view, onVerified };
}

describe('useSmsMfa', () => {
  test('texts one code on mount (StrictMode too), says where it went, and the code signs in', async () => {
    const { result, onVerified } = await renderSms();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsCode(phone.id))).toBe(1);
    expect(result.current.phoneNumber).toEqual(expect.any(String));
    expect(result.current.phoneNumber).not.toBe('');

    act(() => {
      expect(result.current.verifyCode({ code: env.latestCode('sms') })).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(env.count(mockPaths.smsCodeVerify(phone.id))).toBe(1);
    expect(onVerified).toHaveBeenCalledOnce();
    expect(result.current.auth?.accessToken).toEqual(expect.any(String));
  });

  test('with autoSend off, nothing is texted until sendCode; then exactly one code', async () => {
    const { result } = await renderSms(false);
    expect(result.current).toMatchObject({ step: 'idle', phoneNumber: null });
    expect(env.count(mockPaths.smsCode(phone.id))).toBe(0);
    act(() => {
      expect(result.current.sendCode()).toBe(true);
      expect(result.current.sendCode()).toBe(false);
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsCode(phone.id))).toBe(1);
  });

  test('a wrong code is refused once; a resend after the cooldown texts a new code', async () => {
    const { result } = await renderSms();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    const wrong = wrongCode(env.latestCode('sms'));
    act(() => {
      result.current.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-code'));
    expect(result.current.isCodeRefused(wrong)).toBe(true);
    expect(result.current.canResend).toBe(false);

    act(() => env.clock.advance(30_000));
    expect(result.current.canResend).toBe(true);
    act(() => {
      expect(result.current.resendCode()).toBe(true);
    });
    await waitFor(() => expect(env.count(mockPaths.smsCode(phone.id))).toBe(2));
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsCodeVerify(phone.id))).toBe(1);
  });
});
