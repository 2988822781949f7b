import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { MfaLoginStep } from '@mfa-kit/ui/login-step';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

/** Props of the login step, as the email step's (bench/entries/email-step-mfa-kit.tsx). */
export interface LoginStepProps {
  /** The API's origin (the mock answers under `/identity` there). */
  origin: string;
  /** The login's answer: its `mfaDevices` decide which form loads first. */
  loginAnswer: AuthResponse;
  onVerified?: (auth: AuthResponse) => void;
}

/** The whole second-factor step with our kit: query client, our client, provider and the drop-in step. */
export function LoginStep({ origin, loginAnswer, onVerified }: LoginStepProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() => createMfaClient({ baseUrl: `${origin}/identity` }));
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client}>
        <MfaLoginStep loginAnswer={loginAnswer} onVerified={onVerified} />
      </MfaProvider>
    </QueryClientProvider>
  );
}
