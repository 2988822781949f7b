import { defineRoute } from '../define-route';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { text } from '../validation';

/** `POST /resources/auth/v1/user/mfa/emailcode`: emails a 6-digit code; answers 201 `{ otcToken }`. */
export const emailCode = defineRoute(
  { body: { mfaToken: text } },
  (context, { body: { mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    if (!user.emailMfa)
      throw new MockHttpError(400, MOCK_ERROR_CODES.mfaNotEnrolled, 'MFA is not enrolled');
    const otcToken = context.state.sendCode({
      purpose: 'login',
      subject: mfaToken,
      channel: 'email',
      to: user.email,
    });
    return Promise.resolve({ status: 201, body: { otcToken } });
  },
);
