import { authenticateUser, phoneDeviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { badRequest } from '../errors';
import { mfaDeviceCount } from '../users';
import { readJsonObject, requireString } from '../validation';

/**
 * `POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify`: checks the code and removes the device; 200,
 * no body. Without `otcToken` and `code` (`{}`, as Frontegg's SDK sends when it skips the pre-disable) it
 * removes the device only when the user keeps another second factor.
 */
export const smsDisableVerify: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: false });
  const body = await readJsonObject(context.request);
  const device = phoneDeviceOf(context, user);
  if (body.otcToken === undefined && body.code === undefined) {
    if (mfaDeviceCount(user) < 2)
      throw badRequest('This is the only MFA device: send a code with the pre-disable step first');
  } else {
    const otcToken = requireString(body, 'otcToken');
    const code = requireString(body, 'code');
    context.state.redeemCode(otcToken, code, {
      purpose: 'disable-sms',
      subject: `${user.id}/${device.id}`,
    });
  }
  user.phones = user.phones.filter((phone) => phone.id !== device.id);
  return { status: 200 };
};
