// A factor's session: the flow store, the client calls the spec names, and what travels between them (the
// send's `otcToken` or challenge), held here rather than in any screen. Framework-free: React, Vue, Svelte or
// plain code drive it through the same methods and read it through subscribe/getSnapshot.
import type { MfaClient } from '../client/create-client.js';
import { MfaApiError, isMfaApiError } from '../client/errors.js';
import { createMfaFlowStore } from '../flow/store.js';
import type { MfaFlowStoreOptions } from '../flow/store.js';
import type { MfaFlowSnapshot } from '../flow/types.js';
import { isRefusedCode } from './refused-code.js';
import type {
  MfaFactorCall,
  MfaFactorDetails,
  MfaFactorInput,
  MfaFactorParams,
  MfaFactorResult,
  MfaFactorSpec,
} from './types.js';

/** Makes one call of a factor. */
export type MfaCallRunner = <TVariables, TAnswer>(
  call: MfaFactorCall<TVariables, TAnswer>,
  variables: TVariables,
  signal: AbortSignal,
) => Promise<TAnswer>;

/** Options of {@link createMfaFactorSession}; the flow's timing options included. */
export interface MfaFactorSessionOptions<TSpec extends MfaFactorSpec> extends MfaFlowStoreOptions {
  /** The client the calls go through. */
  client: MfaClient;
  /** What the calls need from the app (`{ mfaToken }`, `{ deviceId }`); new values start the flow over. */
  params: MfaFactorParams<TSpec>;
  /**
   * Start when mounted, when turned on, and again after new `params` (each time only from `idle`). Default
   * `false`: nothing happens before `start()`.
   */
  autoStart?: boolean | undefined;
  /** Called once with the verify's answer, after the flow turned `verified`. */
  onVerified?: ((result: MfaFactorResult<TSpec>) => void) | undefined;
  /**
   * Makes each call; by default `call.request(client, variables, { signal })`. The React layer runs calls as
   * react-query mutations, so devtools and the mutation cache see them.
   */
  runCall?: MfaCallRunner | undefined;
}

/** What a screen renders. A new object only when one of its parts changes. */
export interface MfaFactorSnapshot<TSpec extends MfaFactorSpec> {
  readonly flow: MfaFlowSnapshot;
  /** What the spec shows of the send's answer (where the code went); `null` before it, or when it shows nothing. */
  readonly details: MfaFactorDetails<TSpec> | null;
  /** The verify's answer once `verified`; `null` before. */
  readonly result: MfaFactorResult<TSpec> | null;
}

/**
 * One factor, driven by a screen. Every action returns `true` when it started something and `false` when the flow
 * ignored it (a check already in flight, a wait running, nothing to resend). Methods need no `this`.
 */
export interface MfaFactorSession<TSpec extends MfaFactorSpec> {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => MfaFactorSnapshot<TSpec>;
  /** Sends the first code or fetches the challenge; for a known code, makes the flow `ready`. */
  start: () => boolean;
  /** Asks for another code (or challenge), when `canResend`. */
  resend: () => boolean;
  /** Checks what the user entered. A code the server already refused is not sent again (`false`). */
  verify: (input: MfaFactorInput<TSpec>) => boolean;
  /** Repeats the failed request (a send, or the check of the same input), when the flow is `failed` and may. */
  retry: () => boolean;
  /** Whether the server refused `code` for the current code: checking it again would only use up an attempt. */
  isCodeRefused: (code: string) => boolean;
  /** @deprecated Use `isCodeRefused`: the same function. */
  isRejectedCode: (code: string) => boolean;
  /** Cancels what is in flight and starts over from `idle`, forgetting tokens, refused codes and answers. */
  reset: () => void;
  /**
   * Replaces the options (all of them, as at creation). New `params` start the flow over; new timings apply from
   * the next code; callbacks and the client are used from the next call on.
   */
  setOptions: (options: MfaFactorSessionOptions<TSpec>) => void;
  /**
   * A screen shows the session: it starts when `autoStart`. The returned function is for when the screen goes:
   * a check in flight is cancelled (its answer could sign in a screen that is gone), answers still on their way
   * are ignored, and the countdown timer stops. A send is left to finish, so an immediate remount (React's
   * StrictMode) keeps its code.
   */
  mount: () => () => void;
}

const TIMING_OPTIONS = [
  'resendCooldownMs',
  'codeTtlMs',
  'maxAttempts',
  'maxRefusedCodes',
  'maxRejectedCodes',
  'clock',
] as const satisfies readonly (keyof MfaFlowStoreOptions)[];

/** A spec as the session runs it: which types travel is the caller's concern. */
interface RunnableSpec {
  readonly send?: MfaFactorCall<object, object>;
  readonly details?: (sent: object) => unknown;
  // Runs only after a send, so the challenge is there.
  readonly ceremony?: (
    challenge: object | undefined,
    options: { signal: AbortSignal },
  ) => Promise<unknown>;
  readonly verify: MfaFactorCall<object, unknown>;
}

const sameValues = (a: object, b: object, keys: readonly string[] = Object.keys({ ...a, ...b })) =>
  keys.every((key) => Object.is(a[key as keyof object], b[key as keyof object]));

const cancelled = () => new MfaApiError({ kind: 'aborted', message: 'Request cancelled.' });

/**
 * Creates the session of one factor: the flow store plus the calls `spec` names, with the tokens between them
 * kept inside.
 *
 * @throws RangeError when a timing option is not a usable number (as `createMfaFlowStore`).
 * @example
 * const session = createMfaFactorSession(emailMfaFactor, { client, params: { mfaToken } });
 * session.subscribe(() => render(session.getSnapshot()));
 * session.start();
 * session.verify({ code: '123456' });
 */
