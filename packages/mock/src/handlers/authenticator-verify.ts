import { defineRoute } from '../define-route';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { optionalFlag, text } from '../validation';
import { signInWithTotp } from './totp-sign-in';

/**
 * `POST /resources/auth/v1/user/mfa/verify` `{ value, mfaToken, rememberDevice? }`: the code in `value` (as
 * Frontegg's SDK sends it) is checked against each of the user's authenticator apps; answers 201 with the
 * signed-in tokens.
 */
export const authenticatorVerify = defineRoute(
  // rememberDevice is only a flag: the real server answers with a device cookie, which a mock on another
  // origin cannot set.
  { body: { value: text, mfaToken: text, rememberDevice: optionalFlag } },
  (context, { body: { value, mfaToken } }) => {
    const user = context.state.userOfChallenge(mfaToken);
    if (user.authenticators.length === 0)
      throw new MockHttpError(400, MOCK_ERROR_CODES.mfaNotEnrolled, 'MFA is not enrolled');
    return signInWithTotp(context, { mfaToken, user, apps: user.authenticators, value });
  },
);
