// The texts' type names before the glossary's words (issue #19): kept for one minor version so existing code
// still compiles. The enrolment step's old names live in its old entry, `enrolment-step.ts`.
import type { MfaAuthenticatorMessages, MfaEnrollMessages } from './messages/messages.js';

/** @deprecated Use {@link MfaEnrollMessages}. */
export type MfaEnrolMessages = MfaEnrollMessages;
/** @deprecated Use {@link MfaAuthenticatorMessages}. */
export type MfaTotpMessages = MfaAuthenticatorMessages;
