// The providers an app puts around the kit, for rendering hooks (react) and components (ui) in tests.
import type { MfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import type { MfaProviderProps } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { QueryClientConfig } from '@tanstack/react-query';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';

/** A QueryClient as an app would make one (react-query's defaults unless `config` says otherwise). */
export const newQueryClient = (config?: QueryClientConfig): QueryClient => new QueryClient(config);

/** What {@link mfaProviders} puts around a tree. */
export interface MfaProvidersOptions {
  client: MfaClient;
  queryClient: QueryClient;
  /** Render inside `<StrictMode>` (effects run twice on mount). */
  strict?: boolean | undefined;
  /** Where a step-up's new answer goes (the provider reads the token through `client`). */
  onStepUp?: MfaProviderProps['onStepUp'];
}

/** QueryClientProvider + MfaProvider (and StrictMode when asked), as a `wrapper` for `render` and `renderHook`. */
export function mfaProviders({
  client,
  queryClient,
  strict = false,
  onStepUp,
}: MfaProvidersOptions) {
  return function Providers({ children }: { children: ReactNode }) {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <MfaProvider client={client} onStepUp={onStepUp}>
          {children}
        </MfaProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}
