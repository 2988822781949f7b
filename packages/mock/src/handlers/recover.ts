import type { RouteHandler } from '../context';
import { MockHttpError } from '../errors';
import { removeMfa } from '../users';
import { readJsonObject, requireString } from '../validation';

/**
 * `POST /resources/auth/v1/user/mfa/recover` `{ recoveryCode, email }`: a recovery code, exactly as issued,
 * spends itself and takes away the user's MFA, so the next password sign-in needs no second factor;
 * answers 200 with no body. An unknown email answers as a wrong code does, so it tells nothing.
 */
export const recover: RouteHandler = async (context) => {
  const body = await readJsonObject(context.request);
  const recoveryCode = requireString(body, 'recoveryCode');
  const email = requireString(body, 'email');
  const user = context.state.findUserByEmail(email);
  if (user === undefined || !user.recoveryCodes.includes(recoveryCode)) {
    throw new MockHttpError(400, context.config.errorCodes.invalidCode, 'Invalid recovery code');
  }
  removeMfa(user);
  return { status: 200 };
};
