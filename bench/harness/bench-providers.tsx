// The providers every counted screen of the flows page sits in: a fresh query client and our client against
// the bench server's mock (signed in when given the user's JWT).
import { createMfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReactNode } from 'react';

/** Props of {@link BenchProviders}. */
export interface BenchProvidersProps {
  /** The API's origin (the mock answers under `/identity` there). */
  origin: string;
  /** The signed-in user's JWT, for the account-settings routes. */
  accessToken?: string | undefined;
  children: ReactNode;
}

/** Query client, our client and provider. */
export function BenchProviders({ origin, accessToken, children }: BenchProvidersProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() =>
    createMfaClient({
      baseUrl: `${origin}/identity`,
      ...(accessToken ? { getAccessToken: () => accessToken } : {}),
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client}>{children}</MfaProvider>
    </QueryClientProvider>
  );
}
