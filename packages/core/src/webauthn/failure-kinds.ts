import type { MfaErrorKind } from '../client/errors.js';

// The browser or the page cannot run WebAuthn at all: no press, key or new challenge changes that.
const UNAVAILABLE = [
  'webauthn-unsupported',
  'webauthn-insecure-context',
] as const satisfies readonly MfaErrorKind[];

// Raised before the signed answer leaves the browser: the challenge was not spent.
const PROMPT_FAILURES = [
  ...UNAVAILABLE,
  'webauthn-cancelled',
  'webauthn-no-credential',
  'aborted',
] as const satisfies readonly MfaErrorKind[];

const among = (kinds: readonly string[], kind: string | undefined): boolean =>
  kind !== undefined && kinds.includes(kind);

/**
 * Pressing again cannot fix this failure: the browser or the page cannot use passkeys at all, so the way
 * forward is another method, browser or page.
 */
export const isWebAuthnUnavailable = (kind: string | undefined): boolean =>
  among(UNAVAILABLE, kind);

/**
 * The browser's prompt failed (closed, timed out, no key, no WebAuthn here, or aborted by us): nothing reached
 * the server, so the challenge in hand can still be signed.
 */
export const isWebAuthnPromptFailure = (kind: string | undefined): boolean =>
  among(PROMPT_FAILURES, kind);
