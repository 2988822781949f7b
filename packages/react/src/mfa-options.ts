// react-query options for each client call, for composing your own hooks; this kit's hooks use the same ones.
import { removePhoneWithCodeFactor, emailMfaFactor } from '@mfa-kit/core';
import type {
  AuthResponse,
  DisableSmsInput,
  MfaApiError,
  MfaClient,
  MfaFactorCall,
  MfaDevices,
  MfaStrategiesResponse,
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

/**
 * The mutation options of one call of a factor (`emailMfaFactor.send`, a spec of your own): keyed
 * `['mfa-kit', ...call.name]`, never retried, forgotten by the cache once settled.
 *
 * @example
 * const send = useMutation(mfaCallOptions(client, emailMfaFactor.send));
 */
export function mfaCallOptions<TVariables, TAnswer>(
  client: MfaClient,
  call: MfaFactorCall<TVariables, TAnswer>,
): MfaMutationOptions<TAnswer, MfaMutationVariables<TVariables>> {
  return {
    mutationKey: mfaKeys.call(call),
    mutationFn: ({ signal, ...variables }) =>
      call.request(client, variables as TVariables, { signal }),
    ...oneRequest,
  };
}

/**
 * Emails a login code: `client.emailMfa.sendCode`.
 * @deprecated Use `mfaCallOptions(client, emailMfaFactor.send)`: the same options.
 */
export const sendEmailCodeOptions = (
  client: MfaClient,
): MfaMutationOptions<SendEmailCodeResponse, MfaMutationVariables<SendEmailCodeInput>> =>
  mfaCallOptions(client, emailMfaFactor.send);

/**
 * Checks an emailed login code: `client.emailMfa.verifyCode`. Never retried: a code works once.
 * @deprecated Use `mfaCallOptions(client, emailMfaFactor.verify)`: the same options.
 */
export const verifyEmailCodeOptions = (
  client: MfaClient,
): MfaMutationOptions<AuthResponse, MfaMutationVariables<VerifyEmailCodeInput>> =>
  mfaCallOptions(client, emailMfaFactor.verify);

/**
 * Texts the code that disables an SMS device: `client.smsMfa.preDisable`.
 * @deprecated Use `mfaCallOptions(client, removePhoneWithCodeFactor.send)`: the same options.
 */
export const preDisableSmsOptions = (
  client: MfaClient,
): MfaMutationOptions<PreDisableSmsResponse, MfaMutationVariables<PreDisableSmsInput>> =>
  mfaCallOptions(client, removePhoneWithCodeFactor.send);

/**
 * Disables an SMS device with its code: `client.smsMfa.disable`. Never retried. Afterwards, invalidate
 * `mfaKeys.devices` (as `useRemovePhoneWithCode` does).
 * @deprecated Use `mfaCallOptions(client, removePhoneWithCodeFactor.verify)`: the same options.
 */
export const disableSmsOptions = (
  client: MfaClient,
): MfaMutationOptions<void, MfaMutationVariables<DisableSmsInput>> =>
  mfaCallOptions(client, removePhoneWithCodeFactor.verify);

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

/** The tenant's second factors (`client.mfaPolicy.strategies`): read once, as the policy. */
export function mfaStrategiesOptions(client: MfaClient) {
  return queryOptions<MfaStrategiesResponse, MfaApiError>({
    queryKey: mfaKeys.strategies,
    queryFn: ({ signal }) => client.mfaPolicy.strategies({ signal }),
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
