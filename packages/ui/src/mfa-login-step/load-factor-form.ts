import { lazy } from 'react';

// Each form is its own chunk: the step's first load carries only the method on screen.
const loaders = {
  authenticator: () =>
    import('../authenticator-mfa-form/authenticator-mfa-form.js').then((module) => ({
      default: module.AuthenticatorMfaForm,
    })),
  sms: () =>
    import('../sms-mfa-form/sms-mfa-form.js').then((module) => ({ default: module.SmsMfaForm })),
  email: () =>
    import('../email-mfa-form/email-mfa-form.js').then((module) => ({
      default: module.EmailMfaForm,
    })),
  webauthn: () =>
    import('../webauthn-mfa-form/webauthn-mfa-form.js').then((module) => ({
      default: module.WebAuthnMfaForm,
    })),
  'recovery-code': () =>
    import('../recovery-code-form/recovery-code-form.js').then((module) => ({
      default: module.RecoveryCodeForm,
    })),
};

/** A kind of method whose form loads on demand. */
export type FactorFormKind = keyof typeof loaders;

const lazyForms = () => ({
  authenticator: lazy(loaders.authenticator),
  sms: lazy(loaders.sms),
  email: lazy(loaders.email),
  webauthn: lazy(loaders.webauthn),
  'recovery-code': lazy(loaders['recovery-code']),
});

/** The lazy form of each kind, made once so React keeps what it loaded. */
export const factorForms: ReturnType<typeof lazyForms> = lazyForms();

/** After a failed load: a new lazy component for `kind`, as React keeps a failed one's error. */
export function reloadFactorForm(kind: FactorFormKind): void {
  Object.assign(factorForms, { [kind]: lazyForms()[kind] });
}
