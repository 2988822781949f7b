import { phoneDeviceOf } from '../auth';
import { defineRoute } from '../define-route';

/**
 * `POST /resources/users/v1/mfa/sms/{deviceId}/disable` with body `{}`: texts a code to the device; answers 200
 * `{ otcToken, phoneNumber }`.
 */
export const smsPreDisable = defineRoute(
  // The spec's body is an object with no fields (RequestDisableMFARequest), and both headers.
  { vendorHeaders: ['frontegg-user-id', 'frontegg-tenant-id'], body: {} },
  (context, { user }) => {
    const device = phoneDeviceOf(context, user);
    const otcToken = context.state.sendCode({
      purpose: 'disable-sms',
      subject: `${user.id}/${device.id}`,
      channel: 'sms',
      to: device.phoneNumber,
    });
    return Promise.resolve({
      status: 200,
      body: { otcToken, phoneNumber: device.phoneNumber },
    });
  },
);
