// The texts' type names before the glossary's words (issue #19): kept for one minor version so existing code
// still compiles. The enrolment step's old names live in its old entry, `enrolment-step.ts`.
import type { MfaAuthenticatorMessages, MfaEnrollMessages } from './messages/messages.js';

/**
 * The enrollment step's texts under their name before issue #19.
 *
 * @deprecated Use {@link MfaEnrollMessages}.
 */
export type MfaEnrolMessages = MfaEnrollMessages;
/**
 * The authenticator app's texts under their name before issue #19.
 *
 * @deprecated Use {@link MfaAuthenticatorMessages}.
 */
export type MfaTotpMessages = MfaAuthenticatorMessages;
