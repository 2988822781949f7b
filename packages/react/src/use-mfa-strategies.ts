import type { MfaApiError, MfaStrategiesResponse } from '@mfa-kit/core';
import { useQuery } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import { mfaStrategiesOptions } from './mfa-options.js';
import { useMfaClient } from './mfa-provider.js';

/**
 * The second factors the tenant allows (`GET /resources/configurations/v1/mfa/strategies`), asked once: which
 * factors forced enrolment and account settings may offer.
 */
export function useMfaStrategies(): UseQueryResult<MfaStrategiesResponse, MfaApiError> {
  const client = useMfaClient();
  return useQuery(mfaStrategiesOptions(client));
}
