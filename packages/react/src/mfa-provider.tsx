import type { MfaClient } from '@mfa-kit/core';
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';

const MfaClientContext = createContext<MfaClient | null>(null);

/** Props of {@link MfaProvider}. */
export interface MfaProviderProps {
  /** The client every hook below talks through, from `createMfaClient()`. Create it once, outside render. */
  client: MfaClient;
  children?: ReactNode;
}

/**
 * Gives the hooks below it their client. Place it inside your app's `QueryClientProvider`: the hooks run their
 * requests through react-query.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <MfaProvider client={mfaClient}>
 *     <App />
 *   </MfaProvider>
 * </QueryClientProvider>
 */
export function MfaProvider({ client, children }: MfaProviderProps) {
  return <MfaClientContext.Provider value={client}>{children}</MfaClientContext.Provider>;
}

/**
 * The client of the nearest {@link MfaProvider}.
 *
 * @throws Error when no `MfaProvider` is above the calling component.
 */
export function useMfaClient(): MfaClient {
  const client = useContext(MfaClientContext);
  if (!client) {
    throw new Error(
      'useMfaClient: wrap your MFA screens in <MfaProvider client={createMfaClient(...)}>.',
    );
  }
  return client;
}
