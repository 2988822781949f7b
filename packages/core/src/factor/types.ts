import type { MfaClient } from '../client/create-client.js';
import type { RequestOptions } from '../client/http.js';
import type { MfaFlowStep } from '../flow/types.js';

/**
 * What the user does to pass a factor: type a code the server sends (email, SMS), type a code they already have
 * (an authenticator app, a recovery code), or let the browser sign a challenge (WebAuthn: a passkey or a
 * security key).
 */
export type MfaFactorKind = 'sent-code' | 'known-code' | 'ceremony';

/** One request of a factor: its name and how the client makes it. */
export interface MfaFactorCall<TVariables, TAnswer> {
  /** Names the request, e.g. `['email-mfa', 'send-code']`; the React layer's mutation key is this after `'mfa-kit'`. */
  readonly name: readonly string[];
  /** Makes the request: exactly one client call, never retried. */
  readonly request: (
    client: MfaClient,
    variables: TVariables,
    options: RequestOptions,
  ) => Promise<TAnswer>;
  /** The call adds or removes one of the user's devices: lists of them are refreshed before the flow moves on. */
  readonly changesDevices?: boolean | undefined;
}

/** What the user enters for a code factor; a code the server refused is never sent again. */
export interface MfaCodeInput {
  /** What the user typed: digits only. */
  code: string;
}

/** What the user enters at a login's code step (email, SMS, authenticator app). */
export interface LoginCodeInput extends MfaCodeInput {
  /** Skip MFA on this device next time; offer it only when the tenant's policy allows. */
  rememberDevice?: boolean | undefined;
}

/**
 * A factor whose code the server sends (email, SMS): `send` (again, to resend), then `verify` with what the
 * send answered (its `otcToken`). The answer stays inside the session; screens see only its `details`.
 *
 * @typeParam TParams - what the app gives: the login's `mfaToken`, a device's `deviceId`.
 * @typeParam TSent - the send's answer, merged into what `verify` receives.
 * @typeParam TInput - what the user enters.
 * @typeParam TResult - the verify's answer.
 * @typeParam TDetails - what a screen may show of the send's answer (where the code went).
 */
export interface SentCodeFactorSpec<
  TParams extends object,
  TSent extends object,
  TInput extends MfaCodeInput,
  TResult,
  TDetails = null,
> {
  readonly kind: 'sent-code';
  readonly send: MfaFactorCall<TParams, TSent>;
  readonly details?: ((sent: TSent) => TDetails) | undefined;
  /** Receives the params, the send's answer and the user's input, merged. */
  readonly verify: MfaFactorCall<TParams & TSent & TInput, TResult>;
}

/**
 * A factor whose code the user already has (an authenticator app, a recovery code): nothing is sent, the code
 * does not expire, and the flow starts `ready`.
 */
export interface KnownCodeFactorSpec<TParams extends object, TInput extends MfaCodeInput, TResult> {
  readonly kind: 'known-code';
  /** Receives the params and the user's input, merged. */
  readonly verify: MfaFactorCall<TParams & TInput, TResult>;
}

/**
 * A factor the browser answers (WebAuthn): `send` fetches a challenge (its `webauthnToken` and `options`), the
 * `ceremony` has the browser sign it (`navigator.credentials.get` or `.create`), and `verify` sends the
 * credential back. Asking for another challenge is sending again.
 *
 * @typeParam TChallenge - the send's answer: what the ceremony signs, merged into what `verify` receives.
 * @typeParam TCredential - what the ceremony gives, passed to `verify` as `credential`.
 */
export interface CeremonyFactorSpec<
  TParams extends object,
  TChallenge extends object,
  TCredential,
  TInput extends object,
  TResult,
  TDetails = null,
> {
  readonly kind: 'ceremony';
  readonly send: MfaFactorCall<TParams, TChallenge>;
  readonly details?: ((challenge: TChallenge) => TDetails) | undefined;
  /**
   * The browser's part, in `verifying`. Reject with an `MfaApiError` (kind `aborted` when the user declined), so
   * screens can say what happened; `signal` aborts it at unmount or reset.
   */
  readonly ceremony: (
    challenge: TChallenge,
    options: { signal: AbortSignal },
  ) => Promise<TCredential>;
  /** Receives the params, the challenge, the user's input and the ceremony's `credential`, merged. */
  readonly verify: MfaFactorCall<
    TParams & TChallenge & TInput & { credential: TCredential },
    TResult
  >;
}

/**
 * Any factor: which calls it makes, what travels between them, and which {@link MfaFactorKind} it is. A new factor
 * is one of these plus a form; the session (`createMfaFactorSession`) runs it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a constraint that every spec fits, whatever its types */
export type MfaFactorSpec =
  | SentCodeFactorSpec<any, any, any, any, any>
  | KnownCodeFactorSpec<any, any, any>
  | CeremonyFactorSpec<any, any, any, any, any, any>;

/** The steps a factor goes through: a known code is `ready` instead of `sending` and `code-sent`. */
export type MfaFactorStep<TSpec extends MfaFactorSpec> =
  TSpec extends KnownCodeFactorSpec<any, any, any>
    ? Exclude<MfaFlowStep, 'sending' | 'code-sent'>
    : Exclude<MfaFlowStep, 'ready'>;

/** What the app gives a factor (`{ mfaToken }`, `{ deviceId }`). */
export type MfaFactorParams<TSpec extends MfaFactorSpec> =
  TSpec extends SentCodeFactorSpec<infer TParams, any, any, any, any>
    ? TParams
    : TSpec extends KnownCodeFactorSpec<infer TParams, any, any>
      ? TParams
      : TSpec extends CeremonyFactorSpec<infer TParams, any, any, any, any, any>
        ? TParams
        : never;

/** What the user enters to verify a factor. */
export type MfaFactorInput<TSpec extends MfaFactorSpec> =
  TSpec extends SentCodeFactorSpec<any, any, infer TInput, any, any>
    ? TInput
    : TSpec extends KnownCodeFactorSpec<any, infer TInput, any>
      ? TInput
      : TSpec extends CeremonyFactorSpec<any, any, any, infer TInput, any, any>
        ? TInput
        : never;

/** A factor's verify answer (`AuthResponse` at login). */
export type MfaFactorResult<TSpec extends MfaFactorSpec> =
  TSpec extends SentCodeFactorSpec<any, any, any, infer TResult, any>
    ? TResult
    : TSpec extends KnownCodeFactorSpec<any, any, infer TResult>
      ? TResult
      : TSpec extends CeremonyFactorSpec<any, any, any, any, infer TResult, any>
        ? TResult
        : never;

/** What a screen may show of a factor's send answer; `null` for a factor that shows nothing. */
export type MfaFactorDetails<TSpec extends MfaFactorSpec> =
  TSpec extends SentCodeFactorSpec<any, any, any, any, infer TDetails>
    ? TDetails
    : TSpec extends CeremonyFactorSpec<any, any, any, any, any, infer TDetails>
      ? TDetails
      : null;
/* eslint-enable @typescript-eslint/no-explicit-any */
