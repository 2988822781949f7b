// @mfa-kit/ui/enrolment-step: the entry's name before the glossary's spelling (issue #19), kept for one minor version.
import { MfaEnrollmentStep } from './enrollment-step.js';
import type { MfaEnrollmentStepProps } from './enrollment-step.js';

/** @deprecated Use `MfaEnrollmentStep` from `@mfa-kit/ui/enrollment-step`. */
export const MfaEnrolmentStep = MfaEnrollmentStep;
/** @deprecated Use `MfaEnrollmentStepProps` from `@mfa-kit/ui/enrollment-step`. */
export type MfaEnrolmentStepProps = MfaEnrollmentStepProps;
