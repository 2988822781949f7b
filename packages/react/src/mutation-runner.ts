import type { MfaCallRunner, MfaClient } from '@mfa-kit/core';
import { MutationObserver } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { mfaKeys } from './mfa-keys.js';
import { mfaCallOptions } from './mfa-options.js';

/**
 * Runs each call of a factor as a react-query mutation (cache, defaults, devtools and `useIsMutating` see it),
 * then lets the cache forget it. Nothing subscribes to it: the session is what renders, so a request costs no
 * extra render.
 */
export function mutationRunner(queryClient: QueryClient, client: MfaClient): MfaCallRunner {
  return async (call, variables, signal) => {
    const observer = new MutationObserver(queryClient, mfaCallOptions(client, call));
    const answer = await observer
      .mutate({ ...(variables as object), signal } as Parameters<typeof observer.mutate>[0])
      .finally(() => observer.reset());
    // Refreshed before the flow moves on, so no list shows a device that is gone.
    if (call.changesDevices) await queryClient.invalidateQueries({ queryKey: mfaKeys.devices });
    return answer;
  };
}