export function createMfaFactorSession<TSpec extends MfaFactorSpec>(
  spec: TSpec,
  initialOptions: MfaFactorSessionOptions<TSpec>,
): MfaFactorSession<TSpec> {
  type Input = MfaFactorInput<TSpec>;
  const factor = spec as RunnableSpec;
  let options = initialOptions;
  const store = createMfaFlowStore(options);
  let details: MfaFactorDetails<TSpec> | null = null;
  let result: MfaFactorResult<TSpec> | null = null;
  let snapshot: MfaFactorSnapshot<TSpec> = { flow: store.getSnapshot(), details, result };
  let mounted = true;
  let current: { verifying: boolean; controller: AbortController } | undefined;
  // The send's answer (otcToken, or the challenge): what the verify needs, never shown.
  let sent: object | undefined;
  // The input of the last check, for `retry`; held until the flow succeeds or resets.
  let lastInput: Input | undefined;
  // Codes the server refused since the current code was sent; in memory only, forgotten with it.
  const refusedCodes = new Set<string>();
  const isCodeRefused = (code: string) => refusedCodes.has(code);

  const runCall: MfaCallRunner = (call, variables, signal) =>
    options.runCall
      ? options.runCall(call, variables, signal)
      : call.request(options.client, variables, { signal });

  const cancel = () => {
    current?.controller.abort();
    current = undefined;
  };

  /** Starts `request` when the flow accepts `event`; `settle` takes its answer before the flow moves on. */
  function run<TAnswer>(
    event: 'SEND' | 'RESEND' | 'VERIFY',
    request: (signal: AbortSignal) => Promise<TAnswer>,
    settle: (answer: TAnswer) => void,
    code?: string,
  ): boolean {
    // The machine is the guard: it ignores a second VERIFY while one is in flight, a SEND once one was sent...
    if (!store.send({ type: event })) return false;
    const verifying = event === 'VERIFY';
    const mine = { verifying, controller: new AbortController() };
    current = mine;
    // An answer counts only for the request in flight, while a screen shows the session.
    const live = () => mounted && current === mine;
    // `settle` reads the answer (a factor's `details`): an answer it cannot use fails like a bad response.
    request(mine.controller.signal)
      .then((answer) => {
        if (live()) settle(answer);
        return answer;
      })
      .then(
        (answer) => {
          if (!live()) return;
          current = undefined;
          lastInput = undefined;
          refusedCodes.clear();
          store.send({ type: verifying ? 'VERIFIED' : 'CODE_SENT' });
          if (verifying) options.onVerified?.(answer as MfaFactorResult<TSpec>);
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
          if (code !== undefined && isRefusedCode(failure)) refusedCodes.add(code);
          store.send({ type: 'FAILED', error: failure });
        },
      );
    return true;
  }

  const send = (event: 'SEND' | 'RESEND') => {
    const call = factor.send;
    return (
      !!call &&
      run(
        event,
        (signal) => runCall(call, options.params, signal),
        (answer) => {
          details = (factor.details?.(answer) ?? null) as MfaFactorDetails<TSpec> | null;
          sent = answer;
        },
      )
    );
  };

  const verify = (input: Input): boolean => {
    const code = (input as { code?: unknown } | undefined)?.code;
    const typed = typeof code === 'string' ? code : undefined;
    if (typed !== undefined && refusedCodes.has(typed)) return false;
    const variables = { ...options.params, ...sent, ...input };
    const started = run(
      'VERIFY',
      async (signal) =>
        runCall(
          factor.verify,
          factor.ceremony
            ? { ...variables, credential: await factor.ceremony(sent, { signal }) }
            : variables,
          signal,
        ),
      (answer) => {
        result = answer as MfaFactorResult<TSpec>;
      },
      typed,
    );
    if (started) lastInput = input;
    return started;
  };

  const start = () => (factor.send ? send('SEND') : store.send({ type: 'READY' }));

  const startIfIdle = () => store.getSnapshot().step === 'idle' && start();

  const reset = () => {
    cancel();
    sent = undefined;
    lastInput = undefined;
    refusedCodes.clear();
    details = null;
    result = null;
    store.send({ type: 'RESET' });
  };

  return {
    subscribe: store.subscribe,
    getSnapshot: () => {
      const flow = store.getSnapshot();
      if (flow !== snapshot.flow || details !== snapshot.details || result !== snapshot.result) {
        snapshot = { flow, details, result };
      }
      return snapshot;
    },
    start,
    resend: () => send('RESEND'),
    verify,
    retry: () => {
      const { step, failedAction } = store.getSnapshot();
      if (step !== 'failed') return false;
      return failedAction === 'send'
        ? send('RESEND')
        : lastInput !== undefined && verify(lastInput);
    },
    isCodeRefused,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the old name, until it goes
    isRejectedCode: isCodeRefused,
    reset,
    setOptions: (next) => {
      const previous = options;
      options = next;
      if (!sameValues(previous, next, TIMING_OPTIONS)) store.setOptions(next);
      const startOver = !sameValues(previous.params, next.params);
      if (startOver) reset();
      if (mounted && next.autoStart && (startOver || !previous.autoStart)) startIfIdle();
    },
    mount: () => {
      mounted = true;
      if (options.autoStart) startIfIdle();
      return () => {
        mounted = false;
        if (current?.verifying) {
          cancel();
          store.send({ type: 'FAILED', error: cancelled() });
        }
        store.dispose();
      };
    },
  };
}
