import type { RememberDevicePolicy } from '../client/schemas.js';

/** Whether a login may offer "don't ask again on this device", and for how many whole days. */
export interface RememberDeviceOffer {
  allowed: boolean;
  /** Whole days a remembered device skips MFA (0 under a day: say no number). */
  days: number;
}

const SECONDS_PER_DAY = 86_400;

/**
 * The tenant's remember-device policy as a screen offers it, as Frontegg's login box does (`@frontegg/react-auth`
 * 4.0.23, index.esm.js): offered only when allowed and for a positive time, the days rounded down.
 */
export function rememberDeviceOffer({
  isAllowedToRemember,
  mfaDeviceExpiration,
}: RememberDevicePolicy): RememberDeviceOffer {
  const allowed = isAllowedToRemember && mfaDeviceExpiration > 0;
  return {
    allowed,
    days: allowed ? Math.floor(mfaDeviceExpiration / SECONDS_PER_DAY) : 0,
  };
}
