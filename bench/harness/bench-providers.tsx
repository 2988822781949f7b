// The providers every counted screen of the flows page sits in: a fresh query client and our client against
// the bench server's mock (signed in when given the user's JWT).
import { createMfaClient } from '@mfa-kit/core';
import type { AuthResponse } from '@mfa-kit/core';
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

/** Query client, our client and provider; a step-up's new token replaces the session's, as an app stores it. */
export function BenchProviders({ origin, accessToken, children }: BenchProvidersProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [session] = useState(() => {
    let token = accessToken ?? null;
    return {
      token: () => token,
      store: (auth: AuthResponse) => {
        token = auth.accessToken ?? null;
      },
    };
  });
  const [client] = useState(() =>
    createMfaClient({ baseUrl: `${origin}/identity`, getAccessToken: session.token }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client} onStepUp={session.store}>
        {children}
      </MfaProvider>
    </QueryClientProvider>
  );
}
