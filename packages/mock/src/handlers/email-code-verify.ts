import type { RouteHandler } from '../context';
import { optionalBoolean, readJsonObject, requireString } from '../validation';
import { signedInResponse } from './auth-response';

/** `POST /resources/auth/v1/user/mfa/emailcode/verify`: checks the code; answers 201 with the signed-in tokens. */
export const emailCodeVerify: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const otcToken = requireString(body, 'otcToken');
  const code = requireString(body, 'code');
  const mfaToken = requireString(body, 'mfaToken');
  // Only a flag: the real server answers with a device cookie, which a mock on another origin cannot set.
  optionalBoolean(body, 'rememberDevice');

  const user = context.state.userOfChallenge(mfaToken);
  context.state.redeemCode(otcToken, code, { purpose: 'login', subject: mfaToken });
  context.state.closeChallenge(mfaToken);
  return { status: 201, body: await signedInResponse(context, user, ['pwd', 'otp']) };
};
