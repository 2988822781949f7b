import type { MfaStrategy } from '../client/schemas.js';
import { MFA_ENROLL_STRATEGIES } from './factor-kinds.js';
import type { MfaEnrollChoice } from './factor-kinds.js';

/**
 * The factors the tenant's active strategies let a user add, strongest and easiest first; a strategy this kit does
 * not know is left out.
 *
 * @example
 * const choices = mfaEnrollChoices((await client.mfaPolicy.strategies()).strategies);
 */
export function mfaEnrollChoices(strategies: readonly MfaStrategy[]): MfaEnrollChoice[] {
  const active = new Set(
    strategies.filter((entry) => entry.isActive).map((entry) => entry.strategy),
  );
  return (Object.keys(MFA_ENROLL_STRATEGIES) as MfaEnrollChoice[]).filter((choice) =>
    active.has(MFA_ENROLL_STRATEGIES[choice]),
  );
}
