import { DEMO_USER } from '@mfa-kit/mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mockPaths, signInDemoUser, wrongCode } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useDisableSmsMfa } from './deprecated.js';
import { useRemovePhoneWithCode } from './use-remove-phone-with-code.js';
import { useMfaDevices } from './use-mfa-devices.js';

const env = setupMockEnv();
const [phone, otherPhone] = DEMO_USER.phones;

async function renderRemoval(deviceId = phone.id, options: { strict?: boolean } = {}) {
  const { accessToken } = await signInDemoUser(env.backend);
  const client = env.client({ getAccessToken: () => accessToken });
  const onDone = vi.fn();
  const view = renderMfaHook(
    (props: { deviceId: string }) => ({
      removal: useRemovePhoneWithCode({ deviceId: props.deviceId, onDone, clock: env.clock }),
      devices: useMfaDevices(),
    }),
    { client, initialProps: { deviceId }, ...options },
  );
  await waitFor(() => expect(view.result.current.devices.data).toBeDefined());
  return { ...view, onDone };
}

describe('useRemovePhoneWithCode', () => {
  test('sends nothing until start(), then texts a code and shows where it went', async () => {
    const { result } = await renderRemoval();
    expect(result.current.removal).toMatchObject({ step: 'idle', phoneNumber: null });
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(0);

    act(() => {
      expect(result.current.removal.start()).toBe(true);
    });
    expect(result.current.removal.step).toBe('sending');
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    expect(result.current.removal).toMatchObject({
      phoneNumber: phone.phoneNumber,
      resendInSeconds: 30,
      canVerify: true,
    });
    expect(env.backend.outbox.latest({ channel: 'sms' })?.to).toBe(phone.phoneNumber);
  });

  test('a right code removes the phone, refreshes the devices list, then calls onDone once', async () => {
    const { result, onDone } = await renderRemoval();
    expect(result.current.devices.data?.phones.map((device) => device.id)).toEqual([
      phone.id,
      otherPhone.id,
    ]);
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    act(() => {
      result.current.removal.verifyCode({ code: env.latestCode('sms') });
    });
    expect(result.current.removal.step).toBe('verifying');
    await waitFor(() => expect(result.current.removal.step).toBe('verified'));

    // Refreshed before `verified` showed: the list is already without the device.
    expect(result.current.devices.data?.phones.map((device) => device.id)).toEqual([otherPhone.id]);
    expect(onDone).toHaveBeenCalledOnce();
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(env.count(mockPaths.devices)).toBe(2);
    expect(env.backend.devices(DEMO_USER.email).phones.map((device) => device.id)).toEqual([
      otherPhone.id,
    ]);
  });

  test('a wrong code keeps the device and the flow on code-sent; a double submit checks once', async () => {
    const { result, onDone } = await renderRemoval();
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    const wrong = wrongCode(env.latestCode('sms'));
    act(() => {
      result.current.removal.verifyCode({ code: wrong });
      result.current.removal.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(result.current.removal.isPending).toBe(false));
    expect(result.current.removal).toMatchObject({ step: 'code-sent', failedAction: 'verify' });
    expect(result.current.removal.error?.kind).toBe('invalid-code');
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(onDone).not.toHaveBeenCalled();
    expect(env.backend.devices(DEMO_USER.email).phones).toHaveLength(2);

    // The refused code is not sent again; the right one removes it with one more check.
    act(() => {
      expect(result.current.removal.verifyCode({ code: wrong })).toBe(false);
      result.current.removal.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.removal.step).toBe('verified'));
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(2);
  });

  test('resendCode() texts a new code after the cooldown; the new code removes the phone', async () => {
    const { result } = await renderRemoval();
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    act(() => env.clock.advance(30_000));
    act(() => {
      expect(result.current.removal.resendCode()).toBe(true);
    });
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(2);
    act(() => {
      result.current.removal.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.removal.step).toBe('verified'));
  });

  test('an unknown device fails with not-found, and a different deviceId starts over', async () => {
    const { result, rerender } = await renderRemoval('no-such-device');
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.step).toBe('failed'));
    expect(result.current.removal.error?.kind).toBe('not-found');

    rerender({ deviceId: otherPhone.id });
    await waitFor(() => expect(result.current.removal.step).toBe('idle'));
    expect(result.current.removal.error).toBeNull();
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.phoneNumber).toBe(otherPhone.phoneNumber));
  });

  test('a check in flight at unmount is aborted, and onDone is never called', async () => {
    const { result, unmount, onDone } = await renderRemoval();
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    env.backend.faults.latency(100, { route: 'sms-disable-verify' });
    act(() => {
      result.current.removal.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1));
    unmount();
    expect(
      env.requests.find((seen) => seen.path === mockPaths.smsDisableVerify(phone.id))?.request
        .signal.aborted,
    ).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onDone).not.toHaveBeenCalled();
  });

  test('under StrictMode, start() sends one code', async () => {
    const { result } = await renderRemoval(phone.id, { strict: true });
    act(() => {
      result.current.removal.start();
    });
    await waitFor(() => expect(result.current.removal.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(1);
  });
});

describe('useDisableSmsMfa (deprecated)', () => {
  test('keeps its words: the same flow ends disabled, then calls onDisabled', async () => {
    const { accessToken } = await signInDemoUser(env.backend);
    const client = env.client({ getAccessToken: () => accessToken });
    const onDisabled = vi.fn();
    const { result } = renderMfaHook(
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the alias under test
      () => useDisableSmsMfa({ deviceId: phone.id, onDisabled, clock: env.clock }),
      { client },
    );
    act(() => {
      result.current.start();
    });
    await waitFor(() => expect(result.current.step).toBe('code-sent'));
    act(() => {
      result.current.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.step).toBe('disabled'));
    expect(onDisabled).toHaveBeenCalledOnce();
  });
});

describe('useMfaDevices', () => {
  test('reports an unauthorized error without a signed-in user', async () => {
    const { result } = renderMfaHook(() => useMfaDevices(), { client: env.client() });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('unauthorized');
    expect(env.count(mockPaths.devices)).toBe(1); // not worth a retry
  });

  test('waits while enabled is false', async () => {
    const { accessToken } = await signInDemoUser(env.backend);
    const client = env.client({ getAccessToken: () => accessToken });
    const { result, rerender } = renderMfaHook(
      (props: { enabled: boolean }) => useMfaDevices(props),
      {
        client,
        initialProps: { enabled: false },
      },
    );
    expect(result.current.fetchStatus).toBe('idle');
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.data?.emails).toEqual([{ email: DEMO_USER.email }]));
    expect(env.count(mockPaths.devices)).toBe(1);
  });
});
