/* eslint-disable @typescript-eslint/no-deprecated -- the deprecated root API is what this entry measures */
import { ContextHolder, api } from '@frontegg/rest-api';
import type { FourCalls, FourCallsSetup } from './client-calls.js';

/** @frontegg/rest-api's root entry (its deprecated default `api` object): measured to find the smallest path. */
export function createFourCalls({ origin, accessToken }: FourCallsSetup): FourCalls {
  ContextHolder.setContext({ baseUrl: origin });
  ContextHolder.setAccessToken(accessToken);
  return {
    sendEmailCode: (mfaToken) => api.auth.preVerifyMFAEmailCode({ mfaToken }),
    verifyEmailCode: (mfaToken, otcToken, code) =>
      api.auth.verifyMFAEmailCode({ mfaToken, otcToken, code }),
    preDisableSms: (deviceId) => api.auth.preDisableMFASMS(deviceId),
    disableSms: (deviceId, otcToken, code) => api.auth.disableMFASMS(deviceId, { otcToken, code }),
  };
}
