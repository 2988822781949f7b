import { lazy } from 'react';
import type { MfaEnrollChoice } from '@mfa-kit/core';

// Each factor's form is its own chunk: only the chosen one loads.
const loaders = {
  authenticator: () =>
    import('./enrol-authenticator-form.js').then((module) => ({
      default: module.EnrolAuthenticatorForm,
    })),
  sms: () => import('./enrol-sms-form.js').then((module) => ({ default: module.EnrolSmsForm })),
  webauthn: () =>
    import('./enrol-webauthn-form.js').then((module) => ({ default: module.EnrolWebAuthnForm })),
};

/** The kind of form a choice loads (a passkey and a security key share one). */
export type EnrolFormKind = keyof typeof loaders;

export const enrolFormKind = (choice: MfaEnrollChoice): EnrolFormKind =>
  choice === 'passkey' || choice === 'security-key' ? 'webauthn' : choice;

const lazyForms = () => ({
  authenticator: lazy(loaders.authenticator),
  sms: lazy(loaders.sms),
  webauthn: lazy(loaders.webauthn),
});

/** The lazy form of each kind, made once so React keeps what it loaded (pure: unused, it drops out of a bundle). */
export const enrolForms: ReturnType<typeof lazyForms> = /* @__PURE__ */ lazyForms();

/** After a failed load: a new lazy component for `kind`, as React keeps a failed one's error. */
export function reloadEnrolForm(kind: EnrolFormKind): void {
  Object.assign(enrolForms, { [kind]: lazyForms()[kind] });
}
