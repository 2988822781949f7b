import type { AuthResponse } from '@mfa-kit/core';
import { useStepUpPrompt } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useEffect, useId, useMemo, useRef } from 'react';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { MfaLoginStep } from '../mfa-login-step/mfa-login-step.js';
import { FailedStart } from './failed-start.js';

/** Props of {@link StepUpDialog}. The flow's timing options go to the factor on screen. */
export interface StepUpDialogProps extends MfaFlowOptions {
  /** The session is no longer accepted (a missing or malformed token): your way to sign in again. */
  onRestart?: (() => void) | undefined;
  messages?: MfaMessagesOverride | undefined;
  className?: string | undefined;
}

/**
 * The step-up UI, ready to drop in once inside the `MfaProvider`: a modal dialog that opens when a sensitive action
 * (`useStepUpAction`, `useStepUp`) needs a second factor again. Inside, the login step's methods and forms
 * (strongest first, "Use another method"), without the recovery code or "don't ask again on this device". A user
 * with no second factor is told to add one; a failed start shows its way forward. Escape and Cancel close it (the
 * action rejects with `StepUpCancelledError`) and give focus back to the control that opened it.
 *
 * @example
 * <MfaProvider client={client} onStepUp={session.store}>
 *   <App />
 *   <StepUpDialog onRestart={() => navigate('/sign-in')} />
 * </MfaProvider>
 */
export function StepUpDialog({
  onRestart,
  messages: override,
  className,
  ...flowOptions
}: StepUpDialogProps) {
  const messages = useMfaMessages(override);
  const texts = messages.stepUp;
  const { prompt, complete, retry, cancel } = useStepUpPrompt();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const introId = useId();
  const open = prompt !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      const active = document.activeElement;
      opener.current = active instanceof HTMLElement ? active : null;
      dialog.showModal();
      // Parked on the dialog until its form is there (forms load on demand); then on the form's first control.
      dialog.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = dialogRef.current;
    const content = contentRef.current;
    if (!open || !dialog || !content) return;
    const focusContent = () => {
      if (document.activeElement !== dialog) return;
      content.querySelector<HTMLElement>('input, button:not([aria-disabled="true"])')?.focus();
    };
    const observer = new MutationObserver(focusContent);
    observer.observe(content, { childList: true, subtree: true });
    focusContent();
    return () => observer.disconnect();
  }, [open]);

  // The challenge as the login step reads a login answer: its token and devices, and no email, so no recovery code.
  const challenge = prompt?.kind === 'challenge' ? prompt.challenge : null;
  const loginAnswer = useMemo<AuthResponse | null>(
    () =>
      challenge && {
        mfaRequired: true,
        mfaEnrolled: true,
        mfaToken: challenge.mfaToken,
        mfaDevices: challenge.mfaDevices,
      },
    [challenge],
  );

  const restart =
    onRestart &&
    (() => {
      cancel();
      onRestart();
    });

  return (
    <dialog
      ref={dialogRef}
      className={className ? `mfa-card mfa-dialog ${className}` : 'mfa-card mfa-dialog'}
      aria-labelledby={titleId}
      aria-describedby={introId}
      lang={messages.locale}
      dir={messages.dir}
      tabIndex={-1}
      // Escape, Cancel, or closed because the step-up ended: only a close by the user cancels it.
      onClose={() => {
        if (open) cancel();
        opener.current?.focus();
        opener.current = null;
      }}
    >
      {open && (
        <>
          <h2 id={titleId} className="mfa-dialog__title">
            {texts.title}
          </h2>
          <p id={introId} className="mfa-dialog__intro">
            {prompt.kind === 'not-enrolled' ? texts.notEnrolled : texts.intro}
          </p>
          <div ref={contentRef} className="mfa-dialog__content">
            {loginAnswer && (
              <MfaLoginStep
                {...flowOptions}
                key={loginAnswer.mfaToken}
                loginAnswer={loginAnswer}
                onVerified={complete}
                onRestart={retry}
                messages={override}
                headingLevel={3}
              />
            )}
            {prompt.kind === 'failed' && (
              <FailedStart
                error={prompt.error}
                messages={messages}
                onRetry={retry}
                onRestart={restart}
              />
            )}
          </div>
          <div className="mfa-actions mfa-dialog__actions">
            <button
              type="button"
              className="mfa-button"
              data-variant="secondary"
              onClick={() => dialogRef.current?.close()}
            >
              {prompt.kind === 'not-enrolled' ? texts.close : messages.cancel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
