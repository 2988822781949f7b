import { isWebAuthnUnavailable } from '@mfa-kit/core';
import type { MfaFlowResult } from '@mfa-kit/react';
import { useEffect, useId, useRef } from 'react';
import type { ReactNode } from 'react';
import { CodeForm } from '../code-form/code-form.js';
import { FlowAlertBox, alertKey, retryOrRestart } from '../code-form/flow-alert-box.js';
import type { FlowAlertState } from '../code-form/flow-alert.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { webAuthnAlert } from './webauthn-alert.js';

/** What {@link WebAuthnPrompt} reads of a passkey hook's result. */
export type WebAuthnPromptFlow = FlowAlertState &
  Pick<MfaFlowResult, 'isPending'> & { step: string };

/** Props of {@link WebAuthnPrompt}. */
export interface WebAuthnPromptProps {
  /** The passkey hook's result (`useWebAuthnMfa`, `useEnrollWebAuthn`, …). */
  flow: WebAuthnPromptFlow;
  /** The browser's prompt is open, or its answer is being checked: the button waits. */
  prompting: boolean;
  /** The ceremony is done: the status says so and the button goes. */
  done?: boolean | undefined;
  /** The heading, which names the form. */
  title: string;
  /** The status line before the press. */
  intro: string;
  /** The label of the button that opens the browser's prompt. */
  buttonLabel: string;
  /** The button removes something. */
  danger?: boolean | undefined;
  /** The press (and the alert's "Try again"). */
  onPress: () => void;
  /** What the alert says when the login is gone. */
  signInExpired: string;
  /** What the alert says when the server did not accept the key's answer; else the shared text. */
  refused?: string | undefined;
  /** What the alert's "Sign in again" does; without it the alert offers no button for it. */
  onRestart?: (() => void) | undefined;
  /** Focus the button when nothing holds focus: the form shows in place of another, the press comes next. */
  focusOnShow?: boolean | undefined;
  /** Between the alert and the button while WebAuthn can work here (the remember-device box). */
  options?: ReactNode;
  /** More buttons after the press (Cancel). */
  secondaryAction?: ReactNode;
  /** Level of the heading. Default 1. */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  /** After `mfa-card mfa-form`. */
  className?: string | undefined;
  /** After the form's own parts. */
  children?: ReactNode;
}

/**
 * The form of every passkey or security-key step (signing in, adding, removing): one button that opens the
 * browser's prompt, the status while it is open, and each failure with its way forward. Where the browser or
 * page cannot use WebAuthn at all, the press is blocked and the alert names what to use instead.
 */
export function WebAuthnPrompt({
  flow,
  prompting,
  done = false,
  title,
  intro,
  buttonLabel,
  danger,
  onPress,
  signInExpired,
  refused,
  onRestart,
  focusOnShow,
  options,
  secondaryAction,
  headingLevel,
  className,
  children,
}: WebAuthnPromptProps) {
  const messages = useMfaMessages();
  const alertId = useId();
  const alertMessages = refused
    ? { ...messages, errors: { ...messages.errors, 'bad-request': refused } }
    : messages;
  const alert = done ? null : webAuthnAlert(flow, alertMessages, signInExpired);
  const unavailable = isWebAuthnUnavailable(flow.error?.kind);
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (focusOnShow && (!active || active === document.body)) buttonRef.current?.focus();
  }, [focusOnShow]);

  return (
    <CodeForm
      view={{
        stage: done ? 'done' : 'code',
        busy: flow.isPending,
        status: done ? messages.verified : prompting ? messages.webauthn.waiting : intro,
      }}
      step={flow.step}
      title={title}
      headingLevel={headingLevel}
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        if (!unavailable) onPress();
      }}
    >
      {!done && (
        <>
          {alert && (
            <FlowAlertBox
              key={alertKey(alert, flow.error)}
              alert={alert}
              id={alertId}
              {...retryOrRestart(alert, messages, onPress, onRestart)}
            />
          )}
          {!unavailable && options}
          <div className="mfa-actions">
            <button
              ref={buttonRef}
              type="submit"
              className="mfa-button"
              data-variant={danger ? 'danger' : undefined}
              aria-disabled={prompting || unavailable || !!alert?.blocked || undefined}
              data-pending={prompting || undefined}
            >
              {buttonLabel}
            </button>
            {secondaryAction}
          </div>
        </>
      )}
      {children}
    </CodeForm>
  );
}
