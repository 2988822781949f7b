import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS } from '@mfa-kit/mock';
import { fakeWebAuthn, loginAs, mockPaths } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useEnrollWebAuthn } from './use-enroll-mfa.js';

const env = setupMockEnv();
const user = DEMO_USERS.newUser;
// The fake signs `get` with it; enrollment only creates.
const anyKey = DEMO_USERS.passkeyAndRecovery.webauthn[0];

let browser: FakeWebAuthn | undefined;
afterEach(() => browser?.restore());

describe('useEnrollWebAuthn', { timeout: 30_000 }, () => {
  test('fetches the creation options once on mount; the press creates the key and signs in', async () => {
    browser = fakeWebAuthn({ device: anyKey, prompts: ['cancel', 'sign'] });
    const mfaToken = await loginAs(env.backend, user);
    const onVerified = vi.fn<(auth: AuthResponse) => void>();
    const { result } = renderMfaHook(
      () => useEnrollWebAuthn({ mfaToken, onVerified, clock: env.clock }),
      { client: env.client(), strict: true },
    );
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(env.count(mockPaths.enrollWebauthn)).toBe(1);

    // A closed prompt keeps the options: the next press uses them.
    act(() => {
      result.current.enroll({ deviceType: 'Platform' });
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('webauthn-cancelled'));
    act(() => {
      expect(result.current.enroll({ deviceType: 'Platform', rememberDevice: true })).toBe(true);
    });
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());

    expect(env.count(mockPaths.enrollWebauthn)).toBe(1);
    expect(env.count(mockPaths.enrollWebauthnVerify)).toBe(1);
    expect(browser.prompts).toBe(2);
    expect(browser.created).toHaveLength(1);
    expect(await env.bodies(mockPaths.enrollWebauthnVerify)).toEqual([
      expect.objectContaining({ deviceType: 'Platform', rememberDevice: true }),
    ]);
    expect(result.current.auth?.accessToken).toEqual(expect.any(String));
    expect(result.current.recoveryCode).toEqual(expect.any(String));
  });
});
