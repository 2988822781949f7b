import { authenticateUser } from '../auth';
import type { RouteHandler } from '../context';
import { devicesOf } from '../users';

/** `GET /resources/users/v1/mfa/devices`: the signed-in user's MFA devices. */
export const devices: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  return { status: 200, body: devicesOf(user) };
};
