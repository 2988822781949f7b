import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { rememberDevicePolicyOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';

/** The tenant's remember-device policy, as a screen needs it. */
export interface RememberDeviceOffer {
  /** Whether to offer "remember this device"; `false` while the policy is loading or could not be read. */
  allowed: boolean;
  /** For how many days (rounded) a remembered device skips MFA. */
  days: number;
}

const NOT_OFFERED: RememberDeviceOffer = Object.freeze({ allowed: false, days: 0 });

/**
 * Whether a login's factor may offer "don't ask again on this device": the tenant's policy, asked once per
 * `mfaToken` and shared by every factor of that login (one request, however many factors the user tries).
 */
export function useRememberDeviceOffer(mfaToken: string): RememberDeviceOffer {
  const client = useMfaClient();
  const { data: policy } = useQuery({
    ...rememberDevicePolicyOptions(client, mfaToken),
    enabled: typeof mfaToken === 'string' && mfaToken !== '',
  });
  return useMemo(
    () =>
      policy
        ? {
            allowed: policy.isAllowedToRemember,
            days: Math.round(policy.mfaDeviceExpiration / 86_400),
          }
        : NOT_OFFERED,
    [policy],
  );
}
