import type { Endpoint, RequestOptions } from './http.js';
import { seconds } from './inputs.js';
import { stepUpAnswerSchema } from './schemas.js';
import type { AuthResponse, GenerateStepUpResponse } from './schemas.js';

/** What a step-up asks for. */
export interface GenerateStepUpInput {
  /**
   * How old, in seconds, the user's last second factor may be. A token that proved one within it is answered
   * with tokens at once; without it, any token that proved one counts.
   */
  maxAge?: number | undefined;
}

/** Step-up: the signed-in user proves a second factor again before a sensitive action (user-token route). */
export interface StepUpApi {
  /**
   * Starts a step-up (`POST /resources/auth/v1/user/step-up/generate`, the user's JWT as bearer). Answers a
   * challenge (`mfaToken`, `mfaDevices`: pass one of them with the login factors' calls) or, when the token
   * already counts as stepped up, the tokens (`accessToken`): `isStepUpChallenge` tells which. A user with no
   * second factor is refused with Frontegg's "MFA is not enrolled" (`isMfaNotEnrolled`).
   */
  generate: (
    input?: GenerateStepUpInput,
    options?: RequestOptions,
  ) => Promise<GenerateStepUpResponse | AuthResponse>;
}

/**
 * `stepUp.generate`. Outside the published spec: `@frontegg/rest-api` 7.119 (`auth/index.js`
 * `generateStepupSession`, types in `auth/interfaces.d.ts` `GenerateStepUpRequest`/`GenerateStepUpResponse`).
 */
export const generateStepUp: Endpoint<GenerateStepUpResponse | AuthResponse> = {
  method: 'POST',
  path: '/resources/auth/v1/user/step-up/generate',
  body: { maxAge: seconds },
  bearer: true,
  schema: stepUpAnswerSchema,
  outsideSpec: true,
};
