import { createMfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { RemovePhoneWithCodeForm } from '@mfa-kit/ui';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';

/** Props of the disable-SMS step. */
export interface DisableStepProps {
  /** The API's origin (the mock answers under `/identity` there). */
  origin: string;
  /** The signed-in user's JWT. */
  accessToken: string;
  deviceId: string;
  phoneNumber: string;
}

/** Turning off one SMS device with our kit: query client, our client, provider and the drop-in form. */
export function DisableStep({ origin, accessToken, deviceId, phoneNumber }: DisableStepProps) {
  const [queryClient] = useState(() => new QueryClient());
  const [client] = useState(() =>
    createMfaClient({ baseUrl: `${origin}/identity`, getAccessToken: () => accessToken }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <MfaProvider client={client}>
        <RemovePhoneWithCodeForm deviceId={deviceId} phoneNumber={phoneNumber} />
      </MfaProvider>
    </QueryClientProvider>
  );
}
