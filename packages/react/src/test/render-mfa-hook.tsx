// Test support: hooks rendered inside the providers an app puts around the kit.
import type { MfaClient } from '@mfa-kit/core';
import type { QueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { mfaProviders, newQueryClient } from '../../../../tools/test-kit/mfa-providers.js';
import type { MfaProvidersOptions } from '../../../../tools/test-kit/mfa-providers.js';

export { mfaProviders, newQueryClient };

export interface RenderMfaHookOptions<TProps> extends Pick<
  MfaProvidersOptions,
  'strict' | 'onStepUp'
> {
  client: MfaClient;
  queryClient?: QueryClient | undefined;
  initialProps?: TProps;
}

/** Renders `hook` inside the providers. */
export function renderMfaHook<TProps, TResult>(
  hook: (props: TProps) => TResult,
  {
    client,
    queryClient = newQueryClient(),
    initialProps,
    ...providers
  }: RenderMfaHookOptions<TProps>,
) {
  const wrapper = mfaProviders({ client, queryClient, ...providers });
  return {
    queryClient,
    ...renderHook(hook, { wrapper, ...(initialProps === undefined ? {} : { initialProps }) }),
  };
}
