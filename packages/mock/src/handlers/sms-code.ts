import { phoneDeviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { readJsonObject, requireString } from '../validation';

/** What an SMS login code unlocks: one login, through one phone (so an email code of that login stands). */
export const smsLoginSubject = (mfaToken: string, deviceId: string): string =>
  `${mfaToken}/sms/${deviceId}`;

/**
 * `POST /resources/auth/v1/user/mfa/sms/{deviceId}` `{ mfaToken }`: texts a 6-digit code to the phone;
 * answers 201 `{ otcToken, phoneNumber }` (the SDK's shape; the specification's is empty).
 */
export const smsCode: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const mfaToken = requireString(body, 'mfaToken');
  const user = context.state.userOfChallenge(mfaToken);
  const device = phoneDeviceOf(context, user);
  const otcToken = context.state.sendCode({
    purpose: 'login',
    subject: smsLoginSubject(mfaToken, device.id),
    channel: 'sms',
    to: device.phoneNumber,
  });
  return { status: 201, body: { otcToken, phoneNumber: device.phoneNumber } };
};
