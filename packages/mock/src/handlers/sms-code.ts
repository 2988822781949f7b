import { phoneDeviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { text } from '../validation';

/** What an SMS login code unlocks: one login, through one phone (so an email code of that login stands). */
export const smsLoginSubject = (mfaToken: string, deviceId: string): string =>
  `${mfaToken}/sms/${deviceId}`;

/**
 * `POST /resources/auth/v1/user/mfa/sms/{deviceId}` `{ mfaToken }`: texts a 6-digit code to the phone;
 * answers 201 `{ otcToken, phoneNumber }` (the SDK's shape; the specification's is empty).
 */
export const smsCode = defineRoute(
  { body: { mfaToken: text } },
  (context, { body: { mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    const device = phoneDeviceOf(context, user);
    const otcToken = context.state.sendCode({
      purpose: 'login',
      subject: smsLoginSubject(mfaToken, device.id),
      channel: 'sms',
      to: device.phoneNumber,
    });
    return Promise.resolve({ status: 201, body: { otcToken, phoneNumber: device.phoneNumber } });
  },
);
