import type { HandlerContext, HandlerResult } from '../context';
import { matchesTotp } from '../totp';
import type { MockAuthenticatorApp, UserRecord } from '../users';
import { signedInResponse } from './auth-response';

/**
 * Completes a login whose authenticator-app code is `value`, if one of `apps` shows it. Wrong codes count per
 * login, as wrong email codes count per code: the `maxAttempts`-th one ends the tries.
 */
export async function signInWithTotp(
  context: HandlerContext,
  {
    mfaToken,
    user,
    apps,
    value,
  }: {
    mfaToken: string;
    user: UserRecord;
    apps: readonly MockAuthenticatorApp[];
    value: string;
  },
): Promise<HandlerResult> {
  const correct = await matchesTotp(apps, value, context.config.now());
  context.state.settleAnswer(`totp:${mfaToken}`, correct);
  context.state.closeChallenge(mfaToken);
  return { status: 201, body: await signedInResponse(context, user, ['pwd', 'otp']) };
}
