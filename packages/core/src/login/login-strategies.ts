import type { AuthResponse, MfaStrategiesResponse } from '../client/schemas.js';
import { mfaStrategiesSchema } from '../client/schemas.js';

/**
 * The second factors a login answer says the user may enroll (`mfaStrategies`, sent when MFA is required and
 * nothing is enrolled), so that enrollment needs no `GET …/mfa/strategies`. Frontegg's SDK reads a list of names
 * (`['AuthenticatorApp', 'SMS']`); the spec calls it an object, read when it has that call's answer's shape.
 * `null` when absent, empty or unreadable: ask the tenant instead.
 *
 * @example
 * const strategies = mfaStrategiesOfLoginAnswer(answer) ?? (await client.mfaPolicy.strategies());
 */
export function mfaStrategiesOfLoginAnswer(
  answer: Pick<AuthResponse, 'mfaStrategies'>,
): MfaStrategiesResponse | null {
  const carried = answer.mfaStrategies;
  if (Array.isArray(carried)) {
    const names = carried.filter((name): name is string => typeof name === 'string' && name !== '');
    return names.length > 0
      ? { strategies: names.map((strategy) => ({ strategy, isActive: true })) }
      : null;
  }
  // Checked as the client checks answers (zod's Standard Schema interface, no parse API in the bundle), and
  // kept as it came, so fields Frontegg adds pass through.
  const checked = mfaStrategiesSchema['~standard'].validate(carried);
  if (checked instanceof Promise || checked.issues) return null;
  const strategies = carried as MfaStrategiesResponse;
  return strategies.strategies.length > 0 ? strategies : null;
}
