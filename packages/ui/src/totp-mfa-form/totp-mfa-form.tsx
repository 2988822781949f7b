import type { AuthResponse } from '@mfa-kit/core';
import { useTotpMfa } from '@mfa-kit/react';
import type { MfaFlowOptions } from '@mfa-kit/react';
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { LoginCodeForm } from '../code-form/login-code-form.js';
import type { MfaMessagesOverride } from '../messages/messages.js';
import { useMfaMessages } from '../messages/messages-context.js';

/** Props of {@link TotpMfaForm}. */
export interface TotpMfaFormProps extends MfaFlowOptions {
  /** From the login answer (`AuthResponse.mfaToken`). */
  mfaToken: string;
  onVerified?: ((auth: AuthResponse) => void) | undefined;
  /** The login is no longer accepted: go back to the password step. */
  onRestart?: (() => void) | undefined;
  /** Digits in a code. Default 6. */
  length?: number | undefined;
  messages?: MfaMessagesOverride | undefined;
  headingLevel?: 1 | 2 | 3 | 4 | undefined;
  className?: string | undefined;
  children?: ReactNode;
}

/**
 * The authenticator-app step of a login, ready to drop in: the same code field as the sent codes, with nothing
 * sent and no resend (the app shows a new code every 30 seconds), and "don't ask again on this device" when the
 * tenant allows it.
 *
 * @example
 * <TotpMfaForm mfaToken={login.mfaToken} onVerified={(auth) => session.start(auth)} />
 */
export function TotpMfaForm({
  mfaToken,
  onVerified,
  onRestart,
  length = 6,
  messages: override,
  headingLevel,
  className,
  children,
  ...flowOptions
}: TotpMfaFormProps) {
  const base = useMfaMessages(override);
  // The shared texts speak of a code we sent; this one is in the user's app.
  const messages = useMemo(
    () => ({
      ...base,
      codeRequired: base.authenticator.codeRequired,
      codeAlreadyTried: base.authenticator.codeAlreadyTried,
      errors: { ...base.errors, 'invalid-code': base.authenticator.wrongCode },
    }),
    [base],
  );
  const totp = useTotpMfa({ ...flowOptions, mfaToken, onVerified });
  return (
    <LoginCodeForm
      factor={totp}
      title={messages.authenticator.title}
      sent={messages.authenticator.status}
      messages={messages}
      override={override}
      length={length}
      resendable={false}
      onRestart={onRestart}
      headingLevel={headingLevel}
      className={className}
    >
      {children}
    </LoginCodeForm>
  );
}
