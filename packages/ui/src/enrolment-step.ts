// @mfa-kit/ui/enrolment-step: adding a first second factor at login, ready to drop in. Its own entry, so that
// each factor's set-up loads only when chosen, with any bundler. Styles: '@mfa-kit/ui/styles.css'.
export { MfaEnrolmentStep } from './enrolment-step/mfa-enrolment-step.js';
export type { MfaEnrolmentStepProps } from './enrolment-step/mfa-enrolment-step.js';
