import { REPEATED_CODE } from '@mfa-kit/react';
import type { MfaCodeFlowState, MfaCodeFormValues } from '@mfa-kit/react';
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { CodeInput } from '../code-input/code-input.js';
import { formatCountdown } from '../messages/format-countdown.js';
import type { MfaMessages, MfaMessagesOverride } from '../messages/messages.js';
import { ResendCodeButton } from '../resend-code-button/resend-code-button.js';
import { FlowAlertBox, alertKey } from './flow-alert-box.js';
import { flowAlert } from './flow-alert.js';
import type { FlowAlertAction } from './flow-alert.js';

/** Props of {@link CodeFields}. */
export interface CodeFieldsProps {
  /** The code hook's result (`useEmailMfa`, `useDisableSmsMfa`). */
  flow: MfaCodeFlowState & { step: string };
  form: UseFormReturn<MfaCodeFormValues>;
  /** `useMfaCodeForm`'s submit: also called when the code is complete. */
  onSubmit: () => Promise<void>;
  /** Asks for a new code; returns whether a request started (the old code is then cleared). */
  onResend: () => boolean;
  /** What the alert's "start over" does; without it the alert offers no button for it. */
  onRestart?: (() => void) | undefined;
  length: number;
  messages: MfaMessages;
  /** The caller's override, handed on to the resend button. */
  override: MfaMessagesOverride | undefined;
  submitLabel: string;
  pendingLabel: string;
  /** The alert's text when the login itself expired. */
  signInExpired?: string | undefined;
  /** Between the alert and the buttons (the remember-device box). */
  children?: ReactNode;
  /** More buttons after the submit button (Cancel). */
  secondaryAction?: ReactNode;
}

/**
 * The code part of a code form: the labelled code input (submitting itself when full) with its
 * expiry, the alert with its way forward, the submit and resend buttons. Focus goes to the code on
 * mount, after each failure, and whenever the focused element went away.
 */
export function CodeFields({
  flow,
  form,
  onSubmit,
  onResend,
  onRestart,
  length,
  messages,
  override,
  submitLabel,
  pendingLabel,
  signInExpired,
  children,
  secondaryAction,
}: CodeFieldsProps) {
  const codeId = useId();
  const hintId = `${codeId}-hint`;
  const alertId = `${codeId}-alert`;
  const { error, step } = flow;
  const fieldError = form.formState.errors.code;
  // A validation failure after the flow's own error is the newer news.
  const invalidEntry = fieldError && fieldError.type !== error?.kind;
  const alert = invalidEntry
    ? {
        kind: 'invalid-input' as const,
        variant: 'error' as const,
        text:
          fieldError.type === REPEATED_CODE
            ? messages.codeAlreadyTried
            : form.getValues('code')
              ? messages.codeIncomplete(length)
              : messages.codeRequired,
        details: null,
        countdown: false,
        action: null,
        blocked: false,
      }
    : flowAlert(flow, messages, signInExpired);
  const resend = () => {
    if (onResend()) form.setValue('code', '');
  };
  const handlers: Record<FlowAlertAction, (() => void) | undefined> = {
    retry: flow.retry,
    resend,
    restart: onRestart,
  };
  const labels: Record<FlowAlertAction, string> = {
    retry: messages.tryAgain,
    resend: messages.sendNewCode,
    restart: messages.signInAgain,
  };
  const invalid =
    !!invalidEntry ||
    (flow.failedAction === 'verify' &&
      (error?.kind === 'invalid-code' || error?.kind === 'bad-request'));
  const expires = flow.expiresInSeconds;
  const verifying = step === 'verifying';
  const alertOpen = alert !== null;
  const codeRef = useRef<HTMLInputElement | null>(null);
  const registration = form.register('code');

  useEffect(() => {
    const active = document.activeElement;
    if (error || !active || active === document.body) codeRef.current?.focus();
  }, [error, alertOpen]);

  return (
    <>
      <div className="mfa-field">
        <label className="mfa-label" htmlFor={codeId}>
          {messages.codeLabel}
        </label>
        <CodeInput
          {...registration}
          ref={(input) => {
            codeRef.current = input;
            registration.ref(input);
          }}
          id={codeId}
          length={length}
          invalid={invalid}
          readOnly={verifying}
          aria-describedby={alert ? `${alertId} ${hintId}` : hintId}
          onComplete={() => void onSubmit()}
        />
        <p className="mfa-hint" id={hintId}>
          {expires ? messages.codeExpiresIn(formatCountdown(expires)) : messages.codeHint(length)}
        </p>
      </div>
      {alert && (
        <FlowAlertBox
          key={alertKey(alert, error)}
          alert={alert}
          id={alertId}
          actionLabel={alert.action ? labels[alert.action] : undefined}
          onAction={alert.action ? handlers[alert.action] : undefined}
        />
      )}
      {children}
      <div className="mfa-actions">
        <button
          type="submit"
          className="mfa-button"
          aria-disabled={!flow.canVerify || undefined}
          data-pending={verifying || undefined}
        >
          {verifying ? pendingLabel : submitLabel}
        </button>
        {secondaryAction}
        <ResendCodeButton
          secondsLeft={flow.resendInSeconds}
          onResend={resend}
          pending={step === 'sending' && expires !== null}
          disabled={!flow.canResend}
          messages={override}
        />
      </div>
    </>
  );
}
