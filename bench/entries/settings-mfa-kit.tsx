import { createMfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { MfaSettings } from '@mfa-kit/ui';
import { QueryClientProvider, QueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/** Props of the settings page's MFA section. */
export interface SettingsProps {
  /** The API's origin (the mock answers under `/identity` there). */
  origin: string;
  /** The signed-in user's JWT. */
  getAccessToken: () => string | null;
}

/** Account settings' MFA section with our kit: query client, a signed-in client, provider and `MfaSettings`. */
export function Settings({ origin, getAccessToken }: SettingsProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() =>
    createMfaClient({ baseUrl: `${origin}/identity`, getAccessToken }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client}>
        <MfaSettings />
      </MfaProvider>
    </QueryClientProvider>
  );
}
