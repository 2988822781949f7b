import { isMfaApiError } from '../client/errors.js';

// Frontegg's words and code for a user with no second factor; its SDK matches the words
// (`@frontegg/redux-store` 7.119, `auth/StepUpState/actions/generateStepUpSession.actions.js`).
const NOT_ENROLLED_MESSAGE = 'MFA is not enrolled';
const NOT_ENROLLED_CODE = 'ER-01097';

/**
 * True for Frontegg's refusal of a user who has no second factor ("MFA is not enrolled", 400 `ER-01097`), as a
 * step-up of such a user answers: offer to add one instead of asking for one.
 */
export function isMfaNotEnrolled(error: unknown): boolean {
  return (
    isMfaApiError(error) &&
    (error.errorCode === NOT_ENROLLED_CODE || error.messages.includes(NOT_ENROLLED_MESSAGE))
  );
}
