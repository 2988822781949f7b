import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { loginAs, mockPaths, wrongTotp } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useAuthenticatorMfa } from './use-authenticator-mfa.js';

const env = setupMockEnv();
const user = DEMO_USERS.authenticator;
const secret = user.authenticators[0].secret;

async function renderAuthenticator() {
  const mfaToken = await loginAs(env.backend, user);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderMfaHook(
    () => useAuthenticatorMfa({ mfaToken, onVerified, clock: env.clock }),
    {
      client: env.client(),
      strict: true,
    },
  );
  return { ...view, onVerified, mfaToken };
}

describe('useAuthenticatorMfa', () => {
  test('is ready at once and sends nothing before the code; the code is one request and signs in', async () => {
    const { result, onVerified } = await renderAuthenticator();
    expect(result.current).toMatchObject({ step: 'ready', canVerify: true, auth: null });
    expect(env.count(mockPaths.totpVerify)).toBe(0);

    const code = await totpCode(secret, env.clock.now());
    act(() => {
      expect(result.current.verifyCode({ code, rememberDevice: true })).toBe(true);
      // A double submit in the same tick sends nothing more.
      expect(result.current.verifyCode({ code, rememberDevice: true })).toBe(false);
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));

    expect(env.count(mockPaths.totpVerify)).toBe(1);
    expect(await env.bodies(mockPaths.totpVerify)).toEqual([
      expect.objectContaining({ value: code, rememberDevice: true }),
    ]);
    expect(onVerified).toHaveBeenCalledOnce();
    expect(result.current.auth).toBe(onVerified.mock.calls[0]![0]);
    expect(result.current.auth?.accessToken).toEqual(expect.any(String));
  });

  test('a refused code is an invalid-code error, and the same code is not sent again', async () => {
    const { result, onVerified } = await renderAuthenticator();
    const wrong = await wrongTotp(secret, env.clock.now());
    act(() => {
      result.current.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-code'));
    // A known code goes back to ready: the user corrects it or types the next one the app shows.
    expect(result.current).toMatchObject({ step: 'ready', failedAction: 'verify' });
    expect(result.current.isCodeRefused(wrong)).toBe(true);

    act(() => {
      expect(result.current.verifyCode({ code: wrong })).toBe(false);
    });
    expect(env.count(mockPaths.totpVerify)).toBe(1);

    // The code the app shows now is still checked: a known code has nothing to resend.
    const right = await totpCode(secret, env.clock.now());
    act(() => {
      expect(result.current.verifyCode({ code: right })).toBe(true);
    });
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.totpVerify)).toBe(2);
  });

  test('asks the remember-device policy once for the login', async () => {
    const { result, mfaToken } = await renderAuthenticator();
    await waitFor(() => expect(result.current.rememberDevice).toEqual({ allowed: true, days: 14 }));
    // This login's requests only: one of an earlier test may still arrive.
    const asked = env.requests.filter(
      ({ path, request }) =>
        path === mockPaths.rememberDevicePolicy &&
        new URL(request.url).searchParams.get('mfaToken') === mfaToken,
    );
    // React 18's StrictMode unmounts the first mount's query observer, which cancels its request (aborted,
    // never read) and asks again on the remount: one request is answered and used, in development too.
    expect(asked.filter(({ request }) => !request.signal.aborted)).toHaveLength(1);
    expect(asked.length).toBeLessThanOrEqual(2);
  });
});
