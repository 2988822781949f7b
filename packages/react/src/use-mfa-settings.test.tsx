import type { MfaClient } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import type { SeededUser } from '@mfa-kit/mock';
import { loginAs, mockPaths, signInDemoUser } from '@mfa-kit/mock/testing';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import type { UseMfaSettingsOptions } from './use-mfa-settings.js';
import { useMfaSettings } from './use-mfa-settings.js';

const env = setupMockEnv();

/** A client of `user` signed in with their authenticator app. */
async function signedInWithApp(user: SeededUser = DEMO_USERS.allFactors): Promise<MfaClient> {
  const mfaToken = await loginAs(env.backend, user);
  const [app] = user.authenticators;
  const auth = await env
    .client()
    .totpMfa.verify({ mfaToken, value: await totpCode(app?.secret ?? '', env.clock.now()) });
  return env.client({ getAccessToken: () => auth.accessToken ?? '' });
}

async function renderSettings(client: MfaClient, options: UseMfaSettingsOptions = {}) {
  const view = renderMfaHook((props: UseMfaSettingsOptions) => useMfaSettings(props), {
    client,
    initialProps: options,
  });
  expect(view.result.current.state).toBe('loading');
  await waitFor(() => expect(view.result.current.state).toBe('ready'));
  return view;
}

describe('useMfaSettings', { timeout: 30_000 }, () => {
  test('lists the methods in order, each with its removal, and offers every factor to add', async () => {
    const { result } = await renderSettings(await signedInWithApp());
    expect(result.current.methods.map(({ kind, removal }) => [kind, removal])).toEqual([
      ['authenticator', { removable: true, way: 'authenticator' }],
      ['phone', { removable: true, way: 'phone' }],
      ['passkey', { removable: true, way: 'webauthn' }],
      ['security-key', { removable: true, way: 'webauthn' }],
      ['email', { removable: false, reason: 'organization' }],
    ]);
    expect(result.current.addChoices).toEqual(['authenticator', 'sms', 'passkey', 'security-key']);
    expect(result.current.panel).toBeNull();
    expect(env.count(mockPaths.devices)).toBe(1);
  });

  test("offers only what the tenant's strategies allow; a phone asks for a code when the app wants it", async () => {
    const { result } = await renderSettings(await signedInWithApp(), {
      strategies: [
        { strategy: 'SMS', isActive: true },
        { strategy: 'WebAuthnPlatform', isActive: false },
      ],
      confirmPhoneRemovalWithCode: true,
    });
    expect(result.current.addChoices).toEqual(['sms']);
    expect(result.current.methods.find((method) => method.kind === 'phone')?.removal).toEqual({
      removable: true,
      way: 'phone-with-code',
    });
  });

  test('one step open at a time: a press toggles it, another replaces it, close shuts it', async () => {
    const { result } = await renderSettings(await signedInWithApp());
    const [app, phone] = result.current.methods;
    act(() => result.current.toggleAdd('sms'));
    expect(result.current.panel).toEqual({ action: 'add', choice: 'sms' });
    act(() => result.current.toggleRemove(phone!));
    expect(result.current.panel).toEqual({ action: 'remove', method: phone });
    act(() => result.current.toggleRemove(phone!));
    expect(result.current.panel).toBeNull();
    act(() => result.current.toggleRemove(app!));
    act(() => result.current.close());
    expect(result.current.panel).toBeNull();
    act(() => result.current.toggleAdd('passkey'));
    act(() => result.current.toggleAdd('passkey'));
    expect(result.current.panel).toBeNull();
  });

  test('the last method of an enforcing tenant stays: its press opens nothing and says why', async () => {
    const client = await signedInWithApp(DEMO_USERS.authenticator);
    const { result, rerender } = await renderSettings(client, { mfaEnforced: true });
    const [last] = result.current.methods;
    expect(result.current.methods).toHaveLength(1);
    act(() => result.current.toggleAdd('sms'));
    act(() => result.current.toggleRemove(last!));
    expect(result.current.panel).toBeNull();
    expect(result.current.kept).toEqual({ method: last, reason: 'last-method' });
    act(() => result.current.toggleAdd('sms'));
    expect(result.current.kept).toBeNull();

    // Not enforced: the same press opens its removal.
    rerender({ mfaEnforced: false });
    act(() => result.current.toggleRemove(result.current.methods[0]!));
    expect(result.current.panel).toMatchObject({ action: 'remove', method: { id: last!.id } });
  });

  test("a removed method's step is gone with it once the list is refreshed", async () => {
    const { accessToken } = await signInDemoUser(env.backend);
    const client = env.client({ getAccessToken: () => accessToken });
    const { result } = await renderSettings(client);
    const phone = result.current.methods.find((method) => method.kind === 'phone')!;
    act(() => result.current.toggleRemove(phone));
    expect(result.current.panel).toMatchObject({ action: 'remove' });
    await client.smsMfa.disable({ deviceId: phone.id });
    await act(() => result.current.devices.refetch());
    await waitFor(() =>
      expect(result.current.methods.map((method) => method.id)).not.toContain(phone.id),
    );
    expect(result.current.panel).toBeNull();
  });

  test('a failed load is the error state, and refetch loads it', async () => {
    const { result } = renderMfaHook(() => useMfaSettings(), { client: env.client() });
    await waitFor(() => expect(result.current.state).toBe('error'));
    expect(result.current.devices.error?.kind).toBe('unauthorized');
    expect(result.current.methods).toEqual([]);
  });
});
