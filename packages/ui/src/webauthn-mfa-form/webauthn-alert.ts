import type { FlowAlert, FlowAlertState } from '../code-form/flow-alert.js';
import { flowAlert } from '../code-form/flow-alert.js';
import type { MfaMessages } from '../messages/messages.js';

// The browser can't do it here at all: the message names the way on (another method, browser or page).
const NO_RETRY = new Set<string>(['webauthn-unsupported', 'webauthn-insecure-context']);

/** The browser can't use WebAuthn here: pressing again cannot help. */
export const webAuthnImpossible = (kind: string | undefined): boolean =>
  kind !== undefined && NO_RETRY.has(kind);

/**
 * The alert of a passkey or security-key form: the code form's, with the ways forward of a ceremony. A press
 * fetches a new challenge when needed, so "try again" stands where a code form would resend or say to correct;
 * only a gone login starts over.
 */
export function webAuthnAlert(
  flow: FlowAlertState,
  messages: MfaMessages,
  signInExpired: string,
): FlowAlert | null {
  const alert = flowAlert(flow, messages, signInExpired);
  if (!alert || alert.kind === 'code-expired') return null;
  if (alert.variant === 'info' || alert.blocked) return alert;
  if (NO_RETRY.has(alert.kind)) return { ...alert, action: null };
  const loginGone =
    alert.kind === 'unauthorized' || (alert.kind === 'expired' && flow.failedAction === 'send');
  return loginGone ? alert : { ...alert, action: 'retry' };
}
