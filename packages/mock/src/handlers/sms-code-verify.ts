import { phoneDeviceOf } from '../auth';
import type { RouteHandler } from '../context';
import { optionalBoolean, readJsonObject, requireString } from '../validation';
import { signedInResponse } from './auth-response';
import { smsLoginSubject } from './sms-code';

/**
 * `POST /resources/auth/v1/user/mfa/sms/{deviceId}/verify` `{ otcToken, code, mfaToken, rememberDevice? }`:
 * checks the texted code; answers 201 with the signed-in tokens.
 */
export const smsCodeVerify: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const otcToken = requireString(body, 'otcToken');
  const code = requireString(body, 'code');
  const mfaToken = requireString(body, 'mfaToken');
  optionalBoolean(body, 'rememberDevice');

  const user = context.state.userOfChallenge(mfaToken);
  const device = phoneDeviceOf(context, user);
  context.state.redeemCode(otcToken, code, {
    purpose: 'login',
    subject: smsLoginSubject(mfaToken, device.id),
  });
  context.state.closeChallenge(mfaToken);
  return { status: 201, body: await signedInResponse(context, user, ['pwd', 'sms']) };
};
