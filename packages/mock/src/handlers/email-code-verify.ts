import { defineRoute } from '../define-route';
import { optionalFlag, text } from '../validation';
import { signedInResponse } from './auth-response';

/** `POST /resources/auth/v1/user/mfa/emailcode/verify`: checks the code; answers 201 with the signed-in tokens. */
export const emailCodeVerify = defineRoute(
  // rememberDevice is only a flag: the real server answers with a device cookie, which a mock on another
  // origin cannot set.
  { body: { otcToken: text, code: text, mfaToken: text, rememberDevice: optionalFlag } },
  async (context, { body: { otcToken, code, mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    context.state.redeemCode(otcToken, code, { purpose: 'login', subject: mfaToken });
    context.state.closeChallenge(mfaToken);
    return { status: 201, body: await signedInResponse(context, user, ['pwd', 'otp']) };
  },
);
