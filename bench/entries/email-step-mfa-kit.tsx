import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { EmailMfaForm } from '@mfa-kit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

/** Props of the email step, the same for every kit measured. */
export interface EmailStepProps {
  /** The API's origin (the mock answers under `/identity` there). */
  origin: string;
  mfaToken: string;
  onVerified?: (auth: AuthResponse) => void;
}

/** The whole email MFA step with our kit: query client, our client, provider and the drop-in form. */
export function EmailStep({ origin, mfaToken, onVerified }: EmailStepProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() => createMfaClient({ baseUrl: `${origin}/identity` }));
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client}>
        <EmailMfaForm mfaToken={mfaToken} onVerified={onVerified} />
      </MfaProvider>
    </QueryClientProvider>
  );
}
