import type { AuthResponse } from '@mfa-kit/core';
import { useEmailMfa, useMfaCodeForm } from '@mfa-kit/react';
import type { MfaCodeFlowOptions, MfaCodeFormValues } from '@mfa-kit/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { maskEmail } from '../mask/mask-email.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';
import { CodeFields } from './code-fields.js';

/** Props of {@link EmailMfaForm}. The flow's timing options go to `useEmailMfa`. */
export interface EmailMfaFormProps extends MfaCodeFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  /** Called once with the sign-in answer; storing the session (and navigating) is the app's job. */
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** The login is no longer accepted (expired or refused `mfaToken`): go back to the password step. */
  onRestart?: (() => void) | undefined;
  /** Where the code goes, shown masked (e.g. the login's `mfaDevices.emails[0].email`). */
  email?: string | undefined;
  /** Digits in a code. Default 6. */
  length?: number | undefined;
  /** Texts to replace, or a whole locale (`heMessages`). */
  messages?: MfaMessagesOverride | undefined;
  /** Class of the `<form>`, after `mfa-card mfa-form`. */
  className?: string | undefined;
}

/**
 * The email-code step of a login, ready to drop in: emails the code on mount, shows where it went,
 * the code input (submitting itself when full), "don't ask again on this device" when the tenant
 * allows it (checked by default), the expiry and the resend countdown, and each failure with its way
 * forward. The form's `data-step` is the flow's step.
 *
 * @example
 * <EmailMfaForm mfaToken={login.mfaToken} email={login.mfaDevices?.emails[0]?.email}
 *   onVerified={(auth) => session.start(auth)} onRestart={() => navigate('/sign-in')} />
 */
export function EmailMfaForm({
  mfaToken,
  onVerified,
  onRestart,
  email,
  length = 6,
  messages: override,
  className,
  ...flowOptions
}: EmailMfaFormProps) {
  const messages = useMfaMessages(override);
  const mfa = useEmailMfa({ ...flowOptions, mfaToken, onVerified });
  const { allowed, days } = mfa.rememberDevice;
  const { verifyCode, resendCode } = mfa;
  // The box is only sent when it was offered.
  const verifyOffered = useCallback(
    ({ code, rememberDevice }: MfaCodeFormValues) =>
      verifyCode({ code, rememberDevice: allowed && rememberDevice }),
    [verifyCode, allowed],
  );
  const formFlow = useMemo(
    () => ({
      error: mfa.error,
      failedAction: mfa.failedAction,
      isRejectedCode: mfa.isRejectedCode,
      verifyCode: verifyOffered,
    }),
    [mfa.error, mfa.failedAction, mfa.isRejectedCode, verifyOffered],
  );
  const { form, onSubmit } = useMfaCodeForm(formFlow, { length, rememberDevice: true });
  const [resent, setResent] = useState(false);
  const onResend = useCallback(() => {
    const started = resendCode();
    if (started) setResent(true);
    return started;
  }, [resendCode]);

  const titleId = useId();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const verified = mfa.step === 'verified';
  const codeSent = mfa.expiresInSeconds !== null;
  const status = verified
    ? messages.verified
    : mfa.step === 'sending'
      ? codeSent
        ? messages.resendingCode
        : messages.sendingCode
      : !codeSent
        ? ''
        : resent && mfa.failedAction !== 'send'
          ? messages.codeResent
          : email
            ? messages.emailSentTo(maskEmail(email))
            : messages.emailSent;

  useEffect(() => {
    // The code input is gone: keep focus on the news rather than losing it to the page.
    if (verified) statusRef.current?.focus();
  }, [verified]);

  return (
    <form
      className={className ? `mfa-card mfa-form ${className}` : 'mfa-card mfa-form'}
      lang={messages.locale}
      dir={messages.dir}
      aria-labelledby={titleId}
      aria-busy={mfa.isPending || undefined}
      data-step={mfa.step}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h1 className="mfa-title" id={titleId}>
        {messages.emailTitle}
      </h1>
      <p
        ref={statusRef}
        role="status"
        className={verified ? 'mfa-alert' : status ? 'mfa-status' : 'mfa-visually-hidden'}
        data-variant={verified ? 'success' : undefined}
        tabIndex={verified ? -1 : undefined}
      >
        {status}
      </p>
      {!verified && (
        <CodeFields
          flow={mfa}
          form={form}
          onSubmit={onSubmit}
          onResend={onResend}
          onRestart={onRestart}
          length={length}
          messages={messages}
          override={override}
          submitLabel={messages.verify}
          pendingLabel={messages.verifying}
          signInExpired={messages.signInExpired}
        >
          {allowed && (
            <RememberDeviceCheckbox
              {...form.register('rememberDevice')}
              days={days}
              messages={override}
            />
          )}
        </CodeFields>
      )}
    </form>
  );
}
