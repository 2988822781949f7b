import type { JWTPayload } from 'jose';
import { defineRoute } from '../define-route';
import { MOCK_ERROR_CODES, MockHttpError } from '../errors';
import { MULTI_FACTOR_ACR } from '../tokens';
import { devicesOf, hasMfa } from '../users';
import { signedInResponse } from './auth-response';

/** Whether the token's sign-in passed a second factor, within `maxAge` seconds of `nowSeconds` when given. */
function isSteppedUp(claims: JWTPayload, maxAge: number | undefined, nowSeconds: number): boolean {
  const { acr, amr, auth_time: authTime } = claims;
  return (
    acr === MULTI_FACTOR_ACR &&
    Array.isArray(amr) &&
    amr.includes('mfa') &&
    (maxAge === undefined || (typeof authTime === 'number' && nowSeconds - authTime <= maxAge))
  );
}

/**
 * `POST /resources/auth/v1/user/step-up/generate` `{ maxAge? }` with the user's own JWT. Outside the published spec;
 * the shapes are those of `@frontegg/rest-api` 7.119 (`auth/index.js` generateStepupSession,
 * `auth/interfaces.d.ts` GenerateStepUpResponse) and `@frontegg/redux-store` 7.119
 * (`auth/StepUpState/actions/generateStepUpSession.actions.js`):
 * - a token that already counts as stepped up gets a sign-in answer at once, its sign-in (`amr`, `auth_time`) kept;
 * - otherwise a challenge `{ mfaToken, mfaEnrolled, mfaDevices }`, passed with the login factors' routes, whose
 *   verify answers a token signed in now with a second factor;
 * - a user with no second factor: 400 `ER-01097` "MFA is not enrolled" (the words the SDK matches).
 * 201 as the other sign-in POSTs answer; no source documents the status, and the SDK reads any 2xx.
 */
export const stepUpGenerate = defineRoute(
  { userSession: true, body: { maxAge: { type: 'number', optional: true } } },
  async (context, { session: { user, claims }, body: { maxAge } }) => {
    if (!hasMfa(user))
      throw new MockHttpError(400, MOCK_ERROR_CODES.mfaNotEnrolled, 'MFA is not enrolled');
    if (isSteppedUp(claims, maxAge, context.config.now() / 1000)) {
      const methods = Array.isArray(claims.amr) ? claims.amr.map(String) : [];
      return {
        status: 201,
        body: await signedInResponse(context, user, methods, claims.auth_time as number),
      };
    }
    return {
      status: 201,
      body: {
        mfaToken: context.state.openChallenge(user),
        mfaEnrolled: true,
        mfaDevices: devicesOf(user),
      },
    };
  },
);
