import { isWebAuthnUnavailable } from '@mfa-kit/core';
import type { FlowAlert, FlowAlertState } from '../code-form/flow-alert.js';
import { flowAlert } from '../code-form/flow-alert.js';
import type { MfaMessages } from '../messages/messages.js';

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
  // The message names the way on (another method, browser or page).
  if (isWebAuthnUnavailable(alert.kind)) return { ...alert, action: null };
  const loginGone =
    alert.kind === 'unauthorized' || (alert.kind === 'expired' && flow.failedAction === 'send');
  return loginGone ? alert : { ...alert, action: 'retry' };
}
