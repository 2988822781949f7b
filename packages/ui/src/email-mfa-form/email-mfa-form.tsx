import type { AuthResponse } from '@mfa-kit/core';
import { useEmailMfa } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import type { ReactNode } from 'react';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import { emailInText } from '../mask/in-text.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { MfaMessagesProvider, useMfaMessages } from '../messages/messages-context.js';

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
  /** Level of the heading. Default 1. */
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  /** Class of the `<form>`, after `mfa-card mfa-form`. */
  className?: string | undefined;
  /** At the end of the card, e.g. a way to another method. */
  children?: ReactNode;
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
  headingLevel,
  className,
  children,
  ...flowOptions
}: EmailMfaFormProps) {
  const messages = useMfaMessages(override);
  const mfa = useEmailMfa({ ...flowOptions, mfaToken, onVerified });
  return (
    <MfaMessagesProvider messages={override}>
      <LoginCodeForm
        factor={mfa}
        title={messages.email.title}
        sent={email ? messages.email.sentTo(emailInText(email)) : messages.email.sent}
        length={length}
        onRestart={onRestart}
        headingLevel={headingLevel}
        className={className}
      >
        {children}
      </LoginCodeForm>
    </MfaMessagesProvider>
  );
}
