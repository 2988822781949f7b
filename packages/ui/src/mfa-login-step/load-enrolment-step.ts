import { lazy } from 'react';

const load = () =>
  import('../enrolment-step.js').then((module) => ({
    default: module.MfaEnrolmentStep,
  }));

/** The enrolment step, in its own chunk: only a user who has no second factor yet loads it. */
export const enrolmentStep = { Step: lazy(load) };

/** After a failed load: a new lazy component, as React keeps a failed one's error. */
export function reloadEnrolmentStep(): void {
  enrolmentStep.Step = lazy(load);
}
