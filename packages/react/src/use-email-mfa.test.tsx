import { emailMfaFactor } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mfaKeys } from './mfa-keys.js';
import { loginDemoUser, mockPaths } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useEmailMfa } from './use-email-mfa.js';
import type { UseEmailMfaOptions } from './use-email-mfa.js';

const env = setupMockEnv({
  rememberDevice: { isAllowedToRemember: true, mfaDeviceExpiration: 1_209_600 },
});

async function renderEmailMfa(
  options: Partial<UseEmailMfaOptions> = {},
  render: { strict?: boolean; queryClient?: QueryClient } = {},
) {
  const client = env.client();
  const mfaToken = await loginDemoUser(env.backend);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  let renders = 0;
  const view = renderMfaHook(
    (props: Partial<UseEmailMfaOptions>) => {
      renders += 1;
      return useEmailMfa({ mfaToken, onVerified, clock: env.clock, ...props });
    },
    { client, initialProps: options, ...render },
  );
  return { ...view, mfaToken, onVerified, renders: () => renders };
}

describe('useEmailMfa: the happy path', () => {
  test('emails one code on mount, verifies it and hands the sign-in answer to onVerified', async () => {
    const { result, onVerified } = await renderEmailMfa();
    expect(result.current.step).toBe('sending');
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(result.current).toMatchObject({
      canResend: false,
      resendInSeconds: 30,
      expiresInSeconds: 600,
      error: null,
    });

    act(() => {
      expect(result.current.verifyCode({ code: env.latestCode(), rememberDevice: true })).toBe(
        true,
      );
    });
    expect(result.current.step).toBe('verifying');
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.step).toBe('verified'));

    expect(onVerified).toHaveBeenCalledOnce();
    const auth = onVerified.mock.calls[0]![0];
    expect(auth.accessToken).toEqual(expect.any(String));
    expect(result.current.auth).toBe(auth);
    expect(env.count(mockPaths.emailCode)).toBe(1);
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
    const verify = env.requests.find((seen) => seen.path === mockPaths.emailCodeVerify)!;
    expect(await verify.body).toMatchObject({ rememberDevice: true });
  });

  test('sends nothing until sendCode() when autoSend is false', async () => {
    const { result } = await renderEmailMfa({ autoSend: false });
    await waitFor(() => expect(result.current.rememberDevice.allowed).toBe(true));
    expect(result.current.step).toBe('idle');
    expect(env.count(mockPaths.emailCode)).toBe(0);

    act(() => {
      result.current.sendCode();
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(1);
  });

  test('reads the remember-device policy once per mfaToken, without the token in any cache key', async () => {
    const { result, rerender, queryClient, mfaToken } = await renderEmailMfa();
    expect(result.current.rememberDevice).toEqual({ allowed: false, days: 0 });
    await waitFor(() => expect(result.current.rememberDevice).toEqual({ allowed: true, days: 14 }));
    rerender({});
    rerender({});
    expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1);
    const keys = JSON.stringify(
      queryClient
        .getQueryCache()
        .getAll()
        .map((query) => query.queryKey),
    );
    expect(keys).toContain('remember-device-policy');
    expect(keys).not.toContain(mfaToken);
  });

  test('offers no remember-device when the policy cannot be read', async () => {
    env.backend.faults.failNext(1, { status: 500 }, { route: 'remember-device-policy' });
    const { result } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    await waitFor(() => expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1));
    expect(result.current.rememberDevice).toEqual({ allowed: false, days: 0 });
  });

  test('keeps no token or code: the mutation cache forgets them and no storage is written', async () => {
    const { result, queryClient } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    await waitFor(() => expect(queryClient.getMutationCache().getAll()).toHaveLength(0));
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  test('starts over with a new mfaToken', async () => {
    const { result, rerender } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    const nextToken = await loginDemoUser(env.backend);
    rerender({ mfaToken: nextToken });
    await waitFor(() => expect(env.count(mockPaths.emailCode)).toBe(2));
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    const verify = env.requests.find((seen) => seen.path === mockPaths.emailCodeVerify)!;
    expect(await verify.body).toMatchObject({ mfaToken: nextToken });
  });

  test('reset() goes back to idle and forgets the answer', async () => {
    const { result } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    act(() => result.current.reset());
    expect(result.current).toMatchObject({
      step: 'idle',
      auth: null,
      error: null,
      expiresInSeconds: null,
    });
  });
});

