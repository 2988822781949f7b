// Names before the kit had one word per concept (the authenticator app, enroll, issue #19): kept for one minor
// version so existing code still compiles. The enrolment step's old names live in its old entry, `enrolment-step.ts`.
import { AuthenticatorMfaForm } from './authenticator-mfa-form/authenticator-mfa-form.js';
import type { AuthenticatorMfaFormProps } from './authenticator-mfa-form/authenticator-mfa-form.js';
import type { MfaAuthenticatorMessages, MfaEnrollMessages } from './messages/messages.js';

/** @deprecated Use {@link AuthenticatorMfaForm}. */
export const TotpMfaForm = AuthenticatorMfaForm;
/** @deprecated Use {@link AuthenticatorMfaFormProps}. */
export type TotpMfaFormProps = AuthenticatorMfaFormProps;

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
