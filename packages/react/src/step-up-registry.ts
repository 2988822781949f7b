// The one step-up of a provider at a time: every sensitive action that needs one joins it (one generate request),
// and the step-up UI (ui's StepUpDialog, or an app's own) subscribes to what it must show. Framework-free.
import { isMfaApiError } from '@mfa-kit/core';
import type {
  AuthResponse,
  GenerateStepUpResponse,
  MfaApiError,
  StepUpMethod,
  StepUpStart,
} from '@mfa-kit/core';
import { StepUpCancelledError } from './step-up-cancelled.js';

/**
 * What the step-up UI shows: a challenge to pass with one of its `methods` (strongest first), a start that failed
 * (its `error`, for the way forward: `retry` asks again), or a user with no second factor to prove.
 */
export type StepUpPrompt =
  | {
      readonly kind: 'challenge';
      readonly challenge: GenerateStepUpResponse;
      readonly methods: readonly StepUpMethod[];
    }
  | { readonly kind: 'failed'; readonly error: MfaApiError }
  | { readonly kind: 'not-enrolled' };

/** What the registry needs from its provider, read at each use (`setOptions` keeps it current). */
export interface StepUpRegistryOptions {
  /** The token the app holds now (`client.accessToken`). */
  getAccessToken: () => string | null | Promise<string | null>;
  /** The one `stepUp.generate` request (`startStepUp`). */
  generate: (maxAge: number | undefined, signal: AbortSignal) => Promise<StepUpStart>;
  /** Hands the app the new answer: the kit stores nothing. */
  onStepUp: (auth: AuthResponse) => void;
}

/** The step-up under way, shared by every action waiting for it. */
export interface StepUpRegistry {
  setOptions: (options: StepUpRegistryOptions) => void;
  /** The token the app holds now, read at each call, never kept. */
  accessToken: () => Promise<string | null>;
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => StepUpPrompt | null;
  /**
   * Starts a step-up, or joins the one under way. Resolves with the new answer (already given to `onStepUp`), or
   * `null` for a user with no second factor (nothing shown yet); rejects with `StepUpCancelledError` when the user
   * closes it. A step-up joined that asked for a longer `maxAge` may end with a token the server let count for
   * that one only: `isFreshEnough` says whether its answer does for this caller, or a new step-up starts.
   */
  start: (
    maxAge: number | undefined,
    isFreshEnough?: (auth: AuthResponse) => boolean,
  ) => Promise<AuthResponse | null>;
  /** Tells the user they need a second factor first; rejects (`not-enrolled`) once they close the notice. */
  askForFactor: () => Promise<never>;
  /** The challenge passed: the new answer goes to `onStepUp` and to every waiting action. */
  complete: (auth: AuthResponse) => void;
  /** A new `generate` request, after a failed start or a challenge that is no longer accepted. */
  retry: () => void;
  /** The user closed the step-up: every waiting action rejects with `StepUpCancelledError`. */
  cancel: () => void;
  /** Whether `mfaToken` is the challenge on screen (a step-up never offers to remember the device). */
  isChallengeToken: (mfaToken: string) => boolean;
}

interface Pending {
  promise: Promise<AuthResponse | null>;
  resolve: (auth: AuthResponse | null) => void;
  reject: (error: Error) => void;
  maxAge: number | undefined;
  controller: AbortController | null;
  /** Closing it means this: the user dismissed a step-up, or the notice that they have no factor. */
  closed: StepUpCancelledError['reason'];
}

/** Whether a step-up for `asked` seconds may end with a token older than `needed` allows. */
const isLooser = (asked: number | undefined, needed: number | undefined): boolean =>
  needed !== undefined && (asked === undefined || asked > needed);

const NO_UI =
  'A step-up needs the user: render <StepUpDialog /> (or a useStepUpPrompt() screen) in the MfaProvider.';

/** Creates the step-up registry of one `MfaProvider`. */
export function createStepUpRegistry(initial: StepUpRegistryOptions): StepUpRegistry {
  let options = initial;
  let prompt: StepUpPrompt | null = null;
  let pending: Pending | null = null;
  const listeners = new Set<() => void>();

  const end = (current: Pending): void => {
    current.controller?.abort();
    pending = null;
    show(null);
  };
  const show = (next: StepUpPrompt | null): void => {
    if (next && listeners.size === 0 && pending) {
      const current = pending;
      end(current);
      current.reject(new Error(NO_UI));
      return;
    }
    prompt = next;
    for (const listener of [...listeners]) listener();
  };
  const open = (maxAge: number | undefined, closed: Pending['closed']): Pending => {
    let resolve!: Pending['resolve'];
    let reject!: Pending['reject'];
    const promise = new Promise<AuthResponse | null>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    pending = { promise, resolve, reject, maxAge, controller: null, closed };
    return pending;
  };
  const finish = (current: Pending, auth: AuthResponse): void => {
    end(current);
    options.onStepUp(auth);
    current.resolve(auth);
  };
  const generate = (current: Pending): void => {
    current.controller?.abort();
    const controller = new AbortController();
    current.controller = controller;
    const stale = () => pending !== current || controller.signal.aborted;
    options.generate(current.maxAge, controller.signal).then(
      (start) => {
        if (stale()) return;
        if (start.kind === 'stepped-up') finish(current, start.auth);
        else if (start.kind === 'challenge') {
          show({ kind: 'challenge', challenge: start.challenge, methods: start.methods });
        } else {
          end(current);
          current.resolve(null);
        }
      },
      (error: unknown) => {
        if (stale()) return;
        if (isMfaApiError(error)) show({ kind: 'failed', error });
        else {
          end(current);
          current.reject(error instanceof Error ? error : new Error(String(error)));
        }
      },
    );
  };

  const registry: StepUpRegistry = {
    setOptions: (next) => {
      options = next;
    },
    accessToken: async () => (await options.getAccessToken()) ?? null,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => prompt,
    start: (maxAge, isFreshEnough) => {
      if (pending) {
        const joined = pending;
        if (!isFreshEnough || !isLooser(joined.maxAge, maxAge)) return joined.promise;
        return joined.promise.then((auth) =>
          auth && !isFreshEnough(auth) ? registry.start(maxAge) : auth,
        );
      }
      const current = open(maxAge, 'dismissed');
      generate(current);
      return current.promise;
    },
    askForFactor: () => {
      const current = pending ?? open(undefined, 'not-enrolled');
      if (!prompt) show({ kind: 'not-enrolled' });
      return current.promise.then(() => {
        throw new StepUpCancelledError('not-enrolled');
      });
    },
    complete: (auth) => {
      if (pending) finish(pending, auth);
    },
    retry: () => {
      if (pending && prompt?.kind !== 'not-enrolled') generate(pending);
    },
    cancel: () => {
      if (!pending) return;
      const current = pending;
      end(current);
      current.reject(new StepUpCancelledError(current.closed));
    },
    isChallengeToken: (mfaToken) =>
      prompt?.kind === 'challenge' && prompt.challenge.mfaToken === mfaToken,
  };
  return registry;
}
