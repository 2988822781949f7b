import { defineRoute } from '../define-route';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { activeStrategies } from '../strategies';
import { devicesOf, hasMfa, mfaStrategiesOf } from '../users';
import { optionalText, text } from '../validation';
import { signedInResponse } from './auth-response';

/**
 * `POST /resources/auth/v1/user`: password sign-in. With MFA enrolled it answers `mfaRequired: true`, an
 * `mfaToken` and the user's devices; the specification's required token fields are then present but empty.
 * A user the tenant forces MFA on, with no factor yet, gets `mfaEnrolled: false` and the tenant's active
 * strategies: the enrollment routes take that `mfaToken`.
 */
export const login = defineRoute(
  {
    body: {
      password: text,
      // The spec's schema leaves both optional; its description says "Either email or username must be
      // provided", which the mock enforces.
      email: { type: 'string', optional: true, requiredWithout: 'username' },
      username: optionalText,
      recaptchaToken: optionalText,
      invitationToken: optionalText,
    },
  },
  async (context, { body: { password, email, username } }) => {
    const user = context.state.findUserByEmail(email ?? username ?? '');
    if (user === undefined || user.password !== password) {
      throw new MockHttpError(
        401,
        MOCK_ERROR_CODES.invalidCredentials,
        'Incorrect email or password',
      );
    }
    const enrolled = hasMfa(user);
    if (!enrolled && !user.mfaEnforced) {
      return { status: 200, body: await signedInResponse(context, user, ['pwd']) };
    }

    return {
      status: 200,
      body: {
        tokenType: 'bearer',
        mfaRequired: true,
        mfaToken: context.state.openChallenge(user),
        // Not enrolled: the user must add one of the tenant's active factors before getting tokens.
        mfaEnrolled: enrolled,
        mfaDevices: devicesOf(user),
        // Frontegg's SDK reads a list of strategy names here; the specification says object.
        mfaStrategies: enrolled ? mfaStrategiesOf(user) : activeStrategies(context.config),
        accessToken: '',
        refreshToken: '',
        expiresIn: 0,
        expires: '',
      },
    };
  },
);
