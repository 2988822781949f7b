import { lazy } from 'react';
import type { MfaEnrollChoice } from '@mfa-kit/core';

// Each factor's form is its own chunk: only the chosen one loads.
const loaders = {
  authenticator: () =>
    import('./enroll-authenticator-form.js').then((module) => ({
      default: module.EnrollAuthenticatorForm,
    })),
  sms: () => import('./enroll-sms-form.js').then((module) => ({ default: module.EnrollSmsForm })),
  webauthn: () =>
    import('./enroll-webauthn-form.js').then((module) => ({ default: module.EnrollWebAuthnForm })),
};

/** The kind of form a choice loads (a passkey and a security key share one). */
export type EnrollFormKind = keyof typeof loaders;

export const enrollFormKind = (choice: MfaEnrollChoice): EnrollFormKind =>
  choice === 'passkey' || choice === 'security-key' ? 'webauthn' : choice;

const lazyForms = () => ({
  authenticator: lazy(loaders.authenticator),
  sms: lazy(loaders.sms),
  webauthn: lazy(loaders.webauthn),
});

/** The lazy form of each kind, made once so React keeps what it loaded (pure: unused, it drops out of a bundle). */
export const enrollForms: ReturnType<typeof lazyForms> = /* @__PURE__ */ lazyForms();

/** After a failed load: a new lazy component for `kind`, as React keeps a failed one's error. */
export function reloadEnrollForm(kind: EnrollFormKind): void {
  Object.assign(enrollForms, { [kind]: lazyForms()[kind] });
}
