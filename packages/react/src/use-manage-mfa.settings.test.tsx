// Adding and removing the signed-in user's factors: useAddAuthenticator, useAddPhone, useAddWebAuthn,
// useRemoveAuthenticator, useRemoveWebAuthn (useRemovePhone: use-manage-mfa.test.tsx).
import type { MfaClient, MfaDevices } from '@mfa-kit/core';
import { DEMO_USERS, totpCode } from '@mfa-kit/mock';
import { fakeWebAuthn, loginAs, mockPaths, wrongTotp } from '@mfa-kit/mock/testing';
import type { FakeWebAuthn } from '@mfa-kit/mock/testing';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { act, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { mfaKeys } from './mfa-keys.js';
import { setupMockEnv } from './test/mock-env.js';
import { newQueryClient, renderMfaHook } from './test/render-mfa-hook.js';
import {
  useAddAuthenticator,
  useAddPhone,
  useAddWebAuthn,
  useRemoveAuthenticator,
  useRemoveWebAuthn,
} from './use-manage-mfa.js';
import { useMfaDevices } from './use-mfa-devices.js';

const env = setupMockEnv();
const user = DEMO_USERS.allFactors;
const [app] = user.authenticators;
const [passkey] = user.webauthn;
const seededPasskey = DEMO_USERS.passkeyAndRecovery.webauthn[0];

let browser: FakeWebAuthn | undefined;
afterEach(() => browser?.restore());

/** The all-factors user signed in with the authenticator app: a client for the user routes. */
async function signedIn(): Promise<MfaClient> {
  const mfaToken = await loginAs(env.backend, user);
  const auth = await env
    .client()
    .authenticatorMfa.verify({ mfaToken, value: await totpCode(app.secret, env.clock.now()) });
  return env.client({ getAccessToken: () => auth.accessToken ?? '' });
}

/** Renders `hook` beside useMfaDevices; `onDone` records the devices the cache holds when it is called. */
async function renderSettings<T>(hook: (onDone: () => void) => T) {
  const client = await signedIn();
  const queryClient = newQueryClient();
  const devicesAtDone: (MfaDevices | undefined)[] = [];
  const onDone = vi.fn(() => devicesAtDone.push(queryClient.getQueryData(mfaKeys.devices)));
  const view = renderMfaHook(() => ({ flow: hook(onDone), devices: useMfaDevices() }), {
    client,
    queryClient,
  });
  await waitFor(() => expect(view.result.current.devices.data).toBeDefined());
  return { ...view, onDone, devicesAtDone };
}

describe('useAddAuthenticator', { timeout: 30_000 }, () => {
  test('sends nothing until started; start fetches the QR code once, even pressed twice', async () => {
    const { result } = await renderSettings((done) =>
      useAddAuthenticator({ onDone: done, clock: env.clock }),
    );
    expect(result.current.flow).toMatchObject({ step: 'idle', qrCode: null, recoveryCode: null });
    expect(env.count(mockPaths.userEnrollAuthenticator)).toBe(0);

    act(() => {
      expect(result.current.flow.start()).toBe(true);
      expect(result.current.flow.start()).toBe(false);
    });
    await waitFor(() => expect(result.current.flow.qrCode).toMatch(/^data:image\/png;base64,/));
    expect(result.current.flow.step).toBe('code-sent');
    expect(env.count(mockPaths.userEnrollAuthenticator)).toBe(1);
    expect(secretOfQrCode(result.current.flow.qrCode!)).toMatch(/^[A-Z2-7]+=*$/);
  });

  test('the first code adds the app: the recovery code shows, and the list has the app before onDone', async () => {
    const { result, onDone, devicesAtDone } = await renderSettings((done) =>
      useAddAuthenticator({ onDone: done, clock: env.clock }),
    );
    act(() => {
      result.current.flow.start();
    });
    await waitFor(() => expect(result.current.flow.qrCode).not.toBeNull());
    const secret = secretOfQrCode(result.current.flow.qrCode!);

    const wrong = await wrongTotp(secret, env.clock.now());
    act(() => {
      result.current.flow.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(result.current.flow.error?.kind).toBe('invalid-code'));
    expect(result.current.flow.recoveryCode).toBeNull();
    expect(onDone).not.toHaveBeenCalled();

    const code = await totpCode(secret, env.clock.now());
    act(() => {
      expect(result.current.flow.verifyCode({ code })).toBe(true);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(result.current.flow.recoveryCode).toEqual(expect.any(String));
    expect(env.count(mockPaths.userEnrollAuthenticatorVerify)).toBe(2);
    expect(devicesAtDone[0]?.authenticators).toHaveLength(user.authenticators.length + 1);
  });
});

describe('useAddPhone', { timeout: 30_000 }, () => {
  test('texts nothing until a number is submitted; its code adds the phone, listed before onDone', async () => {
    const { result, onDone, devicesAtDone } = await renderSettings((done) =>
      useAddPhone({ onDone: done, clock: env.clock }),
    );
    expect(result.current.flow).toMatchObject({ step: 'idle', phoneNumber: null });
    expect(env.count(mockPaths.userEnrollSms)).toBe(0);

    act(() => result.current.flow.submitPhone('+15550002222'));
    await waitFor(() => expect(result.current.flow.step).toBe('code-sent'));
    expect(result.current.flow.phoneNumber).toBe('+15550002222');
    expect(await env.bodies(mockPaths.userEnrollSms)).toEqual([{ phoneNumber: '+15550002222' }]);

    act(() => {
      expect(result.current.flow.verifyCode({ code: env.latestCode('sms') })).toBe(true);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.userEnrollSmsVerify)).toBe(1);
    expect(devicesAtDone[0]?.phones).toHaveLength(user.phones.length + 1);
  });

  test('changePhone goes back to the number; another number texts a new code there', async () => {
    const { result } = await renderSettings((done) =>
      useAddPhone({ onDone: done, clock: env.clock }),
    );
    act(() => result.current.flow.submitPhone('+15550002222'));
    await waitFor(() => expect(result.current.flow.step).toBe('code-sent'));
    act(() => result.current.flow.changePhone());
    expect(result.current.flow).toMatchObject({ step: 'idle', phoneNumber: null });
    act(() => result.current.flow.submitPhone('+15550003333'));
    await waitFor(() => expect(env.count(mockPaths.userEnrollSms)).toBe(2));
    expect(await env.bodies(mockPaths.userEnrollSms)).toEqual([
      { phoneNumber: '+15550002222' },
      { phoneNumber: '+15550003333' },
    ]);
  });
});

describe('useAddWebAuthn', { timeout: 30_000 }, () => {
  test('fetches nothing before the press; one press is options, the prompt and verify, listed before onDone', async () => {
    browser = fakeWebAuthn({ device: seededPasskey });
    const { result, onDone, devicesAtDone } = await renderSettings((done) =>
      useAddWebAuthn({ onDone: done, clock: env.clock }),
    );
    expect(result.current.flow.step).toBe('idle');
    expect(env.count(mockPaths.userEnrollWebauthn)).toBe(0);

    act(() => {
      expect(result.current.flow.add({ deviceType: 'CrossPlatform' })).toBe(true);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.userEnrollWebauthn)).toBe(1);
    expect(env.count(mockPaths.userEnrollWebauthnVerify)).toBe(1);
    expect(browser.prompts).toBe(1);
    expect(browser.created).toHaveLength(1);
    expect(await env.bodies(mockPaths.userEnrollWebauthnVerify)).toEqual([
      expect.objectContaining({ deviceType: 'CrossPlatform' }),
    ]);
    expect(devicesAtDone[0]?.webauthn).toHaveLength(user.webauthn.length + 1);
  });

  test('after the prompt was closed, the next press reuses the creation options', async () => {
    browser = fakeWebAuthn({ device: seededPasskey, prompts: ['cancel', 'sign'] });
    const { result, onDone } = await renderSettings((done) =>
      useAddWebAuthn({ onDone: done, clock: env.clock }),
    );
    act(() => {
      result.current.flow.add({ deviceType: 'Platform' });
    });
    await waitFor(() => expect(result.current.flow.error?.kind).toBe('webauthn-cancelled'));
    act(() => {
      expect(result.current.flow.add({ deviceType: 'Platform' })).toBe(true);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.userEnrollWebauthn)).toBe(1);
    expect(env.count(mockPaths.userEnrollWebauthnVerify)).toBe(1);
    expect(browser.prompts).toBe(2);
  });
});

describe('useRemoveAuthenticator', { timeout: 30_000 }, () => {
  test('is ready at once; a wrong code keeps the app, a current code removes it, listed before onDone', async () => {
    const { result, onDone, devicesAtDone } = await renderSettings((done) =>
      useRemoveAuthenticator({ deviceId: app.id, onDone: done, clock: env.clock }),
    );
    expect(result.current.flow.step).toBe('ready');
    const path = mockPaths.authenticatorDisableVerify(app.id);
    expect(env.count(path)).toBe(0);

    const wrong = await wrongTotp(app.secret, env.clock.now());
    act(() => {
      result.current.flow.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(result.current.flow.error?.kind).toBe('invalid-code'));
    expect(onDone).not.toHaveBeenCalled();

    const code = await totpCode(app.secret, env.clock.now());
    act(() => {
      expect(result.current.flow.verifyCode({ code })).toBe(true);
      expect(result.current.flow.verifyCode({ code })).toBe(false);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(path)).toBe(2);
    expect(devicesAtDone[0]?.authenticators).toEqual([]);
  });
});

describe('useRemoveWebAuthn', { timeout: 30_000 }, () => {
  test('fetches nothing before the press; one press is a challenge, the signature and the removal', async () => {
    browser = fakeWebAuthn({ device: passkey });
    const { result, onDone, devicesAtDone } = await renderSettings((done) =>
      useRemoveWebAuthn({ deviceId: passkey.id, onDone: done, clock: env.clock }),
    );
    expect(result.current.flow.step).toBe('idle');
    expect(env.count(mockPaths.webauthnPreDisable(passkey.id))).toBe(0);

    act(() => {
      expect(result.current.flow.remove()).toBe(true);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.webauthnPreDisable(passkey.id))).toBe(1);
    expect(env.count(mockPaths.webauthnDisableVerify(passkey.id))).toBe(1);
    expect(browser.prompts).toBe(1);
    expect(devicesAtDone[0]?.webauthn.map((device) => device.id)).not.toContain(passkey.id);
    expect(devicesAtDone[0]?.webauthn).toHaveLength(user.webauthn.length - 1);
  });

  test('another key’s signature is refused; the next press asks for a new challenge first', async () => {
    browser = fakeWebAuthn({ device: seededPasskey });
    const { result, onDone } = await renderSettings((done) =>
      useRemoveWebAuthn({ deviceId: passkey.id, onDone: done, clock: env.clock }),
    );
    act(() => {
      result.current.flow.remove();
    });
    await waitFor(() => expect(result.current.flow.error).not.toBeNull());
    expect(result.current.flow.error?.kind).not.toMatch(/^webauthn-/);
    browser.restore();
    browser = fakeWebAuthn({ device: passkey });
    act(() => {
      expect(result.current.flow.remove()).toBe(true);
    });
    await waitFor(() => expect(onDone).toHaveBeenCalledOnce());
    expect(env.count(mockPaths.webauthnPreDisable(passkey.id))).toBe(2);
    expect(env.count(mockPaths.webauthnDisableVerify(passkey.id))).toBe(2);
  });
});
