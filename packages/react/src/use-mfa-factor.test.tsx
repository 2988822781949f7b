import { MfaApiError, emailMfaFactor } from '@mfa-kit/core';
import type { KnownCodeFactorSpec, MfaCodeInput } from '@mfa-kit/core';
import { QueryClient } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { loginDemoUser, mockPaths } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useMfaFactor } from './use-mfa-factor.js';
import type { UseMfaFactorOptions } from './use-mfa-factor.js';

const env = setupMockEnv();

// A factor an app builds itself, as the kit will for an authenticator app: a code the user already has. It is
// checked by a local function here, so no endpoint is involved.
const checked: unknown[] = [];
const pinFactor: KnownCodeFactorSpec<{ userId: string }, MfaCodeInput, { userId: string }> = {
  kind: 'known-code',
  verify: {
    name: ['pin', 'verify'],
    request: (_client, { userId, code }) => {
      checked.push({ userId, code });
      return code === '2468'
        ? Promise.resolve({ userId })
        : Promise.reject(new MfaApiError({ kind: 'invalid-code', message: 'Wrong PIN.' }));
    },
  },
};

describe('useMfaFactor: a factor of your own', () => {
  test('a known code is ready at once, refused codes are not checked again, calls run as kit mutations', async () => {
    checked.length = 0;
    const queryClient = new QueryClient();
    const keys: unknown[] = [];
    queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'added') keys.push(event.mutation.options.mutationKey);
    });
    const onVerified = vi.fn();
    const { result } = renderMfaHook(
      () =>
        useMfaFactor(pinFactor, {
          params: { userId: 'u-1' },
          autoStart: true,
          onVerified,
          clock: env.clock,
        }),
      { client: env.client(), queryClient, strict: true },
    );
    expect(result.current).toMatchObject({
      step: 'ready',
      canVerify: true,
      canResend: false,
      expiresInSeconds: null,
      details: null,
      result: null,
    });

    act(() => {
      expect(result.current.verifyCode({ code: '1111' })).toBe(true);
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-code'));
    expect(result.current.step).toBe('ready');
    expect(result.current.isCodeRefused('1111')).toBe(true);
    act(() => {
      expect(result.current.verifyCode({ code: '1111' })).toBe(false);
    });

    act(() => {
      result.current.verifyCode({ code: '2468' });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(result.current.result).toEqual({ userId: 'u-1' });
    expect(onVerified).toHaveBeenCalledExactlyOnceWith({ userId: 'u-1' });
    expect(checked).toEqual([
      { userId: 'u-1', code: '1111' },
      { userId: 'u-1', code: '2468' },
    ]);
    expect(keys).toEqual([
      ['mfa-kit', 'pin', 'verify'],
      ['mfa-kit', 'pin', 'verify'],
    ]);
    expect(env.requests).toHaveLength(0);
  });
});

describe('useMfaFactor: options are honoured after mount', () => {
  async function renderEmailFactor(options: Partial<UseMfaFactorOptions<typeof emailMfaFactor>>) {
    const client = env.client();
    const mfaToken = await loginDemoUser(env.backend);
    const view = renderMfaHook(
      (props: Partial<UseMfaFactorOptions<typeof emailMfaFactor>>) =>
        useMfaFactor(emailMfaFactor, {
          params: { mfaToken },
          autoStart: true,
          clock: env.clock,
          ...props,
        }),
      { client, initialProps: options },
    );
    await waitFor(() => expect(view.result.current.step).toBe('code-sent'));
    return view;
  }

  test('new timings apply from the next code, the current one keeps its own', async () => {
    const { result, rerender } = await renderEmailFactor({});
    expect(result.current).toMatchObject({ resendInSeconds: 30, expiresInSeconds: 600 });
    rerender({ resendCooldownMs: 60_000, codeTtlMs: 120_000 });
    expect(result.current).toMatchObject({ resendInSeconds: 30, expiresInSeconds: 600 });
    act(() => env.clock.advance(30_000));
    act(() => {
      expect(result.current.resendCode()).toBe(true);
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(result.current).toMatchObject({ resendInSeconds: 60, expiresInSeconds: 120 });
  });

  test('autoStart turned on after mount starts the flow', async () => {
    const client = env.client();
    const mfaToken = await loginDemoUser(env.backend);
    const { result, rerender } = renderMfaHook(
      (props: { autoStart: boolean }) =>
        useMfaFactor(emailMfaFactor, { params: { mfaToken }, clock: env.clock, ...props }),
      { client, initialProps: { autoStart: false } },
    );
    expect(result.current.step).toBe('idle');
    rerender({ autoStart: true });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.emailCode)).toBe(1);
  });

  test('the result keeps its identity across renders that change nothing it holds', async () => {
    const { result, rerender } = await renderEmailFactor({});
    const before = result.current;
    rerender({ onVerified: () => {}, codeTtlMs: 300_000 });
    expect(result.current).toBe(before);
  });
});
