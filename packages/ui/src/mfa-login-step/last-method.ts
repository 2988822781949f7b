import { MFA_LOGIN_METHOD_KINDS } from '@mfa-kit/core';
import type { MfaLoginMethodKind } from '@mfa-kit/core';

const KEY = 'mfa-kit:last-mfa-method';
// Every kind of the factor table but the recovery code, which is never kept (it removes MFA).
const KINDS = new Set<string>(MFA_LOGIN_METHOD_KINDS.filter((kind) => kind !== 'recovery-code'));

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

/** Keeps `kind` for next time (not a recovery code). */
export function writeLastMethod(kind: MfaLoginMethodKind): void {
  if (!KINDS.has(kind)) return;
  try {
    globalThis.localStorage?.setItem(KEY, kind);
  } catch {
    // Not remembered: the step still works, preferring the strongest method.
  }
}
