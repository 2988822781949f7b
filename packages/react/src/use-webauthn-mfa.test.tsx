// useWebAuthnMfa, and through it useCeremonyPress: a press signs the challenge in hand, or fetches a new one
// first when the last cannot be used, so the requests per press are the API minimum.
import type { AuthResponse } from '@mfa-kit/core';
import { DEMO_USERS } from '@mfa-kit/mock';
import { fakeWebAuthn, loginAs, mockPaths } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn, FakeWebAuthnOptions } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useWebAuthnMfa } from './use-webauthn-mfa.js';

const env = setupMockEnv();
const user = DEMO_USERS.passkeyAndRecovery;
const [passkey] = user.webauthn;
const starts = () => env.count(mockPaths.webauthnStart(passkey.id));
const verifies = () => env.count(mockPaths.webauthnVerify(passkey.id));

let browser: FakeWebAuthn | undefined;
afterEach(() => browser?.restore());

async function renderKey({
  autoStart,
  prompts,
}: { autoStart?: boolean; prompts?: FakeWebAuthnOptions['prompts'] } = {}) {
  browser = fakeWebAuthn({ device: passkey, ...(prompts && { prompts }) });
  const mfaToken = await loginAs(env.backend, user);
  const onVerified = vi.fn<(auth: AuthResponse) => void>();
  const view = renderMfaHook(
    () =>
      useWebAuthnMfa({ mfaToken, deviceId: passkey.id, autoStart, onVerified, clock: env.clock }),
    { client: env.client(), strict: true },
  );
  return { ...view, onVerified, browser };
}

const press = (
  result: { current: ReturnType<typeof useWebAuthnMfa> },
  rememberDevice?: boolean,
) => {
  let started = false;
  act(() => {
    started = result.current.authenticate(
      rememberDevice === undefined ? undefined : { rememberDevice },
    );
  });
  return started;
};

describe('useWebAuthnMfa', { timeout: 30_000 }, () => {
  test('fetches one challenge on mount (StrictMode too); the press signs it: one verify, no new challenge', async () => {
    const { result, onVerified, browser } = await renderKey();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(starts()).toBe(1);
    expect(browser.prompts).toBe(0);

    expect(press(result, true)).toBe(true);
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect([starts(), verifies(), browser.prompts]).toEqual([1, 1, 1]);
    expect(await env.bodies(mockPaths.webauthnVerify(passkey.id))).toEqual([
      expect.objectContaining({ rememberDevice: true }),
    ]);
    expect(onVerified).toHaveBeenCalledOnce();
    expect(result.current.auth?.accessToken).toEqual(expect.any(String));
  });

  test('without a challenge yet, the press fetches one and then signs it: one start, one verify', async () => {
    const { result, onVerified, browser } = await renderKey({ autoStart: false });
    expect(result.current.step).toBe('idle');
    expect(starts()).toBe(0);

    expect(press(result)).toBe(true);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect([starts(), verifies(), browser.prompts]).toEqual([1, 1, 1]);
  });

  test('a press while the challenge is on its way waits for it instead of asking for another', async () => {
    env.backend.faults.latency(200, { route: 'webauthn-start' });
    const { result, onVerified } = await renderKey();
    expect(result.current.step).toBe('sending');
    expect(press(result)).toBe(true);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect([starts(), verifies()]).toEqual([1, 1]);
  });

  test('after the prompt was closed, the next press reuses the challenge: no new start', async () => {
    const { result, onVerified, browser } = await renderKey({ prompts: ['cancel', 'sign'] });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    press(result);
    await waitFor(() => expect(result.current.error?.kind).toBe('webauthn-cancelled'));
    expect(result.current).toMatchObject({ step: 'failed', failedAction: 'verify' });
    expect(verifies()).toBe(0);

    expect(press(result)).toBe(true);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect([starts(), verifies(), browser.prompts]).toEqual([1, 1, 2]);
  });

  test('after the server refused the answer, the next press fetches a new challenge first', async () => {
    const { result, onVerified, browser } = await renderKey();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    env.backend.faults.failNext(1, { status: 400 }, { route: 'webauthn-verify' });
    press(result);
    await waitFor(() => expect(result.current.error?.kind).toBe('bad-request'));
    expect([starts(), verifies()]).toEqual([1, 1]);

    expect(press(result)).toBe(true);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect([starts(), verifies(), browser.prompts]).toEqual([2, 2, 2]);
  });

  test('an expired challenge is replaced before the prompt opens', async () => {
    const { result, onVerified, browser } = await renderKey();
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => env.clock.advance(600_000));
    expect(result.current.expiresInSeconds).toBe(0);

    expect(press(result)).toBe(true);
    await waitFor(() => expect(onVerified).toHaveBeenCalledOnce());
    expect([starts(), verifies(), browser.prompts]).toEqual([2, 1, 1]);
  });

  test('a press while the prompt is open is ignored', async () => {
    const { result, browser } = await renderKey({ prompts: ['open'] });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    expect(press(result)).toBe(true);
    await waitFor(() => expect(browser.prompts).toBe(1));
    expect(result.current.step).toBe('verifying');
    expect(press(result)).toBe(false);
    expect([starts(), verifies(), browser.prompts]).toEqual([1, 0, 1]);
  });
});
