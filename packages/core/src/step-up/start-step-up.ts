import type { MfaClient } from '../client/create-client.js';
import type { RequestOptions } from '../client/http.js';
import type { AuthResponse, GenerateStepUpResponse } from '../client/schemas.js';
import type { GenerateStepUpInput } from '../client/step-up.js';
import type { MfaFactorCall } from '../factor/types.js';
import { isMfaNotEnrolled } from './mfa-not-enrolled.js';
import { stepUpMethods } from './step-up-methods.js';
import type { StepUpMethod } from './step-up-methods.js';

/**
 * How a step-up starts: the token already counts (`stepped-up`, with the new answer to store), a challenge to pass
 * with one of its `methods`, or the user has no second factor to prove (`not-enrolled`: offer to add one).
 */
export type StepUpStart =
  | { readonly kind: 'stepped-up'; readonly auth: AuthResponse }
  | {
      readonly kind: 'challenge';
      readonly challenge: GenerateStepUpResponse;
      /** Strongest first, no recovery code. */
      readonly methods: StepUpMethod[];
    }
  | { readonly kind: 'not-enrolled' };

/** Whether a `stepUp.generate` answer is a challenge (no `accessToken`, as Frontegg's SDK tells them apart). */
export function isStepUpChallenge(
  answer: GenerateStepUpResponse | AuthResponse,
): answer is GenerateStepUpResponse {
  return !(answer as AuthResponse).accessToken;
}

/**
 * Starts a step-up with one `stepUp.generate` request and says how it goes on ({@link StepUpStart}). Frontegg's "MFA
 * is not enrolled", and a challenge that lists no factor, are `not-enrolled`; any other failure rejects with the
 * client's `MfaApiError`. Nothing is retried.
 *
 * @example
 * const start = await startStepUp(client, { maxAge: 300 });
 * if (start.kind === 'challenge') show(start.methods, start.challenge.mfaToken);
 */
export async function startStepUp(
  client: MfaClient,
  input: GenerateStepUpInput = {},
  options: RequestOptions = {},
): Promise<StepUpStart> {
  let answer: GenerateStepUpResponse | AuthResponse;
  try {
    answer = await client.stepUp.generate(input, options);
  } catch (error) {
    if (isMfaNotEnrolled(error)) return { kind: 'not-enrolled' };
    throw error;
  }
  if (!isStepUpChallenge(answer)) return { kind: 'stepped-up', auth: answer };
  const methods = stepUpMethods(answer);
  return methods.length > 0
    ? { kind: 'challenge', challenge: answer, methods }
    : { kind: 'not-enrolled' };
}

/**
 * {@link startStepUp} as a factor call, for runners that key their requests (the React layer's mutations:
 * `['mfa-kit', 'step-up', 'generate']`).
 */
export const stepUpCall: MfaFactorCall<GenerateStepUpInput, StepUpStart> = {
  name: ['step-up', 'generate'],
  request: startStepUp,
};
