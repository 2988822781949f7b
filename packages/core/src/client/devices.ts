import type { ClientContext, RequestOptions } from './http.js';
import { mfaDevicesSchema } from './schemas.js';
import type { MfaDevices } from './schemas.js';

/** The signed-in user's MFA devices (user-token route). */
export interface DevicesApi {
  /** Lists the user's second factors by kind (`GET /resources/users/v1/mfa/devices`). */
  list: (options?: RequestOptions) => Promise<MfaDevices>;
}

/** The `devices` area of a client. */
export function createDevicesApi({ send, userId, tenantId }: ClientContext): DevicesApi {
  return {
    async list(options) {
      return send(
        {
          method: 'GET',
          path: '/resources/users/v1/mfa/devices',
          bearer: true,
          headers: { 'frontegg-user-id': userId, 'frontegg-tenant-id': tenantId },
          schema: mfaDevicesSchema,
        },
        options,
      );
    },
  };
}
