import type { RouteHandler } from '../context';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { readJsonObject, requireString } from '../validation';

/** `POST /resources/auth/v1/user/mfa/emailcode`: emails a 6-digit code; answers 201 `{ otcToken }`. */
export const emailCode: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const mfaToken = requireString(body, 'mfaToken');
  const user = context.state.userOfChallenge(mfaToken);
  if (!user.emailMfa)
    throw new MockHttpError(400, MOCK_ERROR_CODES.mfaNotEnrolled, 'MFA is not enrolled');
  const otcToken = context.state.sendCode({
    purpose: 'login',
    subject: mfaToken,
    channel: 'email',
    to: user.email,
  });
  return { status: 201, body: { otcToken } };
};
