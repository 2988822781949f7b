import type { MfaApiError } from '@mfa-kit/core';
import type { MfaCodeFormValues } from '@mfa-kit/react';
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { CodeInput } from '../code-input/code-input.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { ResendCodeButton } from '../resend-code-button/resend-code-button.js';
import type { CodeFormView } from './connect-code-form.js';
import { FlowAlertBox, alertKey } from './flow-alert-box.js';
import type { FlowAlertAction } from './flow-alert.js';

/** Props of {@link CodeFields}. */
export interface CodeFieldsProps {
  /** The form's view (`connectCodeForm`). */
  view: CodeFormView;
  /** The flow's error: each failure gets its own alert, and focus returns to the code. */
  error: MfaApiError | null;
  /** Repeats the failed request (the alert's "Try again"). */
  onRetry: () => void;
  /** The code's form (`useCodeForm().form`): the field is registered as `code`. */
  form: UseFormReturn<MfaCodeFormValues>;
  /** `useMfaCodeForm`'s submit: also called when the code is complete. */
  onSubmit: () => Promise<void>;
  /** Asks for a new code; returns whether a request started (the old code is then cleared). */
  onResend: () => boolean;
  /** What the alert's "start over" does; without it the alert offers no button for it. */
  onRestart?: (() => void) | undefined;
  /** Digits in a code: the code input's slots. */
  length: number;
  /** Fill the code from an SMS as it arrives (WebOTP), where the browser can. */
  webOtp?: boolean | undefined;
  /** Between the alert and the buttons (the remember-device box). */
  children?: ReactNode;
  /** More buttons after the submit button (Cancel). */
  secondaryAction?: ReactNode;
}

/**
 * The code part of a code form: the labelled code input (submitting itself when full) with its
 * expiry, the alert with its way forward, the submit and resend buttons, as the view says. Focus
 * goes to the code on mount, after each failure, and whenever the focused element went away.
 */
export function CodeFields({
  view,
  error,
  onRetry,
  form,
  onSubmit,
  onResend,
  onRestart,
  length,
  webOtp,
  children,
  secondaryAction,
}: CodeFieldsProps) {
  const messages = useMfaMessages();
  const codeId = useId();
  const hintId = `${codeId}-hint`;
  const alertId = `${codeId}-alert`;
  const { alert, code, submit, resend: resendButton } = view;
  const resend = () => {
    if (onResend()) form.setValue('code', '');
  };
  const handlers: Record<FlowAlertAction, (() => void) | undefined> = {
    retry: onRetry,
    resend,
    restart: onRestart,
  };
  const labels: Record<FlowAlertAction, string> = {
    retry: messages.tryAgain,
    resend: messages.sendNewCode,
    restart: messages.signInAgain,
  };
  const alertOpen = alert !== null;
  const codeRef = useRef<HTMLInputElement | null>(null);
  const registration = form.register('code');

  useEffect(() => {
    const active = document.activeElement;
    if (error || !active || active === document.body) codeRef.current?.focus();
  }, [error, alertOpen]);

  return (
    <>
      <div className="mfa-field" data-invalid={code.invalid || undefined}>
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
          webOtp={webOtp}
          invalid={code.invalid}
          readOnly={code.readOnly}
          aria-describedby={alert ? `${alertId} ${hintId}` : hintId}
          onComplete={() => void onSubmit()}
        />
        <p className="mfa-hint" id={hintId}>
          {code.hint}
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
          aria-disabled={submit.blocked || undefined}
          data-pending={submit.pending || undefined}
        >
          {submit.label}
        </button>
        {secondaryAction}
        {resendButton && (
          <ResendCodeButton
            secondsLeft={resendButton.secondsLeft}
            onResend={resend}
            pending={resendButton.pending}
            disabled={resendButton.blocked}
          />
        )}
      </div>
    </>
  );
}
