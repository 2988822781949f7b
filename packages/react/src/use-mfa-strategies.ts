import { mfaStrategiesOfLoginAnswer } from '@mfa-kit/core';
import type { AuthResponse, MfaApiError, MfaStrategiesResponse } from '@mfa-kit/core';
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { mfaStrategiesOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';

/**
 * The second factors the tenant allows (`GET /resources/configurations/v1/mfa/strategies`), asked once: which
 * factors forced enrollment and account settings may offer. Given a login answer that carries them
 * (`mfaStrategies`, as Frontegg sends when the user must enroll), nothing is asked: those are used, for this
 * login only (not cached as the tenant's).
 *
 * @example
 * const strategies = useMfaStrategies(loginAnswer);
 */
export function useMfaStrategies(
  loginAnswer?: Pick<AuthResponse, 'mfaStrategies'>,
): UseQueryResult<MfaStrategiesResponse, MfaApiError> {
  const client = useMfaClient();
  const carried = useMemo(
    () => (loginAnswer ? mfaStrategiesOfLoginAnswer(loginAnswer) : null),
    [loginAnswer],
  );
  return useQuery({
    ...mfaStrategiesOptions(client),
    enabled: carried === null,
    // Shown as the query's data without entering the cache, where the tenant's own answer belongs.
    ...(carried && { placeholderData: carried }),
  });
}
