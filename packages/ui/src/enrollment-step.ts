// @mfa-kit/ui/enrollment-step: adding a first second factor at login, ready to drop in. Its own entry, so that
// each factor's set-up loads only when chosen, with any bundler. Styles: '@mfa-kit/ui/styles.css'.
export { MfaEnrollmentStep } from './enrollment-step/mfa-enrollment-step.js';
export type { MfaEnrollmentStepProps } from './enrollment-step/mfa-enrollment-step.js';
