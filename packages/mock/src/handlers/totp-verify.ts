import type { RouteHandler } from '../context';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { optionalBoolean, readJsonObject, requireString } from '../validation';
import { signInWithTotp } from './totp-sign-in';

/**
 * `POST /resources/auth/v1/user/mfa/verify` `{ value, mfaToken, rememberDevice? }`: the code in `value` (as
 * Frontegg's SDK sends it) is checked against each of the user's authenticator apps; answers 201 with the
 * signed-in tokens.
 */
export const totpVerify: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const value = requireString(body, 'value');
  const mfaToken = requireString(body, 'mfaToken');
  // Only a flag: the real server answers with a device cookie, which a mock on another origin cannot set.
  optionalBoolean(body, 'rememberDevice');
  const user = context.state.userOfChallenge(mfaToken);
  if (user.authenticators.length === 0)
    throw new MockHttpError(400, MOCK_ERROR_CODES.mfaNotEnrolled, 'MFA is not enrolled');
  return signInWithTotp(context, { mfaToken, user, apps: user.authenticators, value });
};
