import type { Endpoint, RequestOptions } from './http.js';
import { mfaStrategiesSchema, rememberDevicePolicySchema } from './schemas.js';
import type { MfaStrategiesResponse, RememberDevicePolicy } from './schemas.js';

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
  /**
   * The second factors the tenant offers, each active or not
   * (`GET /resources/configurations/v1/mfa/strategies`): what a user who must add one may choose from.
   */
  strategies: (options?: RequestOptions) => Promise<MfaStrategiesResponse>;
}

/** `mfaPolicy.rememberDevice`: the spec takes the `mfaToken` as a query parameter. */
export const rememberDevicePolicy: Endpoint<RememberDevicePolicy> = {
  method: 'GET',
  path: '/resources/configurations/v1/mfa-policy/allow-remember-device',
  query: 'mfaToken',
  vendorHeaders: ['tenantId'],
  schema: rememberDevicePolicySchema,
};

/** `mfaPolicy.strategies`: asked at login, before any token, so no bearer. */
export const mfaStrategies: Endpoint<MfaStrategiesResponse> = {
  method: 'GET',
  path: '/resources/configurations/v1/mfa/strategies',
  schema: mfaStrategiesSchema,
};
