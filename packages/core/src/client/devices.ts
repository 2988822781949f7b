import type { Endpoint, RequestOptions } from './http.js';
import { mfaDevicesSchema } from './schemas.js';
import type { MfaDevices } from './schemas.js';

/** The signed-in user's MFA devices (user-token route). */
export interface DevicesApi {
  /** Lists the user's second factors by kind (`GET /resources/users/v1/mfa/devices`). */
  list: (options?: RequestOptions) => Promise<MfaDevices>;
}

/** Outside the published spec (Frontegg SDK only). `devices.list`. */
export const listDevices: Endpoint<MfaDevices> = {
  method: 'GET',
  path: '/resources/users/v1/mfa/devices',
  bearer: true,
  vendorHeaders: ['userId', 'tenantId'],
  schema: mfaDevicesSchema,
  outsideSpec: true,
};
