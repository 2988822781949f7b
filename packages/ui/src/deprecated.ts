// Names before the kit had one word per concept (the authenticator app, issue #19): kept so existing code still
// compiles.
import { AuthenticatorMfaForm } from './authenticator-mfa-form/authenticator-mfa-form.js';
import type { AuthenticatorMfaFormProps } from './authenticator-mfa-form/authenticator-mfa-form.js';

/** @deprecated Use {@link AuthenticatorMfaForm}. */
export const TotpMfaForm = AuthenticatorMfaForm;
/** @deprecated Use {@link AuthenticatorMfaFormProps}. */
export type TotpMfaFormProps = AuthenticatorMfaFormProps;
