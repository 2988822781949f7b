import type { AuthResponse } from '@mfa-kit/core';
import { useEmailMfa } from '@mfa-kit/react';
import type { MfaCodeFormValues, MfaFlowOptions } from '@mfa-kit/react';
import { useCallback } from 'react';
import { CodeFields } from '../code-form/code-fields.js';
import { CodeForm } from '../code-form/code-form.js';
import { useCodeForm } from '../code-form/use-code-form.js';
import { maskEmail } from '../mask/mask-email.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';
import { RememberDeviceCheckbox } from '../remember-device-checkbox/remember-device-checkbox.js';

/** Props of {@link EmailMfaForm}. The flow's timing options go to `useEmailMfa`. */
export interface EmailMfaFormProps extends MfaFlowOptions {
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
  const { verifyCode } = mfa;
  // The box is only sent when it was offered.
  const verify = useCallback(
    ({ code, rememberDevice }: MfaCodeFormValues) =>
      verifyCode({ code, rememberDevice: allowed && rememberDevice }),
    [verifyCode, allowed],
  );
  const { form, view, formProps, fieldsProps } = useCodeForm(mfa, {
    done: mfa.step === 'verified',
    messages,
    override,
    texts: {
      sent: email ? messages.email.sentTo(maskEmail(email)) : messages.email.sent,
      done: messages.verified,
      submit: messages.verify,
      submitting: messages.verifying,
      signInExpired: messages.signInExpired,
    },
    length,
    verify,
    rememberDevice: true,
  });

  return (
    <CodeForm {...formProps} title={messages.email.title} className={className}>
      {view.stage === 'code' && (
        <CodeFields {...fieldsProps} onRestart={onRestart}>
          {allowed && (
            <RememberDeviceCheckbox
              {...form.register('rememberDevice')}
              days={days}
              messages={override}
            />
          )}
        </CodeFields>
      )}
    </CodeForm>
  );
}
