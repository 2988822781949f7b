import { REPEATED_CODE } from '@mfa-kit/react';
import type { MfaFlowResult } from '@mfa-kit/react';
import { formatCountdown } from '../messages/format-countdown.js';
import type { MfaMessages } from '../messages/messages.js';
import { flowAlert } from './flow-alert.js';
import type { FlowAlert, FlowAlertState } from './flow-alert.js';

/** What a code form reads of its factor hook's result. */
export type CodeFormFlow = FlowAlertState &
  Pick<MfaFlowResult, 'isPending' | 'canVerify'> & { step: string };

/** Where a code form stands, beyond its flow. */
export interface CodeFormState {
  /** The factor hook's result. */
  flow: CodeFormFlow;
  /** The flow is done (the step the factor calls `verified`, or `disabled`). */
  done: boolean;
  /** This form asked for a new code (the status then says so). */
  resent: boolean;
  /** The code field's own error (react-hook-form's `type`), and whether the field holds anything. */
  entry: { error: string | undefined; filled: boolean };
  /** A new code can be asked for; `false` for a code the user already has (an authenticator app). Default `true`. */
  resendable?: boolean | undefined;
}

/** A factor's own words in its code form. */
export interface CodeFormTexts {
  /** The status before any code: what the start step will do (empty for a form that sends by itself). */
  beforeCode?: string | undefined;
  /** The start step's button; without it the form has no start step and shows the code field at once. */
  start?: string | undefined;
  /** The status once a code is out: where it went. */
  sent: string;
  /** The status once the flow is done. */
  done: string;
  /** The submit button, and while it checks. */
  submit: string;
  /** The submit button while the code is checked. */
  submitting: string;
  /** The alert's text when the sign-in itself is gone (a login factor); else the error's own. */
  signInExpired?: string | undefined;
  // The factor's words in place of shared texts that speak of a code we sent (for an app's or a recovery code).
  /** The status while the code is being fetched (an app's QR code). */
  sending?: string | undefined;
  /** The field is empty on submit. */
  codeRequired?: string | undefined;
  /** The field holds too little: said the same way whatever the length (a recovery code). */
  codeIncomplete?: string | undefined;
  /** The code was already refused. */
  codeAlreadyTried?: string | undefined;
  /** The server refused the code. */
  wrongCode?: string | undefined;
  /** `false` for a set-up step: the field's hint says what to type instead of counting down. */
  showsExpiry?: boolean | undefined;
}

/** What a code form renders: derived from its state alone, so one table of tests covers every screen. */
export interface CodeFormView {
  /** Before any code (a start step), the code, or the outcome. */
  stage: 'start' | 'code' | 'done';
  /** A request is in flight (`aria-busy`). */
  busy: boolean;
  /** The status line (a live region); the outcome once `done`. */
  status: string;
  /** The failure and its way forward; in the start stage its button is the start button. */
  alert: FlowAlert | null;
  /** The start step's button (`blocked`: pressing it does nothing yet). */
  start: { label: string; pending: boolean; blocked: boolean };
  /** The code field: marked invalid, read-only while checked, and the hint under it. */
  code: { invalid: boolean; readOnly: boolean; hint: string };
  submit: { label: string; pending: boolean; blocked: boolean };
  /** `null` when no new code can be asked for. */
  resend: { secondsLeft: number; pending: boolean; blocked: boolean } | null;
}

// A refused code is marked on the field itself.
const WRONG_CODE = new Set<string>(['invalid-code', 'bad-request']);

/**
 * A code form's view of its state, the way zag's `connect` turns a machine's state into props: the stage, the
 * status, the alert (the field's own error when it is the newer news), and the code field's, submit and resend
 * buttons' props.
 */
export function connectCodeForm(
  { flow, done, resent, entry, resendable = true }: CodeFormState,
  messages: MfaMessages,
  texts: CodeFormTexts,
  length: number,
): CodeFormView {
  const { step, error, failedAction } = flow;
  const alertMessages = texts.wrongCode
    ? { ...messages, errors: { ...messages.errors, 'invalid-code': texts.wrongCode } }
    : messages;
  const sending = step === 'sending';
  const verifying = step === 'verifying';
  const expires = flow.expiresInSeconds;
  const codeSent = expires !== null;
  const stage = done ? 'done' : codeSent || texts.start === undefined ? 'code' : 'start';
  const status = done
    ? texts.done
    : sending
      ? codeSent
        ? messages.resendingCode
        : (texts.sending ?? messages.sendingCode)
      : !codeSent
        ? (texts.beforeCode ?? '')
        : resent && failedAction !== 'send'
          ? messages.codeResent
          : texts.sent;
  // A validation failure after the flow's own error is the newer news.
  const invalidEntry = entry.error !== undefined && entry.error !== error?.kind;
  const alert =
    stage === 'done'
      ? null
      : stage === 'start'
        ? flowAlert(flow, alertMessages)
        : invalidEntry
          ? {
              kind: 'invalid-input' as const,
              variant: 'error' as const,
              text:
                entry.error === REPEATED_CODE
                  ? (texts.codeAlreadyTried ?? messages.codeAlreadyTried)
                  : entry.filled
                    ? (texts.codeIncomplete ?? messages.codeIncomplete(length))
                    : (texts.codeRequired ?? messages.codeRequired),
              details: null,
              countdown: false,
              action: null,
              blocked: false,
            }
          : flowAlert(flow, alertMessages, texts.signInExpired);
  return {
    stage,
    busy: flow.isPending,
    status,
    alert,
    start: {
      label: alert?.action === 'retry' ? messages.tryAgain : (texts.start ?? ''),
      pending: sending,
      blocked: sending || !!alert?.blocked,
    },
    code: {
      invalid: invalidEntry || (failedAction === 'verify' && WRONG_CODE.has(error?.kind ?? '')),
      readOnly: verifying,
      hint:
        expires && texts.showsExpiry !== false
          ? messages.codeExpiresIn(formatCountdown(expires))
          : messages.codeHint(length),
    },
    submit: {
      label: verifying ? texts.submitting : texts.submit,
      pending: verifying,
      blocked: !flow.canVerify,
    },
    resend: resendable
      ? {
          secondsLeft: flow.resendInSeconds,
          pending: sending && codeSent,
          blocked: !flow.canResend,
        }
      : null,
  };
}
