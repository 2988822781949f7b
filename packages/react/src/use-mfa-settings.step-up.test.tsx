import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { passWithEmail, stepUpSession } from './test/step-up-session.js';
import type { StepUpSession } from './test/step-up-session.js';
import { useMfaSettings } from './use-mfa-settings.js';
import { useStepUpPrompt } from './use-step-up-prompt.js';

const env = setupMockEnv();

/** The settings with a 5-minute step-up, and the step-up UI's side. */
async function renderSettings(session: StepUpSession) {
  const view = renderMfaHook(
    () => ({
      settings: useMfaSettings({ stepUp: { maxAge: 300, clock: env.clock } }),
      ui: useStepUpPrompt(),
    }),
    { client: session.client, onStepUp: session.onStepUp },
  );
  await waitFor(() => expect(view.result.current.settings.state).toBe('ready'));
  const listed = env.requests.length;
  // What the presses sent, after the list.
  return { ...view, sent: () => env.requests.slice(listed) };
}

describe('useMfaSettings with stepUp', { timeout: 30_000 }, () => {
  test('an old sign-in: Add asks for a second factor first, then opens the step asked for; the next press asks nothing', async () => {
    const session = await stepUpSession(env, 600);
    const { result } = await renderSettings(session);
    act(() => result.current.settings.toggleAdd('sms'));
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('challenge'));
    expect(result.current.settings.panel).toBeNull();
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);

    const prompt = result.current.ui.prompt;
    if (prompt?.kind !== 'challenge') throw new Error('no challenge');
    const auth = await passWithEmail(env, session.client, prompt.challenge.mfaToken);
    act(() => result.current.ui.complete(auth));
    await waitFor(() =>
      expect(result.current.settings.panel).toEqual({ action: 'add', choice: 'sms' }),
    );

    // Closing needs nothing; opening again within maxAge asks nothing.
    act(() => result.current.settings.toggleAdd('sms'));
    expect(result.current.settings.panel).toBeNull();
    act(() => result.current.settings.toggleAdd('authenticator'));
    await waitFor(() =>
      expect(result.current.settings.panel).toEqual({ action: 'add', choice: 'authenticator' }),
    );
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
  });

  test('a cancelled step-up leaves the settings as they were', async () => {
    const session = await stepUpSession(env, 600);
    const { result } = await renderSettings(session);
    const [phone] = result.current.settings.methods.filter((method) => method.kind === 'phone');
    if (!phone) throw new Error('no phone');
    act(() => result.current.settings.toggleRemove(phone));
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('challenge'));
    act(() => result.current.ui.cancel());
    await waitFor(() => expect(result.current.ui.prompt).toBeNull());
    expect(result.current.settings.panel).toBeNull();
    expect(session.onStepUp).not.toHaveBeenCalled();
  });

  test('a fresh sign-in: the step opens at once, nothing sent', async () => {
    const session = await stepUpSession(env);
    const { result, sent } = await renderSettings(session);
    act(() => result.current.settings.toggleAdd('passkey'));
    await waitFor(() =>
      expect(result.current.settings.panel).toEqual({ action: 'add', choice: 'passkey' }),
    );
    expect(sent()).toEqual([]);
  });

  test('a user with a password only adds their first method after the generate says so, with no prompt', async () => {
    const user = DEMO_USERS.passwordOnly;
    const { accessToken = '' } = await env
      .client()
      .auth.login({ email: user.email, password: user.password });
    const session: StepUpSession = {
      client: env.client({ getAccessToken: () => accessToken }),
      getAccessToken: () => accessToken,
      onStepUp: vi.fn(),
    };
    const { result } = renderMfaHook(
      () => ({
        settings: useMfaSettings({ stepUp: { maxAge: 300, clock: env.clock } }),
        ui: useStepUpPrompt(),
      }),
      { client: session.client },
    );
    await waitFor(() => expect(result.current.settings.state).toBe('empty'));
    act(() => result.current.settings.toggleAdd('authenticator'));
    await waitFor(() =>
      expect(result.current.settings.panel).toEqual({ action: 'add', choice: 'authenticator' }),
    );
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
    expect(result.current.ui.prompt).toBeNull();
  });
});