describe('useEmailMfa: one request per action', () => {
  test('autoSend under StrictMode emails one code, not two', async () => {
    const { result } = await renderEmailMfa({}, { strict: true });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(1);
    expect(env.backend.outbox.messages()).toHaveLength(1);
  });

  test('StrictMode keeps the flow working: the code verifies and onVerified runs once', async () => {
    const { result, onVerified } = await renderEmailMfa({}, { strict: true });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(onVerified).toHaveBeenCalledOnce();
  });

  test('a double submit (Enter plus auto-submit) verifies once', async () => {
    const { result, onVerified } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    const code = env.latestCode();
    let accepted: boolean[] = [];
    act(() => {
      accepted = [result.current.verifyCode({ code }), result.current.verifyCode({ code })];
    });
    expect(accepted).toEqual([true, false]);
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
    expect(onVerified).toHaveBeenCalledOnce();
  });

  test('clicking resend twice sends one code', async () => {
    const { result } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => env.clock.advance(30_000));
    expect(result.current.canResend).toBe(true);
    act(() => {
      result.current.resendCode();
      result.current.resendCode();
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(2);
  });

  test('a verify in flight at unmount is aborted and never calls onVerified', async () => {
    const { result, unmount, onVerified } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    // Long enough to still be in flight at unmount on a busy machine.
    env.backend.faults.latency(1_000, { route: 'email-code-verify' });
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(env.count(mockPaths.emailCodeVerify)).toBe(1));
    unmount();
    const verify = env.requests.find((seen) => seen.path === mockPaths.emailCodeVerify)!;
    expect(verify.request.signal.aborted).toBe(true);
    // Past the answer's delay: an answer that was not aborted would have arrived by now.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(onVerified).not.toHaveBeenCalled();
  });

  test('a QueryClient that retries mutations by default still sends each request once', async () => {
    const queryClient = new QueryClient({
      defaultOptions: { mutations: { retry: 3, retryDelay: 0 } },
    });
    env.backend.faults.failNext(1, { status: 503 }, { route: 'email-code-verify' });
    const { result } = await renderEmailMfa({}, { queryClient });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('failed'));
    expect(result.current.error?.kind).toBe('server');
    expect(env.count(mockPaths.emailCodeVerify)).toBe(1);
  });

  test('runs its requests as react-query mutations under the kit keys', async () => {
    const queryClient = new QueryClient();
    const seen: unknown[] = [];
    queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'added') seen.push(event.mutation.options.mutationKey);
    });
    const { result } = await renderEmailMfa({}, { queryClient });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(seen).toEqual([mfaKeys.call(emailMfaFactor.send), mfaKeys.call(emailMfaFactor.verify)]);
  });
});

describe('useEmailMfa: stable results', () => {
  test('callbacks and the result object survive a re-render with a new onVerified', async () => {
    const { result, rerender } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    await waitFor(() => expect(result.current.rememberDevice.allowed).toBe(true));
    const before = result.current;
    rerender({ onVerified: () => {} });
    expect(result.current).toBe(before);
  });

  test('the latest onVerified is the one called', async () => {
    const { result, rerender, onVerified } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    const latest = vi.fn();
    rerender({ onVerified: latest });
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    await waitFor(() => expect(latest).toHaveBeenCalledOnce());
    expect(onVerified).not.toHaveBeenCalled();
  });

  test('renders once per displayed second, not per timer tick', async () => {
    const { result, renders } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    await waitFor(() => expect(result.current.rememberDevice.allowed).toBe(true));
    const before = renders();
    const snapshot = result.current;
    act(() => env.clock.advance(999));
    expect(result.current).toBe(snapshot);
    for (let step = 0; step < 40; step++) act(() => env.clock.advance(100));
    // 4.999 s later: four displayed seconds changed, so four renders.
    expect(renders() - before).toBe(4);
    expect(result.current).toMatchObject({ resendInSeconds: 26, expiresInSeconds: 596 });
  });

  test('one flow timer while mounted, none after unmount, also with a check in flight', async () => {
    const { result, unmount } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.clock.pendingTimers).toBe(1);
    env.backend.faults.latency(100, { route: 'email-code-verify' });
    act(() => {
      result.current.verifyCode({ code: env.latestCode() });
    });
    unmount();
    expect(env.clock.pendingTimers).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(env.clock.pendingTimers).toBe(0);
  });

  test('counts down with the real clock by default (here under fake timers)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], shouldAdvanceTime: true });
    try {
      const { result } = await renderEmailMfa({ clock: undefined });
      await waitFor(() => expect(result.current.step).toBe('code-sent'));
      const before = result.current.resendInSeconds;
      act(() => {
        vi.advanceTimersByTime(10_000);
      });
      expect(result.current.resendInSeconds).toBeLessThanOrEqual(before - 10);
      act(() => {
        vi.advanceTimersByTime(30_000);
      });
      expect(result.current).toMatchObject({ resendInSeconds: 0, canResend: true });
    } finally {
      vi.useRealTimers();
    }
  });

  test('counts down to a resend, then to the expiry of the code', async () => {
    const { result } = await renderEmailMfa();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => env.clock.advance(29_000));
    expect(result.current).toMatchObject({ canResend: false, resendInSeconds: 1 });
    act(() => env.clock.advance(1_000));
    expect(result.current).toMatchObject({
      canResend: true,
      resendInSeconds: 0,
      expiresInSeconds: 570,
    });
    act(() => env.clock.advance(570_000));
    // An expired code is no error (the server said nothing): verifying stops, a new code may be asked for.
    expect(result.current).toMatchObject({
      step: 'code-sent',
      canVerify: false,
      canResend: true,
      expiresInSeconds: 0,
    });
    act(() => {
      expect(result.current.verifyCode({ code: env.latestCode() })).toBe(false);
    });
    expect(env.count(mockPaths.emailCodeVerify)).toBe(0);
  });
});
