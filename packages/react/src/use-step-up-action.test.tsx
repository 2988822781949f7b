import { DEMO_USERS } from '@mfa-kit/mock';
import { mockPaths } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { isStepUpCancelled } from './step-up-cancelled.js';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { passWithEmail, stepUpSession } from './test/step-up-session.js';
import type { StepUpSession } from './test/step-up-session.js';
import { useStepUpAction } from './use-step-up-action.js';
import type { UseStepUpActionOptions } from './use-step-up-action.js';
import { useStepUpPrompt } from './use-step-up-prompt.js';

const env = setupMockEnv();

/** A sensitive action (it records the token it ran with) behind a step-up, and the step-up UI's side. */
function renderAction(session: StepUpSession, options: UseStepUpActionOptions = {}) {
  const action = vi.fn((label: string) => `${label} with ${session.getAccessToken()}`);
  const view = renderMfaHook(
    () => ({
      run: useStepUpAction(action, { maxAge: 300, clock: env.clock, ...options }),
      ui: useStepUpPrompt(),
    }),
    { client: session.client, onStepUp: session.onStepUp },
  );
  return { ...view, action };
}

describe('useStepUpAction', () => {
  test('a token fresh enough: the action runs at once, nothing is sent, nothing is asked', async () => {
    const session = await stepUpSession(env);
    const { result, action } = renderAction(session);
    await expect(result.current.run('remove')).resolves.toBe(
      `remove with ${session.getAccessToken()}`,
    );
    expect(action).toHaveBeenCalledOnce();
    expect(env.requests).toEqual([]);
    expect(result.current.ui.prompt).toBeNull();
    expect(session.onStepUp).not.toHaveBeenCalled();
  });

  test('an old sign-in: one generate, the challenge is shown, and once passed the app stores the new token and the action runs with it', async () => {
    const session = await stepUpSession(env, 600);
    const old = session.getAccessToken();
    const { result, action } = renderAction(session);
    let ran!: Promise<string>;
    act(() => {
      ran = result.current.run('remove');
    });
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('challenge'));
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
    expect(action).not.toHaveBeenCalled();

    const prompt = result.current.ui.prompt;
    if (prompt?.kind !== 'challenge') throw new Error('no challenge');
    expect(prompt.methods.map((method) => method.kind)).toEqual(['sms', 'sms', 'email']);
    const auth = await passWithEmail(env, session.client, prompt.challenge.mfaToken);
    act(() => result.current.ui.complete(auth));

    await expect(ran).resolves.toBe(`remove with ${auth.accessToken}`);
    expect(auth.accessToken).not.toBe(old);
    expect(session.onStepUp).toHaveBeenCalledExactlyOnceWith(auth);
    expect(result.current.ui.prompt).toBeNull();

    // Within maxAge, the next action asks nothing and sends nothing.
    const before = env.requests.length;
    await result.current.run('add');
    expect(env.requests.length).toBe(before);
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
  });

  test('actions called together share one challenge: one generate request, each runs once after it', async () => {
    const session = await stepUpSession(env, 600);
    const { result, action } = renderAction(session);
    let runs!: Promise<string[]>;
    act(() => {
      runs = Promise.all([result.current.run('a'), result.current.run('b')]);
    });
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('challenge'));
    const prompt = result.current.ui.prompt;
    if (prompt?.kind !== 'challenge') throw new Error('no challenge');
    const auth = await passWithEmail(env, session.client, prompt.challenge.mfaToken);
    act(() => result.current.ui.complete(auth));
    await expect(runs).resolves.toEqual([
      `a with ${auth.accessToken}`,
      `b with ${auth.accessToken}`,
    ]);
    expect(action).toHaveBeenCalledTimes(2);
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
    expect(session.onStepUp).toHaveBeenCalledOnce();
  });

  test('an action that needs a fresher proof than the step-up it joined asks again; the other runs at once', async () => {
    // Signed in with a second factor 200 s ago. The first action's clock runs 200 s ahead of the server's, so it
    // asks the server, which lets the token count for its 300 s; the second needs 60 s and joins that step-up.
    const session = await stepUpSession(env, 200);
    const ahead = { now: () => env.clock.now() + 200_000 };
    const view = renderMfaHook(
      () => ({
        lenient: useStepUpAction((label: string) => label, { maxAge: 300, clock: ahead }),
        strict: useStepUpAction((label: string) => label, { maxAge: 60, clock: env.clock }),
        ui: useStepUpPrompt(),
      }),
      { client: session.client, onStepUp: session.onStepUp },
    );
    let lenient!: Promise<string>;
    let strict!: Promise<string>;
    act(() => {
      lenient = view.result.current.lenient('lenient');
      strict = view.result.current.strict('strict');
    });
    await expect(lenient).resolves.toBe('lenient');
    await waitFor(() => expect(view.result.current.ui.prompt?.kind).toBe('challenge'));
    expect(env.count(mockPaths.stepUpGenerate)).toBe(2);

    const prompt = view.result.current.ui.prompt;
    if (prompt?.kind !== 'challenge') throw new Error('no challenge');
    const auth = await passWithEmail(env, session.client, prompt.challenge.mfaToken);
    act(() => view.result.current.ui.complete(auth));
    await expect(strict).resolves.toBe('strict');
    expect(env.count(mockPaths.stepUpGenerate)).toBe(2);
  });

  test('cancelling rejects every waiting action with a step-up-cancelled error; the action never runs', async () => {
    const session = await stepUpSession(env, 600);
    const { result, action } = renderAction(session);
    let ran!: Promise<string>;
    act(() => {
      ran = result.current.run('remove');
    });
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('challenge'));
    act(() => result.current.ui.cancel());
    const error = await ran.catch((reason: unknown) => reason);
    expect(isStepUpCancelled(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'dismissed' });
    expect(action).not.toHaveBeenCalled();
    expect(session.onStepUp).not.toHaveBeenCalled();
    expect(result.current.ui.prompt).toBeNull();
  });

  test('a failed generate is shown with its error, not retried; retry is one more request', async () => {
    const session = await stepUpSession(env, 600);
    const { result } = renderAction(session);
    env.backend.faults.networkErrorNext(1, { route: 'step-up-generate' });
    act(() => {
      void result.current.run('remove').catch(() => {});
    });
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('failed'));
    expect(result.current.ui.prompt).toMatchObject({ error: { kind: 'network' } });
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);

    act(() => result.current.ui.retry());
    await waitFor(() => expect(result.current.ui.prompt?.kind).toBe('challenge'));
    expect(env.count(mockPaths.stepUpGenerate)).toBe(2);
    act(() => result.current.ui.cancel());
  });
});

