import { ContextHolder, createApiClient } from '@frontegg/rest-api';
import type { FourCalls, FourCallsSetup } from './client-calls.js';

/** @frontegg/rest-api's recommended `createApiClient`: measured to find the smallest path. */
export function createFourCalls({ origin, accessToken }: FourCallsSetup): FourCalls {
  const context = ContextHolder.for('bench');
  context.setContext({ baseUrl: origin });
  context.setAccessToken(accessToken);
  const { auth } = createApiClient('bench');
  return {
    sendEmailCode: (mfaToken) => auth.preVerifyMFAEmailCode({ mfaToken }),
    verifyEmailCode: (mfaToken, otcToken, code) =>
      auth.verifyMFAEmailCode({ mfaToken, otcToken, code }),
    preDisableSms: (deviceId) => auth.preDisableMFASMS(deviceId),
    disableSms: (deviceId, otcToken, code) => auth.disableMFASMS(deviceId, { otcToken, code }),
  };
}
