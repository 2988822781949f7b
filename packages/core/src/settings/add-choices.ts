import type { MfaStrategy } from '../client/schemas.js';
import { ENROLL_CHOICES, mfaEnrollChoices } from '../login/enroll-choices.js';
import type { MfaEnrollChoice } from '../login/enroll-choices.js';

/**
 * What account settings offer to add: the tenant's active strategies, as at enrolment (`mfaEnrollChoices`), or
 * every factor this kit adds when the strategies are not known (`undefined`).
 *
 * @example
 * mfaAddChoices((await client.mfaPolicy.strategies()).strategies); // e.g. ['authenticator', 'sms']
 */
export function mfaAddChoices(strategies?: readonly MfaStrategy[]): MfaEnrollChoice[] {
  return strategies ? mfaEnrollChoices(strategies) : [...ENROLL_CHOICES];
}
