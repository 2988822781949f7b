import { mfaWayForward } from '@mfa-kit/core';
import type { MfaErrorKind, MfaWayForward, MfaWayForwardAction } from '@mfa-kit/core';
import type { MfaFlowResult } from '@mfa-kit/react';
import { errorMessage } from '../messages/error-message.js';
import { formatCountdown } from '../messages/format-countdown.js';
import type { MfaMessages } from '../messages/messages.js';

/** The way forward an alert offers: repeat the failed request, ask for a new code, or start over. */
export type FlowAlertAction = MfaWayForwardAction;

/** What a code form shows about a failure (or an expired code). */
export interface FlowAlert {
  /** The error kind, or `code-expired` when the code ran out on the clock. */
  kind: MfaErrorKind | 'code-expired';
  /** `info` once a wait is over: the form works again. */
  variant: 'error' | 'info';
  /** What happened and what to do, in the messages' words. */
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

/**
 * The alert of a code form: which message (with the wait counting down), for the way forward core's
 * {@link mfaWayForward} chooses. A failed first request that the session itself refused (`unauthorized`, an
 * expired login token, a gone device) can only be started over; `signInExpired` words that for the login step.
 * An error alert carries the server's own words as `details`.
 */
export function flowAlert(
  flow: FlowAlertState,
  messages: MfaMessages,
  signInExpired?: string,
  options?: { ceremony?: boolean },
): FlowAlert | null {
  const way = mfaWayForward(flow, options);
  if (!way) return null;
  const chosen: FlowAlert = {
    kind: way.kind,
    variant: way.topic === 'ready-again' || way.topic === 'resend-available' ? 'info' : 'error',
    text: alertText(way, flow, messages, signInExpired),
    details: null,
    countdown: way.waitSeconds > 0,
    action: way.action,
    blocked: way.blocked,
  };
  const details = flow.error?.messages.join(', ');
  return details && chosen.variant === 'error' && chosen.kind !== 'code-expired'
    ? { ...chosen, details: messages.serverDetails(details) }
    : chosen;
}

function alertText(
  way: MfaWayForward,
  flow: FlowAlertState,
  messages: MfaMessages,
  signInExpired: string | undefined,
): string {
  switch (way.topic) {
    case 'code-expired':
      return messages.codeExpired;
    case 'code-used-up':
      return messages.codeNeedsReplacing;
    case 'ready-again':
      return messages.readyAgain;
    case 'resend-available':
      return messages.resendAvailable;
    case 'sign-in-expired':
      return signInExpired ?? errorMessage(messages, way.kind as MfaErrorKind);
    case 'error':
      break;
  }
  const kind = way.kind as MfaErrorKind;
  if (kind === 'rate-limited') return errorMessage(messages, kind, way.waitSeconds * 1000);
  if (kind === 'too-many-attempts') {
    const errors = messages.errors[kind];
    return typeof errors === 'string'
      ? errors
      : errors(way.waitSeconds > 0 ? formatCountdown(way.waitSeconds) : null);
  }
  const text = errorMessage(messages, kind);
  return kind === 'invalid-code' && flow.failedAction === 'verify' && flow.attemptsLeft !== null
    ? `${text} ${messages.attemptsLeft(flow.attemptsLeft)}`
    : text;
}
