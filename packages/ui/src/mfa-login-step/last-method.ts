import type { MfaLoginMethodKind } from '@mfa-kit/core';

const KEY = 'mfa-kit:last-mfa-method';
const KINDS = new Set<string>(['passkey', 'security-key', 'authenticator', 'sms', 'email']);

// Only the kind of method is kept: never a token, a code or a device id. Storage may be unavailable (private
// browsing, blocked cookies): then nothing is remembered.

/** The kind of method that passed last on this browser, when the app opted in. */
export function readLastMethod(): MfaLoginMethodKind | null {
  try {
    const kind = globalThis.localStorage?.getItem(KEY) ?? null;
    return kind !== null && KINDS.has(kind) ? (kind as MfaLoginMethodKind) : null;
  } catch {
    return null;
  }
}

/** Keeps `kind` for next time; a recovery code is never kept (it removes MFA). */
export function writeLastMethod(kind: MfaLoginMethodKind): void {
  if (!KINDS.has(kind)) return;
  try {
    globalThis.localStorage?.setItem(KEY, kind);
  } catch {
    // Not remembered: the step still works, preferring the strongest method.
  }
}
