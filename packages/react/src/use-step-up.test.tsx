import { mockPaths } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { stepUpSession } from './test/step-up-session.js';
import { useStepUp } from './use-step-up.js';
import { useStepUpPrompt } from './use-step-up-prompt.js';

const env = setupMockEnv();

describe('useStepUp', () => {
  test('isSteppedUp reads the client’s token at each call: fresh, then old once the app holds an aged one', async () => {
    const session = await stepUpSession(env);
    let token = session.getAccessToken();
    const { result } = renderMfaHook(() => useStepUp({ maxAge: 300, clock: env.clock }), {
      client: env.client({ getAccessToken: () => token }),
    });
    await expect(result.current.isSteppedUp()).resolves.toBe(true);
    token = await env.backend.ageSession(token, 600);
    await expect(result.current.isSteppedUp()).resolves.toBe(false);
    expect(env.requests).toEqual([]);
  });

  test('a client without a getAccessToken: nothing counts as stepped up', async () => {
    const { result } = renderMfaHook(() => useStepUp({ maxAge: 300, clock: env.clock }), {
      client: env.client(),
    });
    await expect(result.current.isSteppedUp()).resolves.toBe(false);
  });

  test('stepUp on a fresh token: one generate answers the new tokens, given to onStepUp, no UI', async () => {
    const session = await stepUpSession(env);
    const { result } = renderMfaHook(
      () => ({ stepUp: useStepUp({ maxAge: 300, clock: env.clock }), ui: useStepUpPrompt() }),
      { client: session.client, onStepUp: session.onStepUp },
    );
    const auth = await result.current.stepUp.stepUp();
    expect(auth.accessToken).toEqual(expect.any(String));
    expect(session.onStepUp).toHaveBeenCalledExactlyOnceWith(auth);
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
    expect(await env.bodies(mockPaths.stepUpGenerate)).toEqual([{ maxAge: 300 }]);
    expect(result.current.ui.prompt).toBeNull();
  });

  test('stepUp with no step-up UI mounted rejects with an error that says what to mount', async () => {
    const session = await stepUpSession(env, 600);
    const onStepUp = vi.fn();
    const { result } = renderMfaHook(() => useStepUp({ maxAge: 300, clock: env.clock }), {
      client: session.client,
      onStepUp,
    });
    let stepped!: Promise<unknown>;
    act(() => {
      stepped = result.current.stepUp();
    });
    await expect(stepped).rejects.toThrow(/<StepUpDialog \/>/);
    await waitFor(() => expect(env.count(mockPaths.stepUpGenerate)).toBe(1));
    expect(onStepUp).not.toHaveBeenCalled();
  });
});
