/** What went wrong, in terms a screen can act on. */
export type MfaErrorKind =
  | 'invalid-input'
  | 'invalid-code'
  | 'expired'
  | 'too-many-attempts'
  | 'rate-limited'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'bad-request'
  | 'server'
  | 'network'
  | 'timeout'
  | 'aborted'
  | 'invalid-response'
  // The browser's WebAuthn ceremony (getWebAuthnAssertion, createWebAuthnCredential).
  /** The user closed the passkey prompt, it timed out, or the browser did not allow it. */
  | 'webauthn-cancelled'
  /** No passkey or security key of this account on this device (or, when registering, one already is). */
  | 'webauthn-no-credential'
  /** The browser (or the key) cannot do WebAuthn as asked. */
  | 'webauthn-unsupported'
  /** The page is not a secure context (https), or its domain is not the relying party's. */
  | 'webauthn-insecure-context';

/** Everything known about a failed call. Never carries a token, code or password. */
export interface MfaApiErrorInit {
  kind: MfaErrorKind;
  message: string;
  status?: number | undefined;
  errorCode?: string | undefined;
  messages?: readonly string[] | undefined;
  traceId?: string | undefined;
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

// A registry symbol, so `isMfaApiError` recognises errors made by another copy of this package.
const MFA_API_ERROR = Symbol.for('@mfa-kit/core/MfaApiError');

/** The one error every client call rejects with. Switch on `kind`. */
export class MfaApiError extends Error {
  override readonly name = 'MfaApiError';
  /** What went wrong; stable across versions, safe to switch on. */
  declare readonly kind: MfaErrorKind;
  /** HTTP status, when a response arrived. */
  declare readonly status: number | undefined;
  /** Frontegg's error code, e.g. `ER-01097`. */
  declare readonly errorCode: string | undefined;
  /** The server's own messages (`errors[]`), as text. */
  declare readonly messages: readonly string[];
  /** The `frontegg-trace-id` response header, for support tickets. */
  declare readonly traceId: string | undefined;
  /** How long to wait before trying again, when the server said so. */
  declare readonly retryAfterMs: number | undefined;

  constructor({ message, cause, ...fields }: MfaApiErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    // `declare` fields emit no initialisers, so this one assignment sets them all.
    Object.assign(this, fields, { messages: fields.messages ?? [] });
    Object.defineProperty(this, MFA_API_ERROR, { value: true });
  }
}

/** True for an `MfaApiError`, also one thrown by a duplicated copy of this package. */
export function isMfaApiError(value: unknown): value is MfaApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[MFA_API_ERROR] === true
  );
}

/** Shorthand for the errors the client makes itself (no response involved). */
export const fail = (kind: MfaErrorKind, message: string, cause?: unknown): MfaApiError =>
  new MfaApiError({ kind, message, cause });
