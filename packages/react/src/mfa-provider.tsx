import { stepUpCall } from '@mfa-kit/core';
import type { AuthResponse, MfaClient } from '@mfa-kit/core';
import { QueryClientContext } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { mutationRunner } from './mutation-runner.js';
import { createStepUpRegistry } from './step-up-registry.js';
import type { StepUpRegistry, StepUpRegistryOptions } from './step-up-registry.js';

/** What the hooks below an {@link MfaProvider} share. */
interface MfaContextValue {
  client: MfaClient;
  stepUp: StepUpRegistry;
}

const MfaContext = createContext<MfaContextValue | null>(null);

/** Props of {@link MfaProvider}. */
export interface MfaProviderProps {
  /** The client every hook below talks through, from `createMfaClient()`. Create it once, outside render. */
  client: MfaClient;
  /**
   * Called with the new sign-in answer after a step-up: store it where your `getAccessToken` reads it, before the
   * waiting actions run. The kit stores nothing.
   */
  onStepUp?: ((auth: AuthResponse) => void) | undefined;
  children?: ReactNode;
}

/**
 * Gives the hooks below it their client, and holds the one step-up they share. Place it inside your app's
 * `QueryClientProvider`: the hooks run their requests through react-query. Step-up reads the user's token through
 * the client (`client.accessToken()`, your `getAccessToken`) at every check, never kept, so an action runs at once
 * when the token already proves a recent second factor.
 *
 * @example
 * const mfaClient = createMfaClient({ baseUrl, getAccessToken: session.accessToken });
 * <QueryClientProvider client={queryClient}>
 *   <MfaProvider client={mfaClient} onStepUp={session.store}>
 *     <App />
 *   </MfaProvider>
 * </QueryClientProvider>
 */
export function MfaProvider({ client, onStepUp, children }: MfaProviderProps) {
  const queryClient = useContext(QueryClientContext);
  const options: StepUpRegistryOptions = {
    getAccessToken: client.accessToken,
    generate: async (maxAge, signal) => {
      if (!queryClient) throw new Error('MfaProvider: place it inside a QueryClientProvider.');
      return mutationRunner(queryClient, client)(stepUpCall, { maxAge }, signal);
    },
    onStepUp: (auth) => onStepUp?.(auth),
  };
  // The step-up lives as long as the provider, and runs with its latest props.
  const [stepUp] = useState(() => createStepUpRegistry(options));
  useEffect(() => stepUp.setOptions(options));
  const value = useMemo(() => ({ client, stepUp }), [client, stepUp]);
  return <MfaContext.Provider value={value}>{children}</MfaContext.Provider>;
}

/** What the nearest {@link MfaProvider} holds. */
function useMfaContext(hook: string): MfaContextValue {
  const value = useContext(MfaContext);
  if (!value) {
    throw new Error(
      `${hook}: wrap your MFA screens in <MfaProvider client={createMfaClient(...)}>.`,
    );
  }
  return value;
}

/**
 * The client of the nearest {@link MfaProvider}.
 *
 * @throws Error when no `MfaProvider` is above the calling component.
 */
export function useMfaClient(): MfaClient {
  return useMfaContext('useMfaClient').client;
}

/** The step-up of the nearest {@link MfaProvider} (for this package's step-up hooks). */
export function useStepUpRegistry(hook: string): StepUpRegistry {
  return useMfaContext(hook).stepUp;
}
