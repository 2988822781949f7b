import { defineRoute } from '../define-route';
import { devicesOf } from '../users';
import { USER_ID_HEADER } from '../validation';

/** `GET /resources/users/v1/mfa/devices`: the signed-in user's MFA devices. */
export const devices = defineRoute({ vendorHeaders: USER_ID_HEADER }, (_, { user }) =>
  Promise.resolve({ status: 200, body: devicesOf(user) }),
);
