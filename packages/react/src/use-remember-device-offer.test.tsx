import { DEMO_USERS } from '@mfa-kit/mock';
import { loginAs, mockPaths } from '@mfa-kit/mock/testing';
import { waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useRememberDeviceOffer } from './use-remember-device-offer.js';

const env = setupMockEnv({
  // 10 days and a half: the offer counts whole days.
  rememberDevice: { isAllowedToRemember: true, mfaDeviceExpiration: 907_200 },
});
const user = DEMO_USERS.allFactors;

describe('useRememberDeviceOffer', () => {
  test('not offered while the policy loads; then the whole days, one request for every factor of a login', async () => {
    const mfaToken = await loginAs(env.backend, user);
    const { result } = renderMfaHook(
      () => [useRememberDeviceOffer(mfaToken), useRememberDeviceOffer(mfaToken)] as const,
      { client: env.client() },
    );
    expect(result.current[0]).toEqual({ allowed: false, days: 0 });
    await waitFor(() => expect(result.current[0]).toEqual({ allowed: true, days: 10 }));
    expect(result.current[1]).toEqual(result.current[0]);
    expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1);
  });

  test('asks again for a new login, and nothing without an mfaToken', async () => {
    const first = await loginAs(env.backend, user);
    const { result, rerender } = renderMfaHook(
      (mfaToken: string) => useRememberDeviceOffer(mfaToken),
      { client: env.client(), initialProps: '' },
    );
    expect(result.current).toEqual({ allowed: false, days: 0 });
    rerender(first);
    await waitFor(() => expect(result.current.allowed).toBe(true));
    expect(env.count(mockPaths.rememberDevicePolicy)).toBe(1);

    const second = await loginAs(env.backend, user);
    rerender(second);
    await waitFor(() => expect(env.count(mockPaths.rememberDevicePolicy)).toBe(2));
    expect(env.requests.every((request) => request.path === mockPaths.rememberDevicePolicy)).toBe(
      true,
    );
  });

  test('is not offered when the policy cannot be read', async () => {
    const mfaToken = await loginAs(env.backend, user);
    env.backend.faults.failNext(1, { status: 503 }, { route: 'remember-device-policy' });
    const { result, queryClient } = renderMfaHook(() => useRememberDeviceOffer(mfaToken), {
      client: env.client(),
    });
    await waitFor(() => expect(env.count(mockPaths.rememberDevicePolicy)).toBeGreaterThan(0));
    await waitFor(() =>
      expect(queryClient.getQueryCache().getAll()[0]?.state.fetchStatus).toBe('idle'),
    );
    expect(result.current).toEqual({ allowed: false, days: 0 });
  });
});
