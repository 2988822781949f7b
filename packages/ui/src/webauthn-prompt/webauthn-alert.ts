import type { FlowAlert, FlowAlertState } from '../code-form/flow-alert.js';
import { flowAlert } from '../code-form/flow-alert.js';
import type { MfaMessages } from '../messages/messages.js';

/**
 * The alert of a passkey or security-key form: the code form's, with the ways forward of a ceremony (core's
 * `mfaWayForward(flow, { ceremony: true })`): a press fetches a new challenge when needed, so "try again" stands
 * where a code form would resend or say to correct; only a gone login starts over.
 */
export function webAuthnAlert(
  flow: FlowAlertState,
  messages: MfaMessages,
  signInExpired: string,
): FlowAlert | null {
  return flowAlert(flow, messages, signInExpired, { ceremony: true });
}
