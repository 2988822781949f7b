import type { MfaErrorKind } from '@mfa-kit/core';
import { formatCountdown } from './format-countdown.js';
import type { MfaMessages } from './messages.js';

/**
 * The text for an error kind, with the wait worded in when the server said how long
 * (`MfaApiError.retryAfterMs`). An unknown kind (from a newer core) reads as a server error.
 */
export function errorMessage(
  messages: MfaMessages,
  kind: MfaErrorKind,
  retryAfterMs?: number,
): string {
  const text = messages.errors[kind] ?? messages.errors.server;
  if (typeof text === 'string') return text;
  return text(
    retryAfterMs !== undefined && retryAfterMs > 0 ? formatCountdown(retryAfterMs / 1000) : null,
  );
}
