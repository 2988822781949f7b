import type { MfaFactorCall } from '@mfa-kit/core';
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { DEMO_USER } from '@mfa-kit/mock';
import { loginDemoUser, mockPaths } from '@mfa-kit/mock/testing';
import { describe, expect, test, vi } from 'vitest';
import { mfaKeys } from './mfa-keys.js';
import { mfaDevicesOptions } from './mfa-options.js';
import { mutationRunner } from './mutation-runner.js';
import { setupMockEnv, signedInClient } from './test/mock-env.js';
import { ASYNC_UTIL_TIMEOUT_MS } from '../../../tools/test-kit/async-timeout.js';

const env = setupMockEnv();

const sendEmailCode: MfaFactorCall<{ mfaToken: string }, { otcToken: string }> = {
  name: ['email-mfa', 'send-code'],
  request: (client, { mfaToken }, options) => client.emailMfa.sendCode({ mfaToken }, options),
};

describe('mutationRunner', () => {
  test('runs a call as one mutation keyed by its name, seen while in flight and forgotten once settled', async () => {
    const queryClient = new QueryClient();
    const mutations = queryClient.getMutationCache();
    const run = mutationRunner(queryClient, env.client());
    const mfaToken = await loginDemoUser(env.backend);

    const answer = run(sendEmailCode, { mfaToken }, new AbortController().signal);
    expect(queryClient.isMutating({ mutationKey: ['mfa-kit', 'email-mfa', 'send-code'] })).toBe(1);
    await expect(answer).resolves.toEqual({ otcToken: expect.any(String) as unknown });
    expect(env.count(mockPaths.emailCode)).toBe(1);
    expect(queryClient.isMutating()).toBe(0);
    // Kept no longer than it runs (gcTime 0): its variables hold the mfaToken.
    await vi.waitFor(() => expect(mutations.getAll()).toEqual([]), {
      timeout: ASYNC_UTIL_TIMEOUT_MS,
    });
  });

  test('never retries, whatever the QueryClient’s defaults, and rejects with the MfaApiError', async () => {
    const queryClient = new QueryClient({
      defaultOptions: { mutations: { retry: 3, retryDelay: 0 } },
    });
    const run = mutationRunner(queryClient, env.client());
    const mfaToken = await loginDemoUser(env.backend);
    env.backend.faults.failNext(1, { status: 503 }, { route: 'email-code' });

    await expect(
      run(sendEmailCode, { mfaToken }, new AbortController().signal),
    ).rejects.toMatchObject({
      kind: 'server',
    });
    expect(env.count(mockPaths.emailCode)).toBe(1);
    await vi.waitFor(() => expect(queryClient.getMutationCache().getAll()).toEqual([]), {
      timeout: ASYNC_UTIL_TIMEOUT_MS,
    });
  });

  test('passes the signal: an aborted call rejects as aborted', async () => {
    const queryClient = new QueryClient();
    const run = mutationRunner(queryClient, env.client());
    const mfaToken = await loginDemoUser(env.backend);
    env.backend.faults.latency(1_000, { route: 'email-code' });
    const controller = new AbortController();
    const answer = run(sendEmailCode, { mfaToken }, controller.signal);
    controller.abort();
    await expect(answer).rejects.toMatchObject({ kind: 'aborted' });
  });

  test('a call that changes the devices refreshes the devices query before it resolves', async () => {
    const client = await signedInClient(env);
    const queryClient = new QueryClient();
    // A list on screen (useMfaDevices): an observed query, which invalidation refetches.
    const devices = new QueryObserver(queryClient, mfaDevicesOptions(client));
    const unsubscribe = devices.subscribe(() => undefined);
    await vi.waitFor(() => expect(devices.getCurrentResult().data?.phones).toHaveLength(2), {
      timeout: ASYNC_UTIL_TIMEOUT_MS,
    });
    const phone = DEMO_USER.phones[0];
    const removePhone: MfaFactorCall<{ deviceId: string }, void> = {
      name: ['sms-mfa', 'disable'],
      request: (c, { deviceId }, options) => c.smsMfa.disable({ deviceId }, options),
      changesDevices: true,
    };
    const run = mutationRunner(queryClient, client);
    await run(removePhone, { deviceId: phone.id }, new AbortController().signal);
    // Already refreshed when the call resolves: no list shows the phone that is gone.
    expect(
      queryClient
        .getQueryData<{ phones: { id: string }[] }>(mfaKeys.devices)
        ?.phones.map((p) => p.id),
    ).not.toContain(phone.id);
    expect(env.count(mockPaths.devices)).toBe(2);
    unsubscribe();
  });
});
