import { MOCK_ERROR_CODES, MockHttpError } from './errors';
import type { MockConfig } from './state';
import type { MfaStrategy } from './users';

/** The names of the tenant's active strategies, as a sign-in that must enroll lists them. */
export function activeStrategies(config: MockConfig): MfaStrategy[] {
  return config.mfaStrategies.filter((entry) => entry.isActive).map((entry) => entry.strategy);
}

/** A 403 unless the tenant offers one of `strategies`: a factor it does not offer cannot be added. */
export function requireActiveStrategy(config: MockConfig, ...strategies: MfaStrategy[]): void {
  if (!activeStrategies(config).some((active) => strategies.includes(active))) {
    throw new MockHttpError(
      403,
      MOCK_ERROR_CODES.forbidden,
      `The tenant does not offer ${strategies.join(' or ')}: choose another factor`,
    );
  }
}
