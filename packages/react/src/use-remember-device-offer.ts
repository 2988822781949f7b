import { type RememberDeviceOffer, rememberDeviceOffer } from '@mfa-kit/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { rememberDevicePolicyOptions } from './mfa-options.js';
import { useMfaClient, useStepUpRegistry } from './mfa-provider.js';

// The rule lives in core; the type is re-exported here, where react users met it first.
export type { RememberDeviceOffer };

const NOT_OFFERED: RememberDeviceOffer = Object.freeze({ allowed: false, days: 0 });

/**
 * Whether a login's factor may offer "don't ask again on this device": the tenant's policy, asked once per
 * `mfaToken` and shared by every factor of that login (one request, however many factors the user tries). Never
 * for the token of the step-up on screen: a step-up proves a factor again, it does not sign a device in.
 */
export function useRememberDeviceOffer(mfaToken: string): RememberDeviceOffer {
  const client = useMfaClient();
  const stepUp = useStepUpRegistry('useRememberDeviceOffer');
  const { data: policy } = useQuery({
    ...rememberDevicePolicyOptions(client, mfaToken),
    enabled: typeof mfaToken === 'string' && mfaToken !== '' && !stepUp.isChallengeToken(mfaToken),
  });
  // Not offered while the policy loads or could not be read.
  return useMemo(() => (policy ? rememberDeviceOffer(policy) : NOT_OFFERED), [policy]);
}
