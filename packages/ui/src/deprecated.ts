// Names before the kit had one word per concept (the authenticator app, enroll, remove, issue #19): kept for one minor
// version so existing code still compiles. The enrollment step's old names live in its old entry, `enrolment-step.ts`.
import { AuthenticatorMfaForm } from './authenticator-mfa-form/authenticator-mfa-form.js';
import type { AuthenticatorMfaFormProps } from './authenticator-mfa-form/authenticator-mfa-form.js';
import type {
  MfaAuthenticatorMessages,
  MfaEnrollMessages,
  MfaRemovePhoneWithCodeMessages,
} from './messages/messages.js';

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
/**
 * The phone removal's texts under their name before issue #19 (`removing` was `disabling`).
 *
 * @deprecated Use {@link MfaRemovePhoneWithCodeMessages}.
 */
export type MfaSmsDisableMessages = MfaRemovePhoneWithCodeMessages;
