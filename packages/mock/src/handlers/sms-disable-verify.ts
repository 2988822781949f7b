import { phoneDeviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { badRequest } from '../errors';
import { mfaDeviceCount } from '../users';
import { USER_ID_HEADER } from '../validation';

/**
 * `POST /resources/users/v1/mfa/sms/{deviceId}/disable/verify`: checks the code and removes the device; 200,
 * no body. Without `otcToken` and `code` (`{}`, as Frontegg's SDK sends when it skips the pre-disable) it
 * removes the device only when the user keeps another second factor.
 */
export const smsDisableVerify = defineRoute(
  {
    vendorHeaders: USER_ID_HEADER,
    // The spec requires both (DisableMFASMSRequest); @frontegg/rest-api (auth/interfaces.d.ts IDisableMFASMS
    // `{ otcToken?, code? }`, auth/index.d.ts disableMFASMS) may send neither, "without pre-disable if the
    // user has more than one MFA device". A code still needs its token, and a token its code.
    body: {
      otcToken: { type: 'string', optional: true, requiredWith: 'code' },
      code: { type: 'string', optional: true, requiredWith: 'otcToken' },
    },
  },
  (context, { user, body: { otcToken, code } }) => {
    const device = phoneDeviceOf(context, user);
    if (otcToken === undefined || code === undefined) {
      if (mfaDeviceCount(user) < 2)
        throw badRequest(
          'This is the only MFA device: send a code with the pre-disable step first',
        );
    } else {
      context.state.redeemCode(otcToken, code, {
        purpose: 'disable-sms',
        subject: `${user.id}/${device.id}`,
      });
    }
    user.phones = user.phones.filter((phone) => phone.id !== device.id);
    return Promise.resolve({ status: 200 });
  },
);
