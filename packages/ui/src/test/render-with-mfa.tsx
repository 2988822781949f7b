// Test support: components rendered inside the providers an app puts around the kit.
import type { MfaClient } from '@mfa-kit/core';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { mfaProviders, newQueryClient } from '../../../../tools/test-kit/mfa-providers.js';

/** Renders `ui` inside QueryClientProvider + MfaProvider (and StrictMode when asked); no query retries. */
export function renderWithMfa(
  ui: ReactElement,
  { client, strict = false }: { client: MfaClient; strict?: boolean },
) {
  const queryClient = newQueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(ui, { wrapper: mfaProviders({ client, queryClient, strict }) });
  return { ...view, queryClient };
}
