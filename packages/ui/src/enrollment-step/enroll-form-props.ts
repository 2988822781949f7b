import type { AuthResponse } from '@mfa-kit/core';
import type { MfaFlowOptions } from '@mfa-kit/react';
import type { ReactNode } from 'react';

/** What the enrollment step hands each factor's form. The flow's timing options go to its hook. */
export interface EnrollFormProps extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  /** The sign-in answer, with the new factor's `recoveryCode`. */
  onVerified: (auth: AuthResponse) => void;
  /** The login is no longer accepted: go back to the password step. */
  onRestart?: (() => void) | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  /** The way back to the choice: a link-style button, which the form puts with its own at the end of the card. */
  children?: ReactNode;
}
