'use client';
// The kit's hooks and components read two clients from React context, TanStack Query's and the kit's own
// (MfaProvider), and context exists only in client components: this is the one client boundary the root layout
// needs. Placed in the root layout, the providers outlive every navigation, so a page change keeps the login
// step's state and the cache; the pages themselves stay server components.
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { mfaClient } from '../mfa-client';

export function Providers({ children }: { children: ReactNode }) {
  // One QueryClient per browser session, made once in state (TanStack Query's Next.js guide): one at module level
  // would be shared by every request the server renders, and one made in the render body would be lost at each.
  const [queryClient] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={mfaClient}>{children}</MfaProvider>
    </QueryClientProvider>
  );
}
