// react-query options for each client call, for composing your own hooks; this kit's hooks use the same ones.
import type {
  AuthResponse,
  DisableSmsInput,
  MfaApiError,
  MfaClient,
  MfaDevices,
  PreDisableSmsInput,
  PreDisableSmsResponse,
  RememberDevicePolicy,
  RequestOptions,
  SendEmailCodeInput,
  SendEmailCodeResponse,
  VerifyEmailCodeInput,
} from '@mfa-kit/core';
import { queryOptions } from '@tanstack/react-query';
import type { MutationKey, UseMutationOptions } from '@tanstack/react-query';
import { mfaKeys } from './mfa-keys.js';

/** What a mutation of this kit takes: the client call's input, plus a `signal` that cancels the request. */
export type MfaMutationVariables<TInput> = TInput & RequestOptions;

/** The options of one of this kit's mutations: `useMutation(options)` or `new MutationObserver(queryClient, options)`. */
export interface MfaMutationOptions<TData, TVariables> extends UseMutationOptions<
  TData,
  MfaApiError,
  TVariables
> {
  mutationKey: MutationKey;
  mutationFn: (variables: TVariables) => Promise<TData>;
}

// One action is one request: codes are single-use and a repeated send is a second email, so nothing retries.
// The variables hold codes and tokens: the cache forgets a mutation as soon as nothing observes it. The client
// reports a failed network itself (kind `network`), instead of react-query pausing while offline.
const oneRequest = { retry: false, gcTime: 0, networkMode: 'always' } as const;

/** Emails a login code: `client.emailMfa.sendCode`. */
export function sendEmailCodeOptions(
  client: MfaClient,
): MfaMutationOptions<SendEmailCodeResponse, MfaMutationVariables<SendEmailCodeInput>> {
  return {
    mutationKey: mfaKeys.sendEmailCode,
    mutationFn: ({ signal, ...input }) => client.emailMfa.sendCode(input, { signal }),
    ...oneRequest,
  };
}

/** Checks an emailed login code: `client.emailMfa.verifyCode`. Never retried: a code works once. */
export function verifyEmailCodeOptions(
  client: MfaClient,
): MfaMutationOptions<AuthResponse, MfaMutationVariables<VerifyEmailCodeInput>> {
  return {
    mutationKey: mfaKeys.verifyEmailCode,
    mutationFn: ({ signal, ...input }) => client.emailMfa.verifyCode(input, { signal }),
    ...oneRequest,
  };
}

/** Texts the code that disables an SMS device: `client.smsMfa.preDisable`. */
export function preDisableSmsOptions(
  client: MfaClient,
): MfaMutationOptions<PreDisableSmsResponse, MfaMutationVariables<PreDisableSmsInput>> {
  return {
    mutationKey: mfaKeys.preDisableSms,
    mutationFn: ({ signal, ...input }) => client.smsMfa.preDisable(input, { signal }),
    ...oneRequest,
  };
}

/**
 * Disables an SMS device with its code: `client.smsMfa.disable`. Never retried. Afterwards, invalidate
 * `mfaKeys.devices` (as `useDisableSmsMfa` does).
 */
export function disableSmsOptions(
  client: MfaClient,
): MfaMutationOptions<void, MfaMutationVariables<DisableSmsInput>> {
  return {
    mutationKey: mfaKeys.disableSms,
    mutationFn: ({ signal, ...input }) => client.smsMfa.disable(input, { signal }),
    ...oneRequest,
  };
}

/**
 * The tenant's remember-device policy for one login (`client.mfaPolicy.rememberDevice`): asked once per
 * `mfaToken`, never refetched, never retried, dropped when unused.
 */
export function rememberDevicePolicyOptions(client: MfaClient, mfaToken: string) {
  return queryOptions<RememberDevicePolicy, MfaApiError>({
    queryKey: mfaKeys.rememberDevicePolicy(mfaToken),
    queryFn: ({ signal }) => client.mfaPolicy.rememberDevice({ mfaToken }, { signal }),
    staleTime: Infinity,
    ...oneRequest,
  });
}

const transient = new Set<string>(['network', 'timeout', 'server']);

/** The signed-in user's MFA devices (`client.devices.list`); retried twice, only after a transient failure. */
export function mfaDevicesOptions(client: MfaClient) {
  return queryOptions<MfaDevices, MfaApiError>({
    queryKey: mfaKeys.devices,
    queryFn: ({ signal }) => client.devices.list({ signal }),
    retry: (failures: number, error: MfaApiError) => failures < 2 && transient.has(error.kind),
  });
}
