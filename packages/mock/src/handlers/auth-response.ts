import type { HandlerContext } from '../context';
import { signAccessToken } from '../tokens';
import { type UserRecord, hasMfa } from '../users';

/** Lifetime of a mock access token, as Frontegg's default. */
export const ACCESS_TOKEN_TTL_SECONDS = 86_400;

/** The `AuthenticationResponseDto` of a finished sign-in: a real-looking signed JWT and a refresh token. */
export async function signedInResponse(
  context: HandlerContext,
  user: UserRecord,
  amr: readonly string[],
): Promise<Record<string, unknown>> {
  const now = context.config.now();
  const accessToken = await signAccessToken(user, now, ACCESS_TOKEN_TTL_SECONDS);
  return {
    tokenType: 'bearer',
    mfaRequired: false,
    mfaEnrolled: hasMfa(user),
    accessToken,
    refreshToken: context.newToken(),
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    expires: new Date(now + ACCESS_TOKEN_TTL_SECONDS * 1000).toUTCString(),
    userId: user.id,
    userEmail: user.email,
    emailVerified: true,
    isBreachedPassword: false,
    // Real servers add fields the specification does not list; clients must let them pass.
    amr: [...amr],
  };
}
