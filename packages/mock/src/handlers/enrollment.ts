import type { HandlerContext, HandlerResult } from '../context';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { type UserRecord, hasMfa } from '../users';
import { signedInResponse } from './auth-response';

/** Who adds a factor at sign-in: the enrollments of one login are kept apart from any other's. */
export const loginSubject = (mfaToken: string): string => `login:${mfaToken}`;

/** Who adds a factor from account settings. */
export const userSubject = (user: UserRecord): string => `user:${user.id}`;

/**
 * The user of a sign-in that must add a factor. A user who has one must pass it instead: an `mfaToken`
 * (which only the password gave) must never add a factor that skips the second one.
 */
export function enrollingUser(context: HandlerContext, mfaToken: string): UserRecord {
  const user = context.state.userOfChallenge(mfaToken);
  if (hasMfa(user)) {
    throw new MockHttpError(
      400,
      MOCK_ERROR_CODES.badRequest,
      'MFA is already enrolled: verify with one of the enrolled factors',
    );
  }
  return user;
}

/**
 * Ends a sign-in whose factor was just added: the tokens, and a fresh recovery code that the answer shows
 * once (201, as every login-time MFA route answers).
 */
export async function enrolledSignIn(
  context: HandlerContext,
  user: UserRecord,
  mfaToken: string,
  amr: readonly string[],
): Promise<HandlerResult> {
  context.state.closeChallenge(mfaToken);
  const recoveryCode = context.state.issueRecoveryCode(user);
  return {
    status: 201,
    body: { ...(await signedInResponse(context, user, ['pwd', ...amr])), recoveryCode },
  };
}
