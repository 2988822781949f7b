import type { ClientContext, RequestOptions } from './http.js';
import { encode, pick, text } from './inputs.js';
import { rememberDevicePolicySchema } from './schemas.js';
import type { RememberDevicePolicy } from './schemas.js';

/** Asks whether this login may remember the device. */
export interface RememberDevicePolicyInput {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
}

/** The tenant's MFA policy, as the login screen needs it. */
export interface MfaPolicyApi {
  /**
   * Whether to offer "don't ask again on this device", and for how long
   * (`GET /resources/configurations/v1/mfa-policy/allow-remember-device`).
   */
  rememberDevice: (
    input: RememberDevicePolicyInput,
    options?: RequestOptions,
  ) => Promise<RememberDevicePolicy>;
}

/** The `mfaPolicy` area of a client. */
export function createMfaPolicyApi({ send, tenantId }: ClientContext): MfaPolicyApi {
  return {
    async rememberDevice(input, options) {
      const { mfaToken } = pick(input, { mfaToken: text }) as RememberDevicePolicyInput;
      return send(
        {
          method: 'GET',
          // The spec takes the token as a query parameter: the one place a token is in a URL.
          path: `/resources/configurations/v1/mfa-policy/allow-remember-device?mfaToken=${encode('mfaToken', mfaToken)}`,
          headers: { 'frontegg-tenant-id': tenantId },
          secrets: [mfaToken],
          schema: rememberDevicePolicySchema,
        },
        options,
      );
    },
  };
}
