import { createMfaClient } from '@mfa-kit/core';
import type { FourCalls, FourCallsSetup } from './client-calls.js';

/** Our client making the four calls. */
export function createFourCalls({ origin, accessToken }: FourCallsSetup): FourCalls {
  const client = createMfaClient({
    baseUrl: `${origin}/identity`,
    getAccessToken: () => accessToken,
  });
  return {
    sendEmailCode: (mfaToken) => client.emailMfa.sendCode({ mfaToken }),
    verifyEmailCode: (mfaToken, otcToken, code) =>
      client.emailMfa.verifyCode({ mfaToken, otcToken, code }),
    preDisableSms: (deviceId) => client.smsMfa.preDisable({ deviceId }),
    disableSms: (deviceId, otcToken, code) => client.smsMfa.disable({ deviceId, otcToken, code }),
  };
}
