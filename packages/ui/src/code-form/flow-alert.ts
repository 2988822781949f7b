import type { MfaErrorKind } from '@mfa-kit/core';
import type { MfaFlowResult } from '@mfa-kit/react';
import { errorMessage } from '../messages/error-message.js';
import { formatCountdown } from '../messages/format-countdown.js';
import type { MfaMessages } from '../messages/messages.js';

/** The way forward an alert offers: repeat the failed request, ask for a new code, or start over. */
export type FlowAlertAction = 'retry' | 'resend' | 'restart';

/** What a code form shows about a failure (or an expired code). */
export interface FlowAlert {
  /** The error kind, or `code-expired` when the code ran out on the clock. */
  kind: MfaErrorKind | 'code-expired';
  /** `info` once a wait is over: the form works again. */
  variant: 'error' | 'info';
  text: string;
  /** The server's own words about the failure, shown (as text) under `text`; `null` when it sent none. */
  details: string | null;
  /** The text counts down: screen readers get it once, not every second. */
  countdown: boolean;
  action: FlowAlertAction | null;
  /** The action cannot be taken yet (a wait runs). */
  blocked: boolean;
}

/** What {@link flowAlert} reads of a factor hook's result. */
export type FlowAlertState = Pick<
  MfaFlowResult,
  | 'error'
  | 'failedAction'
  | 'blockedForSeconds'
  | 'resendInSeconds'
  | 'expiresInSeconds'
  | 'attemptsLeft'
  | 'canResend'
  | 'needsNewCode'
>;

const RETRYABLE = new Set<string>(['network', 'timeout', 'server', 'aborted', 'invalid-response']);

// A wrong code can be corrected in place: the alert needs no action.
const CORRECTABLE = new Set<string>(['invalid-code', 'invalid-input', 'bad-request']);

/**
 * The alert of a code form: which message (with the wait counting down), and which way forward. A
 * failed first request that the session itself refused (`unauthorized`, an expired login token, a
 * gone device) can only be started over; `signInExpired` words that for the login step. An error
 * alert carries the server's own words as `details`.
 */
export function flowAlert(
  flow: FlowAlertState,
  messages: MfaMessages,
  signInExpired?: string,
): FlowAlert | null {
  const chosen = chooseAlert(flow, messages, signInExpired);
  const details = flow.error?.messages.join(', ');
  return chosen && details && chosen.variant === 'error' && chosen.kind !== 'code-expired'
    ? { ...chosen, details: messages.serverDetails(details) }
    : chosen;
}

function chooseAlert(
  flow: FlowAlertState,
  messages: MfaMessages,
  signInExpired: string | undefined,
): FlowAlert | null {
  const { error, failedAction } = flow;
  if (!error) {
    return flow.expiresInSeconds === 0
      ? alert('code-expired', messages.codeExpired, 'resend', !flow.canResend)
      : null;
  }
  const kind = error.kind;
  const wait = (seconds: number) => formatCountdown(seconds);

  if (kind === 'rate-limited') {
    return flow.blockedForSeconds > 0
      ? {
          ...alert(
            kind,
            errorMessage(messages, kind, flow.blockedForSeconds * 1000),
            'retry',
            true,
          ),
          countdown: true,
        }
      : { ...alert(kind, messages.readyAgain, 'retry', false), variant: 'info' };
  }
  if (kind === 'too-many-attempts') {
    const seconds = Math.max(flow.blockedForSeconds, flow.resendInSeconds);
    const errors = messages.errors[kind];
    return seconds > 0 || !flow.canResend
      ? {
          ...alert(
            kind,
            typeof errors === 'string' ? errors : errors(seconds > 0 ? wait(seconds) : null),
            'resend',
            true,
          ),
          countdown: seconds > 0,
        }
      : { ...alert(kind, messages.resendAvailable, 'resend', false), variant: 'info' };
  }
  if (failedAction === 'verify') {
    if (kind === 'expired')
      return alert(kind, errorMessage(messages, kind), 'resend', !flow.canResend);
    if (CORRECTABLE.has(kind)) {
      // The code can't be corrected any more: only a new one helps.
      if (flow.expiresInSeconds === 0) {
        return alert('code-expired', messages.codeExpired, 'resend', !flow.canResend);
      }
      if (flow.needsNewCode) {
        return alert(kind, messages.codeNeedsReplacing, 'resend', !flow.canResend);
      }
      const text = errorMessage(messages, kind);
      return alert(
        kind,
        kind === 'invalid-code' && flow.attemptsLeft !== null
          ? `${text} ${messages.attemptsLeft(flow.attemptsLeft)}`
          : text,
        null,
        false,
      );
    }
  }
  if (RETRYABLE.has(kind) || !(kind in messages.errors)) {
    return alert(kind, errorMessage(messages, kind), 'retry', false);
  }
  // The login (or the session) is no longer accepted: only starting over helps.
  const sessionGone = kind === 'unauthorized' || kind === 'expired';
  return alert(
    kind,
    sessionGone && signInExpired ? signInExpired : errorMessage(messages, kind),
    'restart',
    false,
  );
}

function alert(
  kind: FlowAlert['kind'],
  text: string,
  action: FlowAlertAction | null,
  blocked: boolean,
): FlowAlert {
  return { kind, variant: 'error', text, details: null, countdown: false, action, blocked };
}
