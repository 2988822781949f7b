import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';

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

type FactorForms = {
  [Kind in FactorFormKind]: LazyExoticComponent<
    Awaited<ReturnType<(typeof loaders)[Kind]>>['default']
  >;
};

// One lazy component per loader, each typed as its form (`Object.fromEntries` forgets the keys).
const lazyForms = () =>
  Object.fromEntries(
    Object.entries(loaders).map(([kind, load]) => [
      kind,
      lazy(load as () => Promise<{ default: ComponentType }>),
    ]),
  ) as unknown as FactorForms;

/** The lazy form of each kind, made once so React keeps what it loaded. */
export const factorForms: FactorForms = lazyForms();

/** After a failed load: a new lazy component for `kind`, as React keeps a failed one's error. */
export function reloadFactorForm(kind: FactorFormKind): void {
  Object.assign(factorForms, { [kind]: lazyForms()[kind] });
}
