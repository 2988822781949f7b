// Test support: components rendered inside the providers an app puts around the kit.
import type { MfaClient } from '@mfa-kit/core';
import { MfaProvider } from '@mfa-kit/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { StrictMode } from 'react';
import type { ReactElement } from 'react';

/** Renders `ui` inside QueryClientProvider + MfaProvider (and StrictMode when asked). */
export function renderWithMfa(
  ui: ReactElement,
  { client, strict = false }: { client: MfaClient; strict?: boolean },
) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrap = (node: ReactElement) => {
    const tree = (
      <QueryClientProvider client={queryClient}>
        <MfaProvider client={client}>{node}</MfaProvider>
      </QueryClientProvider>
    );
    return strict ? <StrictMode>{tree}</StrictMode> : tree;
  };
  const view = render(wrap(ui));
  return { ...view, queryClient, rerender: (next: ReactElement) => view.rerender(wrap(next)) };
}
