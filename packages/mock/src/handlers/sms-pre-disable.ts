import { authenticateUser, phoneDeviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { readJsonObject } from '../validation';

/**
 * `POST /resources/users/v1/mfa/sms/{deviceId}/disable` with body `{}`: texts a code to the device; answers 200
 * `{ otcToken, phoneNumber }`.
 */
export const smsPreDisable: RouteHandler = async (context) => {
  const user = await authenticateUser(context, { tenantHeaderRequired: true });
  await readJsonObject(context.request);
  const device = phoneDeviceOf(context, user);
  const otcToken = context.state.sendCode({
    purpose: 'disable-sms',
    subject: `${user.id}/${device.id}`,
    channel: 'sms',
    to: device.phoneNumber,
  });
  return { status: 200, body: { otcToken, phoneNumber: device.phoneNumber } };
};
