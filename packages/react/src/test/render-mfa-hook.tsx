// Test support: hooks rendered inside the providers an app puts around the kit.
import type { MfaClient } from '@mfa-kit/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import type { ReactNode } from 'react';
import { MfaProvider } from '../mfa-provider.js';

/** A QueryClient as an app would make one, quiet in tests. */
export const newQueryClient = (): QueryClient => new QueryClient();

export interface RenderMfaHookOptions<TProps> {
  client: MfaClient;
  queryClient?: QueryClient | undefined;
  strict?: boolean | undefined;
  initialProps?: TProps;
}

/** A wrapper with QueryClientProvider + MfaProvider (and StrictMode when asked), for `render` and `renderHook`. */
export function mfaProviders({
  client,
  queryClient,
  strict = false,
}: {
  client: MfaClient;
  queryClient: QueryClient;
  strict?: boolean | undefined;
}) {
  return function Providers({ children }: { children: ReactNode }) {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <MfaProvider client={client}>{children}</MfaProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
}

/** Renders `hook` inside the providers. */
export function renderMfaHook<TProps, TResult>(
  hook: (props: TProps) => TResult,
  {
    client,
    queryClient = newQueryClient(),
    strict = false,
    initialProps,
  }: RenderMfaHookOptions<TProps>,
) {
  const wrapper = mfaProviders({ client, queryClient, strict });
  return {
    queryClient,
    ...renderHook(hook, { wrapper, ...(initialProps === undefined ? {} : { initialProps }) }),
  };
}
