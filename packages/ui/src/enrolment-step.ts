// @mfa-kit/ui/enrolment-step: the entry's name before the glossary's spelling (issue #19), kept for one minor version.
import { MfaEnrollmentStep } from './enrollment-step.js';
import type { MfaEnrollmentStepProps } from './enrollment-step.js';

/**
 * The enrollment step under its name before issue #19.
 *
 * @deprecated Use `MfaEnrollmentStep` from `@mfa-kit/ui/enrollment-step`.
 */
export const MfaEnrolmentStep = MfaEnrollmentStep;
/**
 * Props of the enrollment step under their name before issue #19.
 *
 * @deprecated Use `MfaEnrollmentStepProps` from `@mfa-kit/ui/enrollment-step`.
 */
export type MfaEnrolmentStepProps = MfaEnrollmentStepProps;
