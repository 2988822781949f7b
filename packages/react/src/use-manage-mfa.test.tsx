import type { MfaDevices } from '@mfa-kit/core';
import { secretOfQrCode } from '@mfa-kit/mock/testing/node';
import { DEMO_USER, totpCode } from '@mfa-kit/mock';
import { act, waitFor } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { mockPaths, signInDemoUser } from '@mfa-kit/mock/testing';
import { mfaKeys } from './mfa-keys.js';
import { setupMockEnv } from './test/mock-env.js';
import { newQueryClient, renderMfaHook } from './test/render-mfa-hook.js';
import { useAddAuthenticator, useAddPhone, useRemovePhone } from './use-manage-mfa.js';
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

// Frontegg's SDK (`@frontegg/redux-store` 7.119, `auth/MfaState/actions.js`) reads an optional `recoveryCode`
// from every settings enrollment answer; the mock answers as the spec says (none on the phone's), so a fault
// stands in for a server that sends one.
describe('the add hooks: the recovery code, when the answer carries one', () => {
  async function signedInClient() {
    const { accessToken } = await signInDemoUser(env.backend);
    return env.client({ getAccessToken: () => accessToken });
  }

  async function addPhone() {
    const onDone = vi.fn();
    const view = renderMfaHook(() => useAddPhone({ onDone, clock: env.clock }), {
      client: await signedInClient(),
    });
    act(() => view.result.current.submitPhone('+15550100777'));
    await waitFor(() => expect(view.result.current.step).toBe('code-sent'));
    act(() => {
      view.result.current.verifyCode({ code: env.latestCode('sms') });
    });
    await waitFor(() => expect(view.result.current.step).toBe('verified'));
    return { ...view, onDone };
  }

  test('useAddPhone: no body (as the spec says) is no recovery code', async () => {
    const { result, onDone } = await addPhone();
    expect(result.current.recoveryCode).toBeNull();
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ recoveryCode: null });
  });

  test('useAddPhone: a recovery code in the answer is kept and handed to onDone', async () => {
    env.backend.faults.failNext(
      1,
      { status: 200, body: { recoveryCode: 'ABCD-EFGH-JKLM' } },
      { route: 'user-enroll-sms-verify' },
    );
    const { result, onDone } = await addPhone();
    expect(result.current.recoveryCode).toBe('ABCD-EFGH-JKLM');
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ recoveryCode: 'ABCD-EFGH-JKLM' });
    expect(env.count(mockPaths.userEnrollSmsVerify)).toBe(1);
  });

  test('useAddAuthenticator: an answer without a recovery code is a success, with none', async () => {
    const onDone = vi.fn();
    const { result } = renderMfaHook(() => useAddAuthenticator({ onDone, clock: env.clock }), {
      client: await signedInClient(),
    });
    act(() => {
      result.current.start();
    });
    await waitFor(() => expect(result.current.qrCode).not.toBeNull());
    const secret = secretOfQrCode(result.current.qrCode ?? '');
    const code = await totpCode(secret, env.clock.now());
    env.backend.faults.failNext(
      1,
      { status: 200, body: {} },
      { route: 'user-enroll-authenticator-verify' },
    );
    act(() => {
      result.current.verifyCode({ code });
    });
    await waitFor(() => expect(result.current.step).toBe('verified'));
    expect(result.current.error).toBeNull();
    expect(result.current.recoveryCode).toBeNull();
    expect(onDone).toHaveBeenCalledExactlyOnceWith({ recoveryCode: null });
  });
});
