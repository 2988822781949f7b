import type { MfaApiError } from '../client/errors.js';

// Answers about the code itself: sending the same code again cannot succeed.
const REFUSED_CODE_KINDS = new Set<string>([
  'invalid-code',
  'bad-request',
  'expired',
  'too-many-attempts',
]);

/**
 * Whether a failed check says the code itself is no good (wrong, expired, out of attempts), so the same code
 * must not be sent again and a form should empty its field for a fresh one.
 */
export function isRefusedCode(error: MfaApiError): boolean {
  return REFUSED_CODE_KINDS.has(error.kind);
}
