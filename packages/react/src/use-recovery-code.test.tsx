import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useRecoveryCode } from './use-recovery-code.js';

const env = setupMockEnv();
const user = DEMO_USERS.passkeyAndRecovery;
const [recoveryCode] = user.recoveryCodes;

function renderRecovery() {
  const onRecovered = vi.fn<() => void>();
  const view = renderMfaHook(
    () => useRecoveryCode({ email: user.email, onRecovered, clock: env.clock }),
    { client: env.client(), strict: true },
  );
  return { ...view, onRecovered };
}

describe('useRecoveryCode', () => {
  test('is ready at once; the code as typed (spaces between groups) is one request, and MFA is off', async () => {
    const { result, onRecovered } = renderRecovery();
    expect(result.current).toMatchObject({ step: 'ready', recovered: false });
    expect(env.requests).toHaveLength(0);

    const typed = ` ${recoveryCode.replaceAll('-', '  ')} `;
    act(() => {
      expect(result.current.redeem(typed)).toBe(true);
      expect(result.current.redeem(typed)).toBe(false);
    });
    await waitFor(() => expect(result.current.recovered).toBe(true));
    expect(result.current.step).toBe('verified');
    expect(onRecovered).toHaveBeenCalledOnce();
    expect(onRecovered.mock.calls[0]).toEqual([]);
    expect(await env.bodies(mockPaths.recover)).toEqual([{ email: user.email, recoveryCode }]);
  });

  test('a wrong code is refused once: the same code, however it is typed, is not sent again', async () => {
    const { result, onRecovered } = renderRecovery();
    act(() => {
      result.current.redeem('AAAA-BBBB-CCCC');
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-code'));
    expect(result.current.recovered).toBe(false);
    expect(result.current.isCodeRefused('AAAA BBBB CCCC')).toBe(true);
    act(() => {
      expect(result.current.redeem(' AAAA BBBB-CCCC')).toBe(false);
    });
    expect(env.count(mockPaths.recover)).toBe(1);
    expect(onRecovered).not.toHaveBeenCalled();
  });
});
