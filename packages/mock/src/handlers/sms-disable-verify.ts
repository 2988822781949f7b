import { authenticateUser, phoneDeviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { readJsonObject, requireString } from '../validation';

/** `POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify`: checks the code and removes the device; 200, no body. */
export const smsDisableVerify: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  const body = await readJsonObject(context.request);
  const otcToken = requireString(body, 'otcToken');
  const code = requireString(body, 'code');
  const device = phoneDeviceOf(context, user);
  context.state.redeemCode(otcToken, code, {
    purpose: 'disable-sms',
    subject: `${user.id}/${device.id}`,
  });
  user.phones = user.phones.filter((phone) => phone.id !== device.id);
  return { status: 200 };
};
