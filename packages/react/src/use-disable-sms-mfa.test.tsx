import { DEMO_USER } from '@mfa-kit/mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mockPaths, signInDemoUser, wrongCode } from '@mfa-kit/mock/testing';
import { setupMockEnv } from './test/mock-env.js';
import { renderMfaHook } from './test/render-mfa-hook.js';
import { useDisableSmsMfa } from './use-disable-sms-mfa.js';
import { useMfaDevices } from './use-mfa-devices.js';

const env = setupMockEnv();
const [phone, otherPhone] = DEMO_USER.phones;

async function renderDisable(deviceId = phone.id, options: { strict?: boolean } = {}) {
  const { accessToken } = await signInDemoUser(env.backend);
  const client = env.client({ getAccessToken: () => accessToken });
  const onDisabled = vi.fn();
  const view = renderMfaHook(
    (props: { deviceId: string }) => ({
      disable: useDisableSmsMfa({ deviceId: props.deviceId, onDisabled, clock: env.clock }),
      devices: useMfaDevices(),
    }),
    { client, initialProps: { deviceId }, ...options },
  );
  await waitFor(() => expect(view.result.current.devices.data).toBeDefined());
  return { ...view, onDisabled };
}

describe('useDisableSmsMfa', () => {
  test('sends nothing until start(), then texts a code and shows where it went', async () => {
    const { result } = await renderDisable();
    expect(result.current.disable).toMatchObject({ step: 'idle', phoneNumber: null });
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(0);

    act(() => {
      expect(result.current.disable.start()).toBe(true);
    });
    expect(result.current.disable.step).toBe('sending');
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    expect(result.current.disable).toMatchObject({
      phoneNumber: phone.phoneNumber,
      resendInSeconds: 30,
      canVerify: true,
    });
    expect(env.backend.outbox.latest({ channel: 'sms' })?.to).toBe(phone.phoneNumber);
  });

  test('a right code disables the device, refreshes the devices list, then calls onDisabled once', async () => {
    const { result, onDisabled } = await renderDisable();
    expect(result.current.devices.data?.phones.map((device) => device.id)).toEqual([
      phone.id,
      otherPhone.id,
    ]);
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    act(() => {
      result.current.disable.verifyCode({ code: env.latestCode('sms') });
    });
    expect(result.current.disable.step).toBe('verifying');
    await waitFor(() => expect(result.current.disable.step).toBe('disabled'));

    // Refreshed before `disabled` showed: the list is already without the device.
    expect(result.current.devices.data?.phones.map((device) => device.id)).toEqual([otherPhone.id]);
    expect(onDisabled).toHaveBeenCalledOnce();
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(env.count(mockPaths.devices)).toBe(2);
    expect(env.backend.devices(DEMO_USER.email).phones.map((device) => device.id)).toEqual([
      otherPhone.id,
    ]);
  });

  test('a wrong code keeps the device and the flow on code-sent; a double submit checks once', async () => {
    const { result, onDisabled } = await renderDisable();
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    const wrong = wrongCode(env.latestCode('sms'));
    act(() => {
      result.current.disable.verifyCode({ code: wrong });
      result.current.disable.verifyCode({ code: wrong });
    });
    await waitFor(() => expect(result.current.disable.isPending).toBe(false));
    expect(result.current.disable).toMatchObject({ step: 'code-sent', failedAction: 'verify' });
    expect(result.current.disable.error?.kind).toBe('invalid-code');
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(onDisabled).not.toHaveBeenCalled();
    expect(env.backend.devices(DEMO_USER.email).phones).toHaveLength(2);

    // The refused code is not sent again; the right one disables with one more check.
    act(() => {
      expect(result.current.disable.verifyCode({ code: wrong })).toBe(false);
      result.current.disable.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.disable.step).toBe('disabled'));
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(2);
  });

  test('resendCode() texts a new code after the cooldown; the new code disables', async () => {
    const { result } = await renderDisable();
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    act(() => env.clock.advance(30_000));
    act(() => {
      expect(result.current.disable.resendCode()).toBe(true);
    });
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(2);
    act(() => {
      result.current.disable.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(result.current.disable.step).toBe('disabled'));
  });

  test('an unknown device fails with not-found, and a different deviceId starts over', async () => {
    const { result, rerender } = await renderDisable('no-such-device');
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.step).toBe('failed'));
    expect(result.current.disable.error?.kind).toBe('not-found');

    rerender({ deviceId: otherPhone.id });
    await waitFor(() => expect(result.current.disable.step).toBe('idle'));
    expect(result.current.disable.error).toBeNull();
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.phoneNumber).toBe(otherPhone.phoneNumber));
  });

  test('a check in flight at unmount is aborted, and onDisabled is never called', async () => {
    const { result, unmount, onDisabled } = await renderDisable();
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    env.backend.faults.latency(100, { route: 'sms-disable-verify' });
    act(() => {
      result.current.disable.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1));
    unmount();
    expect(
      env.requests.find((seen) => seen.path === mockPaths.smsDisableVerify(phone.id))?.request
        .signal.aborted,
    ).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(onDisabled).not.toHaveBeenCalled();
  });

  test('under StrictMode, start() sends one code', async () => {
    const { result } = await renderDisable(phone.id, { strict: true });
    act(() => {
      result.current.disable.start();
    });
    await waitFor(() => expect(result.current.disable.step).toBe('code-sent'));
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(1);
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