describe('useStepUpAction for a user with no second factor', () => {
  async function passwordOnly(options: UseStepUpActionOptions) {
    const user = DEMO_USERS.passwordOnly;
    const answer = await env.client().auth.login({ email: user.email, password: user.password });
    const token = answer.accessToken ?? '';
    const session: StepUpSession = {
      client: env.client({ getAccessToken: () => token }),
      getAccessToken: () => token,
      onStepUp: vi.fn(),
    };
    return renderAction(session, options);
  }

  test('allowed (adding the first factor): the action runs after the one generate says so', async () => {
    const { result, action } = await passwordOnly({ allowWithoutFactor: true });
    await expect(result.current.run('add')).resolves.toMatch(/^add with /);
    expect(action).toHaveBeenCalledOnce();
    expect(env.count(mockPaths.stepUpGenerate)).toBe(1);
    expect(result.current.ui.prompt).toBeNull();
  });

  test('not allowed: the UI says to add one, and closing it rejects (not-enrolled); the action never runs', async () => {
    const { result, action } = await passwordOnly({});
    let ran!: Promise<string>;
    act(() => {
      ran = result.current.run('remove');
    });
    await waitFor(() => expect(result.current.ui.prompt).toEqual({ kind: 'not-enrolled' }));
    act(() => result.current.ui.cancel());
    await expect(ran).rejects.toMatchObject({ reason: 'not-enrolled' });
    expect(action).not.toHaveBeenCalled();
  });
});
