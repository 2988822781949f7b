import { defineRoute } from '../define-route';
import { MockHttpError } from '../errors';
import { removeMfa } from '../users';
import { text } from '../validation';

/**
 * `POST /resources/auth/v1/user/mfa/recover` `{ recoveryCode, email }`: a recovery code, exactly as issued,
 * spends itself and takes away the user's MFA, so the next password sign-in needs no second factor;
 * answers 200 with no body. An unknown email answers as a wrong code does, so it tells nothing.
 */
export const recover = defineRoute(
  { body: { recoveryCode: text, email: text } },
  (context, { body: { recoveryCode, email } }) => {
    const user = context.state.findUserByEmail(email);
    if (user === undefined || !user.recoveryCodes.includes(recoveryCode)) {
      throw new MockHttpError(400, context.config.errorCodes.invalidCode, 'Invalid recovery code');
    }
    removeMfa(user);
    return Promise.resolve({ status: 200 });
  },
);
