import type { HandlerContext } from '../context';
import { signAccessToken, signInClaims } from '../tokens';
import { type UserRecord, hasMfa } from '../users';

/** Lifetime of a mock access token, as Frontegg's default. */
export const ACCESS_TOKEN_TTL_SECONDS = 86_400;

/**
 * The `AuthenticationResponseDto` of a finished sign-in by `methods` (`['pwd']`, or with a second factor's `otp`,
 * `sms` or `hwk`): a real-looking signed JWT whose `amr`, `acr` and `auth_time` say how and when (`authTime`, in
 * seconds; default now), the same claims beside it as real servers add them, and a refresh token.
 */
export async function signedInResponse(
  context: HandlerContext,
  user: UserRecord,
  methods: readonly string[],
  authTime?: number,
): Promise<Record<string, unknown>> {
  const now = context.config.now();
  const claims = signInClaims(methods, authTime ?? Math.floor(now / 1000));
  const accessToken = await signAccessToken(user, now, ACCESS_TOKEN_TTL_SECONDS, claims);
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
    // Real servers add fields the specification does not list (CONTRACT.md: `amr`, `acr`, `auth_time`); clients
    // must let them pass.
    ...claims,
  };
}
