import type { MfaErrorKind } from '../client/errors.js';

// The browser or the page cannot run WebAuthn at all: no press, key or new challenge changes that.
const UNAVAILABLE = [
  'webauthn-unsupported',
  'webauthn-insecure-context',
] as const satisfies readonly MfaErrorKind[];

// The prompt closed, timed out, found no key, or we aborted it: nothing was signed. Kept apart (not spread
// into one list with UNAVAILABLE): a spread keeps this module in bundles that never call it.
const PROMPT_ENDED = [
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
  isWebAuthnUnavailable(kind) || among(PROMPT_ENDED, kind);
