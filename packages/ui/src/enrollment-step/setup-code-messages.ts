import type { MfaMessages } from '../messages/messages.js';

/**
 * The shared texts for a code that sets a factor up: the set-up is open for a day, so the field's hint says what
 * to type rather than counting a day down.
 */
export function setupCodeMessages(base: MfaMessages, length: number): MfaMessages {
  return { ...base, codeExpiresIn: () => base.codeHint(length) };
}
