import type { MfaDevices } from '@mfa-kit/core';
import { DEMO_USER } from '@mfa-kit/mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mockPaths, signInDemoUser } from '@mfa-kit/mock/testing';
import { mfaKeys } from './mfa-keys.js';
import { setupMockEnv } from './test/mock-env.js';
import { newQueryClient, renderMfaHook } from './test/render-mfa-hook.js';
import { useRemovePhone } from './use-manage-mfa.js';
import { useMfaDevices } from './use-mfa-devices.js';

const env = setupMockEnv();
const [phone, otherPhone] = DEMO_USER.phones;

async function renderRemovePhone() {
  const { accessToken } = await signInDemoUser(env.backend);
  const client = env.client({ getAccessToken: () => accessToken });
  const queryClient = newQueryClient();
  // The phones the devices cache holds when onDone is called.
  const phonesAtDone: (string[] | undefined)[] = [];
  const onDone = vi.fn(() => {
    const devices = queryClient.getQueryData<MfaDevices>(mfaKeys.devices);
    phonesAtDone.push(devices?.phones.map((device) => device.id));
  });
  const view = renderMfaHook(
    () => ({ remove: useRemovePhone({ deviceId: phone.id, onDone }), devices: useMfaDevices() }),
    { client, queryClient },
  );
  await waitFor(() => expect(view.result.current.devices.data).toBeDefined());
  return { ...view, phonesAtDone };
}

describe('useRemovePhone', () => {
  test('one press is one request without a code; a second press while it runs sends nothing', async () => {
    const { result } = await renderRemovePhone();
    act(() => {
      expect(result.current.remove.remove()).toBe(true);
      expect(result.current.remove.remove()).toBe(false);
    });
    await waitFor(() =>
      expect(result.current.devices.data?.phones.map((device) => device.id)).toEqual([
        otherPhone.id,
      ]),
    );
    const [disable] = env.requests.filter(
      (request) => request.path === mockPaths.smsDisableVerify(phone.id),
    );
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    expect(await disable?.body).toEqual({});
    expect(env.count(mockPaths.smsPreDisable(phone.id))).toBe(0);
    expect(env.backend.outbox.latest({ channel: 'sms' })).toBeUndefined();
  });

  test('calls onDone once the devices list no longer has the phone', async () => {
    const { result, phonesAtDone } = await renderRemovePhone();
    act(() => {
      result.current.remove.remove();
    });
    await waitFor(() => expect(phonesAtDone).toHaveLength(1));
    expect(phonesAtDone).toEqual([[otherPhone.id]]);
    expect(result.current.remove.isPending).toBe(false);
  });

  test('a failure is kept as the error, not retried; the next press tries again', async () => {
    const { result } = await renderRemovePhone();
    env.backend.faults.failNext(1, { status: 503 }, { route: 'sms-disable-verify' });
    act(() => {
      result.current.remove.remove();
    });
    await waitFor(() => expect(result.current.remove.error?.kind).toBe('server'));
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(1);
    act(() => {
      result.current.remove.remove();
    });
    await waitFor(() => expect(result.current.remove.error).toBeNull());
    await waitFor(() => expect(result.current.devices.data?.phones).toHaveLength(1));
    expect(env.count(mockPaths.smsDisableVerify(phone.id))).toBe(2);
  });
});
