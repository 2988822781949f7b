import type { MfaStrategy } from '../client/schemas.js';
import { mfaEnrollChoices } from '../login/enroll-choices.js';
import type { MfaEnrollChoice } from '../login/factor-kinds.js';

// As the settings list the user's methods: apps, phones, then keys.
const SETTINGS_ORDER: readonly MfaEnrollChoice[] = [
  'authenticator',
  'sms',
  'passkey',
  'security-key',
];

/**
 * What account settings offer to add, in the order they list methods (apps, phones, keys): the factors the
 * tenant's active strategies allow (as at enrolment, `mfaEnrollChoices`), or every factor this kit adds when the
 * strategies are not known (`undefined`).
 *
 * @example
 * mfaAddChoices((await client.mfaPolicy.strategies()).strategies); // e.g. ['authenticator', 'sms']
 */
export function mfaAddChoices(strategies?: readonly MfaStrategy[]): MfaEnrollChoice[] {
  if (!strategies) return [...SETTINGS_ORDER];
  const allowed = new Set(mfaEnrollChoices(strategies));
  return SETTINGS_ORDER.filter((choice) => allowed.has(choice));
}
