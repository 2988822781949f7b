import type { MfaApiError, MfaDevices } from '@mfa-kit/core';
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { mfaDevicesOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';

/** Options of {@link useMfaDevices}. */
export interface UseMfaDevicesOptions {
  /** Set `false` to wait (e.g. until the user is signed in). Default `true`. */
  enabled?: boolean | undefined;
}

/**
 * The signed-in user's MFA devices, by kind: a react-query query over `client.devices.list()`, refreshed after
 * a settings hook adds or removes a device. Compose your own with `useQuery(mfaDevicesOptions(client))`.
 *
 * @example
 * const { data, isPending, error } = useMfaDevices();
 * data?.phones.map((phone) => <li key={phone.id}>{phone.phoneNumber}</li>);
 */
export function useMfaDevices(
  options: UseMfaDevicesOptions = {},
): UseQueryResult<MfaDevices, MfaApiError> {
  const client = useMfaClient();
  return useQuery({ ...mfaDevicesOptions(client), enabled: options.enabled ?? true });
}
