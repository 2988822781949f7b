import { phoneDeviceOf } from '../auth';
import { defineRoute } from '../define-route';
import { optionalFlag, text } from '../validation';
import { signedInResponse } from './auth-response';
import { smsLoginSubject } from './sms-code';

/**
 * `POST /resources/auth/v1/user/mfa/sms/{deviceId}/verify` `{ otcToken, code, mfaToken, rememberDevice? }`:
 * checks the texted code; answers 201 with the signed-in tokens.
 */
export const smsCodeVerify = defineRoute(
  { body: { otcToken: text, code: text, mfaToken: text, rememberDevice: optionalFlag } },
  async (context, { body: { otcToken, code, mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    const device = phoneDeviceOf(context, user);
    context.state.redeemCode(otcToken, code, {
      purpose: 'login',
      subject: smsLoginSubject(mfaToken, device.id),
    });
    context.state.closeChallenge(mfaToken);
    return { status: 201, body: await signedInResponse(context, user, ['pwd', 'sms']) };
  },
);
