// The flow store plus the requests it asks for: which one is in flight, which failed one a retry repeats, what
// answers show (the view), and what happens at unmount. Framework-free; `useOtpFlow` binds it to React.
import { MfaApiError, createOtpFlowStore, isMfaApiError } from '@mfa-kit/core';
import type { OtpFlowSnapshot, OtpFlowStoreOptions } from '@mfa-kit/core';

/** A request the flow makes: the first code, another code, or a check of a code. */
export type OtpFlowRequestAction = 'send' | 'resend' | 'verify';

/** How to make one request and take its answer. */
export interface OtpFlowRequest<TView, TResult> {
  /** The code a check sends: once the server refused it, the session never sends it again. */
  code?: string | undefined;
  /** Makes the request; `signal` aborts it at unmount or reset. */
  request: (signal: AbortSignal) => Promise<TResult>;
  /** Takes the answer before the flow moves on; returns what changes in the view. */
  accept?(result: TResult): Partial<TView> | void;
  /** Runs once the flow has moved on (the app's callback). */
  done?(result: TResult): void;
}

/** What a screen renders: the flow and the answers it got. A new object only when one of them changes. */
export interface OtpFlowSessionSnapshot<TView> {
  readonly flow: OtpFlowSnapshot;
  readonly view: TView;
}

export interface OtpFlowSession<TView> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => OtpFlowSessionSnapshot<TView>;
  /** Starts the request when the flow accepts the action; `false` (and no request) when it does not. */
  run: <TResult>(action: OtpFlowRequestAction, call: OtpFlowRequest<TView, TResult>) => boolean;
  /** Repeats the request that failed, when the flow is `failed` and allows it now. */
  retry: () => boolean;
  /** Whether the server refused `code` for the current code: checking it again would only use up an attempt. */
  isRejectedCode: (code: string) => boolean;
  /** Cancels what is in flight and starts over. */
  reset: () => void;
  /** Marks the session mounted; the returned cleanup cancels a check in flight and stops the timer. */
  connect: () => () => void;
}

const cancelled = () => new MfaApiError({ kind: 'aborted', message: 'Request cancelled.' });

export function createOtpFlowSession<TView extends object>(
  initialView: TView,
  options: OtpFlowStoreOptions,
): OtpFlowSession<TView> {
  const store = createOtpFlowStore(options);
  let view = initialView;
  let snapshot: OtpFlowSessionSnapshot<TView> = { flow: store.getSnapshot(), view };
  let connected = false;
  let current: { action: OtpFlowRequestAction; controller: AbortController } | undefined;
  // The last request of each kind, for `retry`. Holds the entered code until the flow succeeds or resets.
  let last: { send?: OtpFlowRequest<TView, never>; verify?: OtpFlowRequest<TView, never> } = {};
  // Codes the server refused since the current code was sent; in memory only, forgotten with it.
  const rejectedCodes = new Set<string>();

  const cancel = () => {
    current?.controller.abort();
    current = undefined;
  };

  const run = <TResult>(
    action: OtpFlowRequestAction,
    call: OtpFlowRequest<TView, TResult>,
  ): boolean => {
    const verifying = action === 'verify';
    if (verifying && call.code !== undefined && rejectedCodes.has(call.code)) return false;
    // The machine is the guard: it ignores a second VERIFY while one is in flight, a SEND once one was sent...
    if (!store.send({ type: verifying ? 'VERIFY' : action === 'send' ? 'SEND' : 'RESEND' }))
      return false;
    const mine = { action, controller: new AbortController() };
    current = mine;
    last[verifying ? 'verify' : 'send'] = call as OtpFlowRequest<TView, never>;
    // An answer counts only for the request in flight, in a mounted component.
    const live = () => connected && current === mine;
    call.request(mine.controller.signal).then(
      (result) => {
        if (!live()) return;
        current = undefined;
        last = {};
        rejectedCodes.clear();
        view = { ...view, ...call.accept?.(result) };
        store.send({ type: verifying ? 'VERIFIED' : 'CODE_SENT' });
        call.done?.(result);
      },
      (error: unknown) => {
        if (!live()) return;
        current = undefined;
        const failure = isMfaApiError(error)
          ? error
          : new MfaApiError({
              kind: 'server',
              message: 'Something went wrong: try again.',
              cause: error,
            });
        // The server refused the check (a 4xx that is no wait): the same code cannot pass later.
        const refused =
          failure.status! < 500 && failure.kind !== 'rate-limited' && failure.kind !== 'timeout';
        if (verifying && refused && call.code !== undefined) rejectedCodes.add(call.code);
        store.send({ type: 'FAILED', error: failure });
      },
    );
    return true;
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: () => {
      const flow = store.getSnapshot();
      if (flow !== snapshot.flow || view !== snapshot.view) snapshot = { flow, view };
      return snapshot;
    },
    run,
    retry: () => {
      const { step, failedAction } = store.getSnapshot();
      const call = failedAction && last[failedAction];
      return (
        step === 'failed' && !!call && run(failedAction === 'send' ? 'resend' : 'verify', call)
      );
    },
    isRejectedCode: (code) => rejectedCodes.has(code),
    reset: () => {
      cancel();
      last = {};
      rejectedCodes.clear();
      view = initialView;
      store.send({ type: 'RESET' });
    },
    connect: () => {
      connected = true;
      return () => {
        connected = false;
        // A check in flight is cancelled (its answer could sign in a screen that is gone). A send is left to
        // finish unheard: StrictMode unmounts and remounts at once, and cancelling would lose the code.
        if (current?.action === 'verify') {
          cancel();
          store.send({ type: 'FAILED', error: cancelled() });
        }
        store.dispose();
      };
    },
  };
}
