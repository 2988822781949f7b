// The login step of a user who must add a second factor first (`MfaEnrollmentStep`), for counting its requests.
import type { AuthResponse } from '@mfa-kit/core';
import { MfaEnrollmentStep } from '@mfa-kit/ui/enrollment-step';
import { useState } from 'react';
import { BenchProviders } from './bench-providers.js';

/** Props of {@link EnrolmentStep}. */
export interface EnrolmentStepProps {
  origin: string;
  /** The mock's login answer: MFA required, nothing enrolled (`mfaEnrolled: false`). */
  loginAnswer: AuthResponse;
}

/** `MfaEnrollmentStep` in the bench's providers; once signed in, a marker the driver waits for. */
export function EnrolmentStep({ origin, loginAnswer }: EnrolmentStepProps) {
  const [signedIn, setSignedIn] = useState(false);
  if (signedIn) return <p data-bench="signed-in">Signed in.</p>;
  return (
    <BenchProviders origin={origin}>
      <MfaEnrollmentStep loginAnswer={loginAnswer} onVerified={() => setSignedIn(true)} />
    </BenchProviders>
  );
}
