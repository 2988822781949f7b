import { ContextHolder } from '@frontegg/rest-api/ContextHolder';
import { AuthenticationApi } from '@frontegg/rest-api/auth';
import type { FourCalls, FourCallsSetup } from './client-calls.js';

/**
 * @frontegg/rest-api making the four calls through its smallest import path: the deep `auth` and
 * `ContextHolder` entries (the root entry and `createApiClient` are measured too, see lib/sizes.mjs).
 */
export function createFourCalls({ origin, accessToken }: FourCallsSetup): FourCalls {
  const context = ContextHolder.for('default');
  context.setContext({ baseUrl: origin });
  context.setAccessToken(accessToken);
  const auth = new AuthenticationApi('default');
  return {
    sendEmailCode: (mfaToken) => auth.preVerifyMFAEmailCode({ mfaToken }),
    verifyEmailCode: (mfaToken, otcToken, code) =>
      auth.verifyMFAEmailCode({ mfaToken, otcToken, code }),
    preDisableSms: (deviceId) => auth.preDisableMFASMS(deviceId),
    disableSms: (deviceId, otcToken, code) => auth.disableMFASMS(deviceId, { otcToken, code }),
  };
}
