/** Why a step-up ended without a second factor: the user closed it, or had no second factor to prove. */
export type StepUpCancelReason = 'dismissed' | 'not-enrolled';

const CODE = 'step-up-cancelled';

/** A step-up the user closed (`dismissed`), or closed after being told to add a second factor (`not-enrolled`). */
export class StepUpCancelledError extends Error {
  /** Matched by {@link isStepUpCancelled}, also across two copies of this package. */
  readonly code = CODE;
  readonly reason: StepUpCancelReason;

  constructor(reason: StepUpCancelReason) {
    super(`Step-up ${reason}.`);
    this.name = 'StepUpCancelledError';
    this.reason = reason;
  }
}

/**
 * True for the error a step-up rejects with when the user cancels it ({@link StepUpCancelledError}): the action
 * did not run, and nothing needs saying.
 *
 * @example
 * removePhone().catch((error) => { if (!isStepUpCancelled(error)) throw error; });
 */
export function isStepUpCancelled(error: unknown): error is StepUpCancelledError {
  return (error as { code?: unknown } | null)?.code === CODE && error instanceof Error;
}
