import { lazy } from 'react';

const load = () =>
  import('../enrollment-step.js').then((module) => ({
    default: module.MfaEnrollmentStep,
  }));

/** The enrollment step, in its own chunk: only a user who has no second factor yet loads it. */
export const enrollmentStep = { Step: lazy(load) };

/** After a failed load: a new lazy component, as React keeps a failed one's error. */
export function reloadEnrollmentStep(): void {
  enrollmentStep.Step = lazy(load);
}
