import type { Endpoint, RequestOptions } from './http.js';
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

/** `mfaPolicy.rememberDevice`: the spec takes the `mfaToken` as a query parameter. */
export const rememberDevicePolicy: Endpoint<RememberDevicePolicy> = {
  method: 'GET',
  path: '/resources/configurations/v1/mfa-policy/allow-remember-device',
  query: 'mfaToken',
  vendorHeaders: ['tenantId'],
  schema: rememberDevicePolicySchema,
};
