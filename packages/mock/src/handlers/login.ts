import type { RouteHandler } from '../context';
import { MOCK_ERROR_CODES, MockHttpError, badRequest } from '../errors';
import { activeStrategies } from '../strategies';
import { devicesOf, hasMfa, mfaStrategiesOf } from '../users';
import { optionalString, readJsonObject, requireString } from '../validation';
import { signedInResponse } from './auth-response';

/**
 * `POST /resources/auth/v1/user`: password sign-in. With MFA enrolled it answers `mfaRequired: true`, an
 * `mfaToken` and the user's devices; the specification's required token fields are then present but empty.
 * A user the tenant forces MFA on, with no factor yet, gets `mfaEnrolled: false` and the tenant's active
 * strategies: the enrolment routes take that `mfaToken`.
 */
export const login: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const password = requireString(body, 'password');
  const email = optionalString(body, 'email');
  const username = optionalString(body, 'username');
  optionalString(body, 'recaptchaToken');
  optionalString(body, 'invitationToken');
  const identifier = email ?? username;
  if (identifier === undefined) throw badRequest('email or username is required');

  const user = context.state.findUserByEmail(identifier);
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
};
